package dev.precis.function.slack;

import java.time.Clock;
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
import dev.precis.render.Renderer;
import io.quarkus.runtime.StartupEvent;

/**
 * Builds the slash command's handler from configuration. It lives beside the Slack adapter, not
 * in {@code PipelineProducer}, because only the Slack artifact carries the REST client: the
 * summarize and ingest artifact is built without this package (see the pom's {@code core} profile).
 */
@ApplicationScoped
public class SlackProducer {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(SlackProducer.class);

    @Inject
    PrecisConfig config;

    /** The entry point this instance serves (QUARKUS_FUNQY_EXPORT). */
    @ConfigProperty(name = "quarkus.funqy.export")
    Optional<String> export;

    /** Under SnapStart, the snapshot of the slack entry point holds a built Lambda client. */
    void onStart(@Observes StartupEvent event, Instance<SlackHandler> slack) {
        if (Primer.buildingSnapshot() && export.orElse("").equals("slack")) {
            Primer.awaitForSnapshot();
            slack.get().warm();
        }
    }

    @Produces
    @Singleton
    SlackHandler slackHandler(Pipeline pipeline, Renderer renderer, ObjectMapper json, FetchPolicy fetch) {
        PrecisConfig.Slack slack = config.slack();
        // A response_url post waits no longer than a page fetch reads.
        return new SlackHandler(pipeline, renderer, json, new SlackSignature(secret(slack)),
                Deferrer.of(slack.deferFunction(), slack.deferQualifier(), config.lambda().endpoint()),
                new RestClientResponder(slack.responseUrlPrefixes(), fetch.readTimeout()), Clock.systemUTC());
    }

    /** The parameter wins over a configured value; if it cannot be read, every request is refused. */
    private String secret(PrecisConfig.Slack slack) {
        Optional<String> parameter = slack.signingSecretParameter().filter(p -> !p.isBlank());
        if (parameter.isEmpty()) {
            return slack.signingSecret().orElse(null);
        }
        try {
            return SsmParameter.read(parameter.get(), config.ssm().endpoint());
        } catch (RuntimeException e) {
            LOG.errorf("the Slack signing secret could not be read from SSM: %s", e.getClass().getSimpleName());
            return null;
        }
    }
}
