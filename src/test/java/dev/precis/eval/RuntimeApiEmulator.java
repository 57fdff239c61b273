package dev.precis.eval;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback stand-in for the Lambda Runtime API (2018-06-01), enough for one cold start: the
 * first {@code /invocation/next} gets the event, later ones wait until the emulator closes; the
 * function's response (or error) completes {@link #answer()} with the time it arrived.
 */
final class RuntimeApiEmulator implements AutoCloseable {

    static final String REQUEST_ID = "8476a536-e9f4-11e8-9739-2dfe598c3fcd";

    record Answer(long nanoTime, boolean error, String body) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "runtime-api");
        t.setDaemon(true);
        return t;
    });
    private final CompletableFuture<Answer> answer = new CompletableFuture<>();
    private final AtomicBoolean delivered = new AtomicBoolean();
    private final CountDownLatch closing = new CountDownLatch(1);

    RuntimeApiEmulator(String event) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(threads);
        byte[] body = event.getBytes(StandardCharsets.UTF_8);
        server.createContext("/2018-06-01/runtime/", exchange -> {
            try {
                handle(exchange, body);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    private void handle(HttpExchange exchange, byte[] event) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/restore/next")) {
            // SnapStart: the runtime asks to be restored after init; here it simply carries on.
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        if (path.endsWith("/invocation/next")) {
            if (!delivered.compareAndSet(false, true)) {
                try {
                    closing.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            var h = exchange.getResponseHeaders();
            h.add("Content-Type", "application/json");
            h.add("Lambda-Runtime-Aws-Request-Id", REQUEST_ID);
            h.add("Lambda-Runtime-Deadline-Ms", String.valueOf(System.currentTimeMillis() + 60_000));
            h.add("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:123456789012:function:precis-coldstart");
            h.add("Lambda-Runtime-Trace-Id", "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1");
            exchange.sendResponseHeaders(200, event.length);
            exchange.getResponseBody().write(event);
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        long now = System.nanoTime();
        if (path.endsWith("/response")) {
            answer.complete(new Answer(now, false, body));
        } else if (path.endsWith("/error")) {
            answer.complete(new Answer(now, true, body));
        }
        exchange.sendResponseHeaders(202, -1);
    }

    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    CompletableFuture<Answer> answer() {
        return answer;
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
