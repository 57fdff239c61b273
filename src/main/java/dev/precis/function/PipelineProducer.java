package dev.precis.function;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.Pipeline;
import dev.precis.fetch.FetchPolicy;
import dev.precis.function.ingest.IngestHandler;
import dev.precis.function.ingest.IngestLayout;
import dev.precis.function.ingest.S3ObjectStore;
import dev.precis.render.Renderer;
import io.quarkus.runtime.StartupEvent;

/** Builds the plain-Java pipeline once per function instance from configuration. */
@ApplicationScoped
public class PipelineProducer {

    @ConfigProperty(name = "precis.fetch.max-bytes", defaultValue = "5242880")
    long maxBytes;

    @ConfigProperty(name = "precis.fetch.connect-timeout", defaultValue = "3s")
    Duration connectTimeout;

    @ConfigProperty(name = "precis.fetch.read-timeout", defaultValue = "5s")
    Duration readTimeout;

    @ConfigProperty(name = "precis.fetch.total-timeout", defaultValue = "10s")
    Duration totalTimeout;

    /** Ports article URLs may name; 80 and 443 unless an operator widens it. */
    @ConfigProperty(name = "precis.fetch.allowed-ports", defaultValue = "80,443")
    List<Integer> allowedPorts;

    /** Test setting only: loopback ports the fetcher may reach. Empty in production. */
    @ConfigProperty(name = "precis.fetch.loopback-ports")
    Optional<List<Integer>> loopbackPorts;

    /** The entry point this instance serves (QUARKUS_FUNQY_EXPORT). */
    @ConfigProperty(name = "quarkus.funqy.export")
    Optional<String> export;

    /**
     * Under SnapStart the snapshot is taken after this returns: it then holds a primed pipeline
     * and, for the ingest entry point, a built AWS SDK client, so restored instances skip both.
     * (The slack entry point, built into its own artifact, warms its client in {@code SlackProducer}.)
     */
    void onStart(@Observes StartupEvent event, Instance<IngestHandler> ingest) {
        if (!Primer.buildingSnapshot()) {
            return;
        }
        Primer.awaitForSnapshot();
        if (export.orElse("").equals("ingest")) {
            ingest.get().warm();
        }
    }

    // Singleton, not application-scoped: these types are final, and a client proxy would need
    // Quarkus to rewrite them, which shipped each as two different class files in function.zip.
    @Produces
    @Singleton
    Pipeline pipeline() {
        FetchPolicy policy = FetchPolicy.defaults()
                .withMaxBytes(maxBytes)
                .withTimeouts(connectTimeout, readTimeout, totalTimeout)
                .withAllowedPorts(Set.copyOf(allowedPorts))
                .withLoopbackPorts(Set.copyOf(loopbackPorts.orElse(List.of())));
        return Pipeline.standard(policy);
    }

    @ConfigProperty(name = "precis.ingest.input-prefix", defaultValue = "incoming/")
    String inputPrefix;

    @ConfigProperty(name = "precis.ingest.output-prefix", defaultValue = "summaries/")
    String outputPrefix;

    @ConfigProperty(name = "precis.ingest.error-prefix", defaultValue = "errors/")
    String errorPrefix;

    /** Uploads larger than this leave an error record; the default is the fetch cap. */
    @ConfigProperty(name = "precis.ingest.max-object-bytes", defaultValue = "5242880")
    long maxObjectBytes;

    /** An S3-compatible endpoint (tests, local stacks); unset on Lambda, where the SDK finds S3. */
    @ConfigProperty(name = "precis.s3.endpoint")
    Optional<URI> s3Endpoint;

    @Produces
    @Singleton
    IngestHandler ingestHandler(Pipeline pipeline, Renderer renderer, ObjectMapper json) {
        IngestLayout layout = new IngestLayout(inputPrefix, outputPrefix, errorPrefix, maxObjectBytes);
        return new IngestHandler(pipeline, renderer, json, S3ObjectStore.create(s3Endpoint), layout,
                Clock.systemUTC());
    }

    @Produces
    @Singleton
    Renderer renderer(ObjectMapper mapper) {
        return new Renderer(mapper);
    }
}
