/**
 * The contract's errors: the stable error codes and the exception every stage throws with one. A leaf every
 * other package may import, and that imports none of them. Plain Java: no Quarkus or CDI types.
 */
package dev.precis.error;
