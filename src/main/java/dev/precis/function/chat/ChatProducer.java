package dev.precis.function.chat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.fetch.FetchPolicy;
import dev.precis.Pipeline;
import dev.precis.function.PrecisConfig;
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

    @Inject
    PrecisConfig config;

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

    private Deferrer deferrer(PrecisConfig.Deferral deferral) {
        return Deferrer.of(deferral.deferFunction(), deferral.deferQualifier(), config.lambda().endpoint());
    }

    // A singleton, not a client proxy: Quarkus then rewrites no final class (see function.zip's check).
    // Webhook posts wait no longer than a page fetch reads.
    @Produces
    @Singleton
    DiscordHandler discordHandler(Pipeline pipeline, ObjectMapper json, FetchPolicy fetch) {
        PrecisConfig.Discord discord = config.discord();
        return new DiscordHandler(pipeline, new ChatMessages(json), json, new DiscordSignature(discord.publicKey().orElse(null)),
                deferrer(discord),
                new DiscordWebhook(discord.apiBase(), fetch.readTimeout()), Clock.systemUTC());
    }

    // A singleton, not a client proxy: Quarkus then rewrites no final class (see function.zip's check).
    @Produces
    @Singleton
    MattermostHandler mattermostHandler(Pipeline pipeline, ObjectMapper json, FetchPolicy fetch) {
        PrecisConfig.Mattermost mattermost = config.mattermost();
        return new MattermostHandler(pipeline, new ChatMessages(json), json,
                new MattermostToken(mattermost.tokens().orElse(List.of())),
                deferrer(mattermost),
                new RestClientResponder(mattermost.responseUrlPrefixes().orElse(List.of()), fetch.readTimeout()));
    }

}
