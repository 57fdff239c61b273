/**
 * Stage 5, summary: sentence scoring (FeatureScorer, BulletQuality), selection (MmrSelector) and the
 * headline (HeadlineDeriver), put together by Summarizer; SummaryHeuristics holds the weights. Plain Java.
 */
package dev.precis.summary;
