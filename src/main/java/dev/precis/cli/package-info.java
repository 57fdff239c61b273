/**
 * The ./precis command line and its batch jobs: builds the pipeline directly, no Quarkus boot. Plain Java.
 */
package dev.precis.cli;
