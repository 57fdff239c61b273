/**
 * The pipeline's entry point (Pipeline: one request, top to bottom) and the request record. Plain Java: no Quarkus or CDI types.
 */
package dev.precis;
