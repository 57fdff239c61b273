/**
 * Stage 5, summary: sentence scoring, selection and the headline; SummaryHeuristics holds the weights. Plain Java.
 */
package dev.precis.summary;
