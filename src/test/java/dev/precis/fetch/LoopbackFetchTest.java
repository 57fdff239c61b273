package dev.precis.fetch;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;

import dev.precis.testing.LoopbackOnlyConnector;
import dev.precis.testing.LoopbackServer;

/**
 * What the fetch tests share: a real server on 127.0.0.1 whose port alone is allowed, names
 * that resolve to loopback, and a connector that fails the test on any other address.
 */
abstract class LoopbackFetchTest {

    protected final LoopbackServer site = new LoopbackServer();
    protected final LoopbackOnlyConnector connector = new LoopbackOnlyConnector();

    @AfterEach
    void stopSite() {
        site.close();
    }

    protected FetchPolicy policy() {
        return FetchPolicy.defaults().withLoopbackPorts(Set.of(site.port()))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    protected HttpFetcher fetcher(FetchPolicy policy) {
        HostResolver resolver = host -> List.of(InetAddress.getLoopbackAddress());
        return new HttpFetcher(new UrlGuard(resolver, new AddressClassifier()), connector, policy);
    }
}
