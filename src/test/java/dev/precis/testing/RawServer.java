package dev.precis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP server on 127.0.0.1 that hands each connection to a script, for the servers an HTTP
 * library will not play: trickled handshakes, hand-written chunk framing, endless gzip headers.
 */
public final class RawServer implements AutoCloseable {

    /** What the server does with one accepted connection. */
    @FunctionalInterface
    public interface Script {
        void run(Socket connection) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();

    /** A port that only counts connections and hangs up at once: proof that nobody connected to it. */
    public static RawServer listening() {
        return new RawServer(connection -> {
        });
    }

    public RawServer(Script script) {
        try {
            server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    connections.incrementAndGet();
                    Thread worker = new Thread(() -> {
                        try (s) {
                            script.run(s);
                        } catch (IOException | InterruptedException hungUp) {
                            // the client went away: that is what these servers wait for
                        }
                    }, "raw-server-connection");
                    worker.setDaemon(true);
                    worker.start();
                } catch (SocketException closed) {
                    return;
                } catch (IOException ignored) {
                    // keep accepting
                }
            }
        }, "raw-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public int connections() {
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
