/**
 * The Discord and Mattermost adapters, built only into the artifact that carries the REST client. Quarkus-aware (adapter).
 */
package dev.precis.function.chat;
