package dev.precis.fetch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Opens the TCP connection to an address the fetcher has already checked. */
@FunctionalInterface
public interface Connector {

    Socket connect(InetSocketAddress address, int timeoutMillis) throws IOException;

    /** A plain socket, no proxy: the connection goes exactly where it was checked to go. */
    static Connector direct() {
        return (address, timeoutMillis) -> {
            Socket socket = new Socket(java.net.Proxy.NO_PROXY);
            try {
                socket.connect(address, timeoutMillis);
                return socket;
            } catch (IOException e) {
                socket.close();
                throw e;
            }
        };
    }
}
