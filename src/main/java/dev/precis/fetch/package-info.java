/**
 * Stage 1, fetch: the only code that touches the network for article content; every hop checked against the address classifier, bounded in time and bytes. Plain Java.
 */
package dev.precis.fetch;
