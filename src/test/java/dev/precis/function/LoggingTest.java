package dev.precis.function;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.testing.LogCapture;
import dev.precis.testing.Samples;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** What the function logs: never request bodies or URLs' secrets, always the request id. */
@QuarkusTest
@WithTestResource(LoopbackSiteResource.class)
class LoggingTest {

    private static final String MARKER = "Zyxwvut-Marker-4711";
    private final LogCapture capture = new LogCapture();

    @BeforeEach
    void listen() {
        capture.listen();
    }

    @AfterEach
    void stop() {
        capture.stop();
    }

    @Test
    void logsCarryTheRequestIdAndNoneOfTheRequest() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String text = Samples.text("seed-article.txt") + "\n\n" + MARKER + " closes the article with a sentence.";
        MockEventServer.invoke(json.createObjectNode().put("text", text).toString()).statusCode(200);
        MockEventServer.invoke(json.createObjectNode()
                .put("url", "http://10.0.0.1/page?token=" + MARKER).toString()).statusCode(200);
        MockEventServer.invoke(json.createObjectNode()
                .put("url", LoopbackSiteResource.site.url("/broken?secret=" + MARKER)).toString()).statusCode(200);

        List<ExtLogRecord> ours = capture.records().stream().filter(r -> r.getLoggerName().startsWith("dev.precis")).toList();
        assertTrue(ours.size() >= 3, "one line per request at least: " + ours.size());
        for (ExtLogRecord r : capture.records()) {
            String line = r.getFormattedMessage() + " " + r.getMdcCopy();
            assertFalse(line.contains(MARKER), "a log line leaks the request: " + line);
            assertFalse(line.contains("China vowed"), "a log line leaks the article: " + line);
        }
        for (ExtLogRecord r : ours) {
            Object id = r.getMdc("AWSRequestId");
            assertTrue(id != null && !id.toString().isBlank(), "no request id on: " + r.getFormattedMessage());
        }
    }
}
