package dev.precis.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;

/**
 * Refusals proven on a test resolver that maps names to addresses: nothing is looked up and
 * nothing is connected to.
 */
class UrlGuardTest {

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static final Map<String, List<InetAddress>> HOSTS = Map.of(
            "public.test", List.of(ip("93.184.216.34")),
            "metadata.test", List.of(ip("169.254.169.254")),
            "intranet.test", List.of(ip("10.1.2.3")),
            "router.test", List.of(ip("192.168.0.1")),
            "cgnat.test", List.of(ip("100.64.1.1")),
            "ula.test", List.of(ip("fd00::1")),
            "mixed.test", List.of(ip("93.184.216.34"), ip("127.0.0.1")),
            "localhost.test", List.of(ip("127.0.0.1")));

    private final HostResolver resolver = host -> {
        List<InetAddress> a = HOSTS.get(host);
        if (a == null) {
            throw new UnknownHostException(host);
        }
        return a;
    };
    private final UrlGuard guard = new UrlGuard(resolver, new AddressClassifier());
    private final FetchPolicy policy = FetchPolicy.defaults();

    private ErrorCode refusal(String url) {
        return assertThrows(PrecisException.class, () -> guard.check(UrlGuard.parse(url), policy)).code();
    }

    @Test
    void publicHostIsAllowedAndPinnedToTheCheckedAddress() {
        UrlGuard.Target t = guard.check(URI.create("https://public.test/news/1"), policy);
        assertEquals(ip("93.184.216.34"), t.address());
        assertEquals(443, t.port());
        assertEquals("public.test", t.host());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://metadata.test/latest/meta-data/", "http://intranet.test/", "http://router.test/",
        "http://cgnat.test/", "http://ula.test/", "http://mixed.test/", "http://localhost.test/",
        "http://127.0.0.1/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[fe80::1]/",
        "http://[::ffff:127.0.0.1]/", "http://[::ffff:a9fe:a9fe]/", "http://[::ffff:93.184.216.34]/", "http://[64:ff9b::a9fe:a9fe]/",
        "http://0.0.0.0/", "http://10.0.0.1:8080/",
        "http://2130706433/", "http://0177.0.0.1/", "http://0x7f.1/", "http://127.1/", "http://0x7f000001/",
        "http://017700000001/", "http://127.0.0.1.:80/"})
    void refusesPrivateTargetsInAnySpelling(String url) {
        assertEquals(ErrorCode.FETCH_BLOCKED, refusal(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://public.test/x", "gopher://public.test/",
        "jar:http://public.test/x.jar!/", "data:text/html,hello", "http://user:pass@public.test/",
        "http://user@public.test/", "https://public.test:8443/", "http://public.test:22/"})
    void refusesOtherSchemesUserinfoAndPorts(String url) {
        assertEquals(ErrorCode.FETCH_BLOCKED, refusal(url));
    }

    @Test
    void loopbackIsAllowedOnlyOnAnExplicitTestPort() {
        FetchPolicy test = policy.withLoopbackPorts(Set.of(8123));
        assertEquals(8123, guard.check(URI.create("http://127.0.0.1:8123/"), test).port());
        PrecisException e = assertThrows(PrecisException.class,
                () -> guard.check(URI.create("http://127.0.0.1:8124/"), test));
        assertEquals(ErrorCode.FETCH_BLOCKED, e.code());
        PrecisException other = assertThrows(PrecisException.class,
                () -> guard.check(URI.create("http://intranet.test:8123/"), test));
        assertEquals(ErrorCode.FETCH_BLOCKED, other.code());
    }

    @Test
    void unknownHostIsAFetchFailure() {
        assertEquals(ErrorCode.FETCH_FAILED, refusal("http://nowhere.test/"));
    }

    @Test
    void malformedUrlsAreBadRequests() {
        assertEquals(ErrorCode.BAD_REQUEST, refusal("not a url"));
        assertEquals(ErrorCode.BAD_REQUEST, refusal("/relative/path"));
    }
}
