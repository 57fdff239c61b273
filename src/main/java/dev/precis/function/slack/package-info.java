/**
 * The Slack slash-command adapter, built only into the artifact that carries the REST client. Quarkus-aware (adapter).
 */
package dev.precis.function.slack;
