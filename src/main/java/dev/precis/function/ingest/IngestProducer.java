package dev.precis.function.ingest;

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

import dev.precis.Pipeline;
import dev.precis.fetch.FetchPolicy;
import dev.precis.function.PrecisConfig;
import dev.precis.function.Primer;
import dev.precis.render.Renderer;
import io.quarkus.runtime.StartupEvent;

/** Builds the ingest handler from configuration: the S3 layout, the size cap and the S3 client. */
@ApplicationScoped
public class IngestProducer {

    @Inject
    PrecisConfig config;

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
    IngestHandler ingestHandler(Pipeline pipeline, Renderer renderer, ObjectMapper json, FetchPolicy fetch) {
        PrecisConfig.Ingest ingest = config.ingest();
        IngestLayout layout = new IngestLayout(ingest.inputPrefix(), ingest.outputPrefix(), ingest.errorPrefix(),
                ingest.maxObjectBytes().orElse(fetch.maxBytes()));
        return new IngestHandler(pipeline, renderer, json, S3ObjectStore.create(config.s3().endpoint()), layout,
                Clock.systemUTC());
    }
}
