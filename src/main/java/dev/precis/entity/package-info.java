/**
 * Stage 4, entity: mentions, alias clusters, kinds and salience; EntityHeuristics holds the lists and weights. Plain Java.
 */
package dev.precis.entity;
