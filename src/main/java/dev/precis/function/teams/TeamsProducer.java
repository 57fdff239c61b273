package dev.precis.function.teams;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.Pipeline;
import dev.precis.render.ChatMessages;

/** Builds the Teams outgoing-webhook handler from configuration. */
@ApplicationScoped
public class TeamsProducer {

    /** The outgoing webhook's security token (base64, as Teams shows it); set from a secret, never logged. */
    @ConfigProperty(name = "precis.teams.security-token")
    Optional<String> securityToken;

    /** Teams waits five seconds; this leaves room for the round trip and a cold instance. */
    @ConfigProperty(name = "precis.teams.answer-within")
    Duration answerWithin;

    // A singleton, not a client proxy: Quarkus then rewrites no final class (see function.zip's check).
    @Produces
    @Singleton
    TeamsHandler teamsHandler(Pipeline pipeline, ObjectMapper json) {
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "precis-teams");
            t.setDaemon(true);
            return t;
        });
        return new TeamsHandler(pipeline, new ChatMessages(json), json, new TeamsSignature(securityToken.orElse(null)),
                answerWithin, executor);
    }
}
