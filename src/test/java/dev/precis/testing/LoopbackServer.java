package dev.precis.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/** A real HTTP server on 127.0.0.1 and a random port, for fetch tests. Counts the requests it saw. */
public final class LoopbackServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicInteger requests = new AtomicInteger();

    public LoopbackServer() {
        // Enough threads that a slow route does not queue concurrent fetches behind each other.
        this(InetAddress.getLoopbackAddress(), 8);
    }

    /** A server on another loopback address (127.0.0.0/8) with {@code threads} handler threads. */
    public LoopbackServer(InetAddress loopback, int threads) {
        if (!loopback.isLoopbackAddress()) {
            throw new IllegalArgumentException("tests serve on loopback only, not " + loopback);
        }
        executor = Executors.newFixedThreadPool(threads);
        try {
            server = HttpServer.create(new InetSocketAddress(loopback, 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.start();
    }

    public LoopbackServer route(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            try {
                handler.handle(exchange);
            } finally {
                exchange.close();
            }
        });
        return this;
    }

    /** Serves fixed bytes with a content type. */
    public LoopbackServer serve(String path, int status, String contentType, byte[] body) {
        return route(path, exchange -> respond(exchange, status, contentType, body));
    }

    public LoopbackServer redirect(String path, String location) {
        return route(path, exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(302, -1);
        });
    }

    public static void respond(HttpExchange exchange, int status, String contentType, byte[] body)
            throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().add("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port() + path;
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
