/**
 * The Microsoft Teams outgoing-webhook adapter (answered inline, so it stays in the core artifact). Quarkus-aware (adapter).
 */
package dev.precis.function.teams;
