package dev.precis.function.teams;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;


import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.Pipeline;
import dev.precis.function.PrecisConfig;
import dev.precis.render.ChatMessages;

/** Builds the Teams outgoing-webhook handler from configuration. */
@ApplicationScoped
public class TeamsProducer {

    @Inject
    PrecisConfig config;

    // A singleton, not a client proxy: Quarkus then rewrites no final class (see function.zip's check).
    @Produces
    @Singleton
    TeamsHandler teamsHandler(Pipeline pipeline, ObjectMapper json) {
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "precis-teams");
            t.setDaemon(true);
            return t;
        });
        return new TeamsHandler(pipeline, new ChatMessages(json), json, new TeamsSignature(config.teams().securityToken().orElse(null)),
                config.teams().answerWithin(), executor);
    }
}
