package dev.precis.function.chat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.fetch.FetchPolicy;
import dev.precis.Pipeline;
import dev.precis.function.Primer;
import dev.precis.function.slack.Deferrer;
import dev.precis.function.slack.RestClientResponder;
import dev.precis.render.ChatMessages;
import io.quarkus.runtime.StartupEvent;

/**
 * Builds the Discord and Mattermost handlers. Both answer through webhooks with the REST client,
 * so, like the Slack adapter, this package is built only into the artifact that carries it.
 */
@ApplicationScoped
public class ChatProducer {

    /** The Discord application's public key (hex), from its Developer Portal page. */
    @ConfigProperty(name = "precis.discord.public-key")
    Optional<String> discordPublicKey;

    /** Discord's API; tests point it at a loopback server. */
    @ConfigProperty(name = "precis.discord.api-base")
    String discordApiBase;

    @ConfigProperty(name = "precis.discord.defer-function")
    Optional<String> discordDeferFunction;

    @ConfigProperty(name = "precis.discord.defer-qualifier")
    Optional<String> discordDeferQualifier;

    /** The slash commands' tokens (one per command; set from a secret, never logged). */
    @ConfigProperty(name = "precis.mattermost.tokens")
    Optional<List<String>> mattermostTokens;

    /** Where response_url may point: the Mattermost server's own command hooks. Empty refuses every URL. */
    @ConfigProperty(name = "precis.mattermost.response-url-prefixes")
    Optional<List<String>> mattermostPrefixes;

    @ConfigProperty(name = "precis.mattermost.defer-function")
    Optional<String> mattermostDeferFunction;

    @ConfigProperty(name = "precis.mattermost.defer-qualifier")
    Optional<String> mattermostDeferQualifier;

    @ConfigProperty(name = "precis.lambda.endpoint")
    Optional<URI> lambdaEndpoint;

    @ConfigProperty(name = "precis.fetch.read-timeout")
    Optional<Duration> readTimeout;

    @ConfigProperty(name = "quarkus.funqy.export")
    Optional<String> export;

    /** Under SnapStart, the snapshot of either entry point holds a built Lambda client. */
    void onStart(@Observes StartupEvent event, Instance<DiscordHandler> discord, Instance<MattermostHandler> mattermost) {
        if (!Primer.buildingSnapshot()) {
            return;
        }
        String e = export.orElse("");
        if (e.equals("discord")) {
            Primer.awaitForSnapshot();
            discord.get().warm();
        } else if (e.equals("mattermost")) {
            Primer.awaitForSnapshot();
            mattermost.get().warm();
        }
    }

    private Deferrer deferrer(Optional<String> function, Optional<String> qualifier) {
        return Deferrer.of(function, qualifier, lambdaEndpoint);
    }

    // A singleton, not a client proxy: Quarkus then rewrites no final class (see function.zip's check).
    @Produces
    @Singleton
    DiscordHandler discordHandler(Pipeline pipeline, ObjectMapper json) {
        return new DiscordHandler(pipeline, new ChatMessages(json), json, new DiscordSignature(discordPublicKey.orElse(null)),
                deferrer(discordDeferFunction, discordDeferQualifier), new DiscordWebhook(discordApiBase, webhookTimeout()),
                Clock.systemUTC());
    }

    // A singleton, not a client proxy: Quarkus then rewrites no final class (see function.zip's check).
    @Produces
    @Singleton
    MattermostHandler mattermostHandler(Pipeline pipeline, ObjectMapper json) {
        return new MattermostHandler(pipeline, new ChatMessages(json), json, new MattermostToken(mattermostTokens.orElse(List.of())),
                deferrer(mattermostDeferFunction, mattermostDeferQualifier),
                new RestClientResponder(mattermostPrefixes.orElse(List.of()), webhookTimeout()));
    }

    /** A webhook post waits no longer than a page fetch reads. */
    private Duration webhookTimeout() {
        return readTimeout.orElse(FetchPolicy.defaults().readTimeout());
    }
}
