/**
 * Stage 4, entity: mentions (MentionExtractor finds the spans, NameSplitter splits them), alias clusters,
 * kinds and salience; EntityHeuristics holds the lists and weights. Plain Java.
 */
package dev.precis.entity;
