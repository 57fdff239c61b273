package dev.precis.function;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;


import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.Pipeline;
import dev.precis.fetch.FetchPolicy;
import dev.precis.render.Renderer;
import io.quarkus.runtime.StartupEvent;

/** Builds the plain-Java pipeline once per function instance from configuration. */
@ApplicationScoped
public class PipelineProducer {

    // Unset properties keep FetchPolicy.defaults(), the one home of the fetch limits.
    @ConfigProperty(name = "precis.fetch.max-bytes")
    Optional<Long> maxBytes;

    @ConfigProperty(name = "precis.fetch.connect-timeout")
    Optional<Duration> connectTimeout;

    @ConfigProperty(name = "precis.fetch.read-timeout")
    Optional<Duration> readTimeout;

    @ConfigProperty(name = "precis.fetch.total-timeout")
    Optional<Duration> totalTimeout;

    /** Ports article URLs may name; 80 and 443 unless an operator widens it. */
    @ConfigProperty(name = "precis.fetch.allowed-ports")
    Optional<List<Integer>> allowedPorts;

    /** Test setting only: loopback ports the fetcher may reach. Empty in production. */
    @ConfigProperty(name = "precis.fetch.loopback-ports")
    Optional<List<Integer>> loopbackPorts;

    /**
     * Under SnapStart the snapshot is taken after this returns: it then holds a primed pipeline,
     * so restored instances skip priming. (The ingest and slack entry points warm their clients
     * in {@code IngestProducer} and {@code SlackProducer}.)
     */
    void onStart(@Observes StartupEvent event) {
        if (Primer.buildingSnapshot()) {
            Primer.awaitForSnapshot();
        }
    }

    // Singleton, not application-scoped: these types are final, and a client proxy would need
    // Quarkus to rewrite them, which shipped each as two different class files in function.zip.
    @Produces
    @Singleton
    Pipeline pipeline() {
        FetchPolicy d = FetchPolicy.defaults();
        FetchPolicy policy = d
                .withMaxBytes(maxBytes.orElse(d.maxBytes()))
                .withTimeouts(connectTimeout.orElse(d.connectTimeout()), readTimeout.orElse(d.readTimeout()),
                        totalTimeout.orElse(d.totalTimeout()))
                .withAllowedPorts(allowedPorts.map(Set::copyOf).orElse(d.allowedPorts()))
                .withLoopbackPorts(Set.copyOf(loopbackPorts.orElse(List.of())));
        return Pipeline.standard(policy);
    }

    @Produces
    @Singleton
    Renderer renderer(ObjectMapper mapper) {
        return new Renderer(mapper);
    }
}
