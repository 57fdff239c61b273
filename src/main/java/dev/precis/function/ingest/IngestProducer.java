package dev.precis.function.ingest;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.Pipeline;
import dev.precis.function.Primer;
import dev.precis.render.Renderer;
import io.quarkus.runtime.StartupEvent;

/** Builds the ingest handler from configuration: the S3 layout, the size cap and the S3 client. */
@ApplicationScoped
public class IngestProducer {

    @ConfigProperty(name = "precis.ingest.input-prefix")
    String inputPrefix;

    @ConfigProperty(name = "precis.ingest.output-prefix")
    String outputPrefix;

    @ConfigProperty(name = "precis.ingest.error-prefix")
    String errorPrefix;

    /** Uploads larger than this leave an error record (application.properties: the fetch cap). */
    @ConfigProperty(name = "precis.ingest.max-object-bytes")
    long maxObjectBytes;

    /** An S3-compatible endpoint (tests, local stacks); unset on Lambda, where the SDK finds S3. */
    @ConfigProperty(name = "precis.s3.endpoint")
    Optional<URI> s3Endpoint;

    /** The entry point this instance serves (QUARKUS_FUNQY_EXPORT). */
    @ConfigProperty(name = "quarkus.funqy.export")
    Optional<String> export;

    /** Under SnapStart, the ingest entry point's snapshot also holds a built AWS SDK client. */
    void onStart(@Observes StartupEvent event, Instance<IngestHandler> ingest) {
        if (Primer.buildingSnapshot() && export.orElse("").equals("ingest")) {
            Primer.awaitForSnapshot();
            ingest.get().warm();
        }
    }

    // A singleton, not a client proxy: Quarkus then rewrites no final class (see function.zip's check).
    @Produces
    @Singleton
    IngestHandler ingestHandler(Pipeline pipeline, Renderer renderer, ObjectMapper json) {
        IngestLayout layout = new IngestLayout(inputPrefix, outputPrefix, errorPrefix, maxObjectBytes);
        return new IngestHandler(pipeline, renderer, json, S3ObjectStore.create(s3Endpoint), layout,
                Clock.systemUTC());
    }
}
