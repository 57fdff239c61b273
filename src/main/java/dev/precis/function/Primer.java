package dev.precis.function;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.Pipeline;
import dev.precis.SummaryRequest;
import dev.precis.fetch.FetchPolicy;
import dev.precis.render.Renderer;

/**
 * Warms the pipeline's classes, patterns and tables once per JVM, starting as soon as Funqy loads
 * a function class: on a background thread, so it overlaps the rest of the framework's boot
 * instead of landing on the first request. Under SnapStart the function's startup waits for it
 * ({@link #awaitForSnapshot()}), so the snapshot itself is warm. It touches no network.
 */
public final class Primer {

    private static final Logger LOG = Logger.getLogger(Primer.class);
    /** Longest the snapshot waits for priming; it takes a few hundred milliseconds. */
    private static final long SNAPSHOT_WAIT_SECONDS = 10;

    private Primer() {
    }

    /** Starts priming unless it has started already (the JVM initialises the holder once). */
    public static void start() {
        Holder.TASK.isDone();
    }

    /** True while Lambda builds a SnapStart snapshot ({@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}). */
    public static boolean buildingSnapshot() {
        return "snap-start".equals(System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE"));
    }

    /** Waits until priming is done; the snapshot then holds a warm pipeline. */
    public static void awaitForSnapshot() {
        try {
            Holder.TASK.get(SNAPSHOT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("priming did not finish before the snapshot: %s", e.getClass().getName());
        }
    }

    private static void prime() {
        try {
            // A pipeline of its own: the classes it loads are the JVM's, shared with the real one.
            ObjectMapper json = new ObjectMapper();
            Renderer renderer = new Renderer(json);
            Pipeline pipeline = Pipeline.standard(FetchPolicy.defaults());
            renderer.write(renderer.toJson(pipeline.prime()));
            // Then a request as the function receives it: Jackson builds its request
            // deserializer here, and the HTML-as-a-string path runs, not on the first request.
            String page = new String(Pipeline.primingPage(), StandardCharsets.UTF_8);
            SummaryRequest request = RequestParser.parse(json, json.createObjectNode().put("html", page));
            renderer.write(renderer.toJson(pipeline.summarize(request)));
        } catch (RuntimeException | StackOverflowError e) {
            // Priming is an optimisation; a failure here must never stop the function.
            LOG.warnf("priming failed: %s", e.getClass().getName());
        }
    }

    private static final class Holder {
        static final FutureTask<Void> TASK = new FutureTask<>(Primer::prime, null);

        static {
            Thread t = new Thread(TASK, "precis-primer");
            t.setDaemon(true);
            t.start();
        }
    }
}
