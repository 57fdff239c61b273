package dev.precis.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.precis.fetch.Connector;

/**
 * The guard tests run under: connects to loopback only, and fails the test (by throwing an
 * AssertionError) the moment the fetcher tries any other address.
 */
public final class LoopbackOnlyConnector implements Connector {

    private final List<InetSocketAddress> attempts = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    @Override
    public Socket connect(InetSocketAddress address, int timeoutMillis) throws IOException {
        attempts.add(address);
        if (!address.getAddress().isLoopbackAddress()) {
            throw new AssertionError("the fetcher tried to connect to a non-loopback address: " + address);
        }
        Socket socket = Connector.direct().connect(address, timeoutMillis);
        sockets.add(socket);
        return socket;
    }

    /** Whether every socket this connector opened has been closed again. */
    public boolean allClosed() {
        return sockets.stream().allMatch(Socket::isClosed);
    }

    public List<InetSocketAddress> attempts() {
        return List.copyOf(attempts);
    }
}
