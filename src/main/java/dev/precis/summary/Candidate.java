package dev.precis.summary;

import dev.precis.text.Sentence;

/** A scored sentence, as a bullet, with its term vector. */
record Candidate(Sentence sentence, String text, double score, TermVector vector) {
}
