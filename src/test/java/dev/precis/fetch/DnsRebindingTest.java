package dev.precis.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.precis.testing.LoopbackOnlyConnector;
import dev.precis.testing.LoopbackServer;
import dev.precis.testing.Samples;

/**
 * A rebinding resolver answers the checked address first and a private one after: the fetcher
 * must look the name up once per hop and connect to the address it checked.
 */
class DnsRebindingTest {

    @Test
    void connectsToTheCheckedAddressWithoutASecondLookup() throws Exception {
        try (LoopbackServer site = new LoopbackServer()) {
            site.serve("/a", 200, "text/html", Samples.bytes("seed-article.html"));
            AtomicInteger lookups = new AtomicInteger();
            InetAddress checked = InetAddress.getLoopbackAddress();
            InetAddress rebound = InetAddress.getByName("10.0.0.7");
            HostResolver rebinding = host -> List.of(lookups.getAndIncrement() == 0 ? checked : rebound);
            LoopbackOnlyConnector connector = new LoopbackOnlyConnector();
            HttpFetcher fetcher = new HttpFetcher(new UrlGuard(rebinding, new AddressClassifier()), connector,
                    FetchPolicy.defaults().withLoopbackPorts(Set.of(site.port())));

            fetcher.fetch("http://news.test:" + site.port() + "/a");

            assertEquals(1, lookups.get(), "one lookup for one hop");
            assertEquals(List.of(checked), connector.attempts().stream().map(a -> a.getAddress()).toList());
        }
    }
}
