package dev.precis.function;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;



import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.Pipeline;
import dev.precis.fetch.FetchPolicy;
import dev.precis.render.Renderer;
import io.quarkus.runtime.StartupEvent;

/** Builds the plain-Java pipeline once per function instance from configuration. */
@ApplicationScoped
public class PipelineProducer {

    @Inject
    PrecisConfig config;

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

    /** The fetch limits: FetchPolicy.defaults(), the one home of each, less what configuration sets. */
    // Singletons, not application-scoped: these types are final, and a client proxy would need
    // Quarkus to rewrite them, which shipped each as two different class files in function.zip.
    @Produces
    @Singleton
    FetchPolicy fetchPolicy() {
        PrecisConfig.Fetch fetch = config.fetch();
        FetchPolicy d = FetchPolicy.defaults();
        return d.withMaxBytes(fetch.maxBytes().orElse(d.maxBytes()))
                .withTimeouts(fetch.connectTimeout().orElse(d.connectTimeout()),
                        fetch.readTimeout().orElse(d.readTimeout()), fetch.totalTimeout().orElse(d.totalTimeout()))
                .withAllowedPorts(fetch.allowedPorts().map(Set::copyOf).orElse(d.allowedPorts()))
                .withLoopbackPorts(Set.copyOf(fetch.loopbackPorts().orElse(List.of())));
    }

    @Produces
    @Singleton
    Pipeline pipeline(FetchPolicy policy) {
        return Pipeline.standard(policy);
    }

    @Produces
    @Singleton
    Renderer renderer(ObjectMapper mapper) {
        return new Renderer(mapper);
    }
}
