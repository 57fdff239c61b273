package dev.precis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.Pipeline;
import dev.precis.fetch.FetchPolicy;
import dev.precis.testing.LoopbackOnlyConnector;

/** {@code ./precis <refused url>} exits non-zero with FETCH_BLOCKED and opens no connection. */
class RefusedUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/iam/", "http://127.0.0.1:9001/2018-06-01/runtime",
        "http://localhost/", "http://10.0.0.1/", "http://192.168.1.1/admin", "http://[::1]/", "http://[fd00::1]/",
        "http://2130706433/", "http://0177.0.0.1/", "http://0x7f.1/", "http://127.1/", "file:///etc/passwd",
        "gopher://example.com/", "http://user:pw@example.com/", "http://metadata.google.internal/"})
    void refusedWithoutConnecting(String url) throws Exception {
        LoopbackOnlyConnector connector = new LoopbackOnlyConnector();
        // Test resolver: names resolve to private addresses without any DNS traffic.
        Pipeline pipeline = Pipeline.create(FetchPolicy.defaults(), host -> List.of(InetAddress.getByName(
                host.equals("localhost") ? "127.0.0.1" : "169.254.169.254")), connector);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main main = new Main(pipeline, new ObjectMapper(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, main.run(new String[] {url}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("FETCH_BLOCKED"), err.toString());
        assertEquals(List.of(), connector.attempts());
    }
}
