package dev.precis.function.slack;

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

    /** From the Slack app's Basic Information page; for local runs and tests, never logged. */
    @ConfigProperty(name = "precis.slack.signing-secret")
    Optional<String> signingSecret;

    /** On Lambda: the SSM SecureString parameter holding the signing secret, read at start-up. */
    @ConfigProperty(name = "precis.slack.signing-secret-parameter")
    Optional<String> signingSecretParameter;

    /** An SSM endpoint (tests); unset on Lambda. */
    @ConfigProperty(name = "precis.ssm.endpoint")
    Optional<URI> ssmEndpoint;

    /** Where response_url may point; anything else is refused before a call is made. */
    @ConfigProperty(name = "precis.slack.response-url-prefixes")
    List<String> responsePrefixes;

    /** The function the slash command defers to (itself); unset outside Lambda, where it answers inline. */
    @ConfigProperty(name = "precis.slack.defer-function")
    Optional<String> deferFunction;

    @ConfigProperty(name = "precis.slack.defer-qualifier")
    Optional<String> deferQualifier;

    /** A Lambda API endpoint (tests); unset on Lambda. */
    @ConfigProperty(name = "precis.lambda.endpoint")
    Optional<URI> lambdaEndpoint;

    /** The response_url post waits no longer than a page fetch reads. */
    @ConfigProperty(name = "precis.fetch.read-timeout")
    Optional<Duration> readTimeout;

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
    SlackHandler slackHandler(Pipeline pipeline, Renderer renderer, ObjectMapper json) {
        return new SlackHandler(pipeline, renderer, json, new SlackSignature(secret()),
                Deferrer.of(deferFunction, deferQualifier, lambdaEndpoint),
                new RestClientResponder(responsePrefixes, webhookTimeout()), Clock.systemUTC());
    }

    /** A webhook post waits no longer than a page fetch reads. */
    private Duration webhookTimeout() {
        return readTimeout.orElse(FetchPolicy.defaults().readTimeout());
    }

    /** The parameter wins over a configured value; if it cannot be read, every request is refused. */
    private String secret() {
        Optional<String> parameter = signingSecretParameter.filter(p -> !p.isBlank());
        if (parameter.isEmpty()) {
            return signingSecret.orElse(null);
        }
        try {
            return SsmParameter.read(parameter.get(), ssmEndpoint);
        } catch (RuntimeException e) {
            LOG.errorf("the Slack signing secret could not be read from SSM: %s", e.getClass().getSimpleName());
            return null;
        }
    }
}
