/**
 * Stage 3, text: sentence splitting, tokens, language, and the character rules every stage shares. Deterministic, no model files. Plain Java.
 */
package dev.precis.text;
