/**
 * Stage 2, clean: bytes, HTML, text or Markdown to an Article holding the article's own text and metadata; CleanHeuristics holds the stage's rules and weights. Plain Java (jsoup, CommonMark).
 */
package dev.precis.clean;
