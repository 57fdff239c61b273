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

    @Override
    public Socket connect(InetSocketAddress address, int timeoutMillis) throws IOException {
        attempts.add(address);
        if (!address.getAddress().isLoopbackAddress()) {
            throw new AssertionError("the fetcher tried to connect to a non-loopback address: " + address);
        }
        return Connector.direct().connect(address, timeoutMillis);
    }

    public List<InetSocketAddress> attempts() {
        return List.copyOf(attempts);
    }
}
