package dev.precis.function;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.precis.testing.Samples;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The summarize function driven through the Lambda mock event server, with both event shapes. */
@QuarkusTest
@WithTestResource(LoopbackSiteResource.class)
class SummarizeFunctionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADLINE = "China rejects U.S. “criticism or pressure” on Sino-Russian relations";

    private static String direct(Object... fields) {
        ObjectNode n = JSON.createObjectNode();
        for (int i = 0; i < fields.length; i += 2) {
            n.set((String) fields[i], JSON.valueToTree(fields[i + 1]));
        }
        return n.toString();
    }

    /** A real-shaped API Gateway HTTP API (payload 2.0) event for the summarize route. */
    private static String httpEvent(String method, String body, boolean base64, String query) {
        return AwsEvents.httpApi(method, "/summarize", query, Map.of("content-type", "application/json"), body, base64);
    }

    private static String site(String path) {
        return LoopbackSiteResource.site.url(path);
    }

    @Test
    void directInvocationSummarizesText() {
        MockEventServer.invoke(direct("text", Samples.text("seed-article.txt"), "bullets", 3))
                .statusCode(200)
                .body("headline", equalTo(HEADLINE))
                .body("bullets", hasSize(3))
                .body("bullets[0]", startsWith("China vowed on Wednesday"))
                .body("entities[0].name", equalTo("China"))
                .body("stats.sentences", equalTo(18));
    }

    @Test
    void directInvocationSummarizesHtmlWithExplainAndMarkdown() {
        MockEventServer.invoke(direct("html", Samples.text("seed-article.html"), "format", "markdown", "explain", true))
                .statusCode(200)
                .body("source.siteName", equalTo("The Local Report"))
                .body("explain", hasSize(4))
                .body("explain[0].sentence", equalTo(0))
                .body("rendered", startsWith("# " + HEADLINE));
    }

    @Test
    void directInvocationFetchesAUrlFromTheAllowedLoopbackSite() {
        MockEventServer.invoke(direct("url", site("/article"), "format", "slack"))
                .statusCode(200)
                .body("headline", equalTo(HEADLINE))
                .body("source.url", equalTo(site("/article")))
                .body("rendered.blocks[0].text.text", equalTo("*" + HEADLINE + "*"));
    }

    @Test
    void httpApiPostReturnsStatusContentTypeAndBody() throws Exception {
        String body = direct("text", Samples.text("seed-article.txt"));
        String raw = MockEventServer.invoke(httpEvent("POST", body, false, null)).statusCode(200)
                .body("statusCode", equalTo(200))
                .body("headers.content-type", equalTo("application/json"))
                .extract().asString();
        JsonNode summary = JSON.readTree(JSON.readTree(raw).get("body").asText());
        assertEquals(HEADLINE, summary.get("headline").asText());
        assertEquals(4, summary.get("bullets").size());
    }

    @Test
    void httpApiAcceptsBase64BodiesAndGetWithUrl() throws Exception {
        String raw = MockEventServer.invoke(httpEvent("POST", direct("text", Samples.text("seed-article.txt")), true,
                null)).extract().asString();
        assertEquals(200, JSON.readTree(raw).get("statusCode").asInt());
        String get = MockEventServer.invoke(httpEvent("GET", null, false, site("/article"))).extract().asString();
        JsonNode response = JSON.readTree(get);
        assertEquals(200, response.get("statusCode").asInt(), get);
        assertEquals(HEADLINE, JSON.readTree(response.get("body").asText()).get("headline").asText());
    }

    private JsonNode httpError(String body, int status, String code) throws Exception {
        String raw = MockEventServer.invoke(httpEvent("POST", body, false, null)).statusCode(200)
                .extract().asString();
        JsonNode response = JSON.readTree(raw);
        assertEquals(status, response.get("statusCode").asInt(), raw);
        assertEquals("application/json", response.get("headers").get("content-type").asText());
        JsonNode error = JSON.readTree(response.get("body").asText()).get("error");
        assertEquals(code, error.get("code").asText(), raw);
        assertFalse(error.get("message").asText().isBlank());
        assertFalse(raw.contains("Exception"), "no stack trace or exception name reaches the caller: " + raw);
        assertFalse(raw.contains("\tat "), raw);
        return error;
    }

    @Test
    void badRequestsAre400() throws Exception {
        httpError("{}", 400, "BAD_REQUEST");
        httpError("{\"text\":\"a\",\"url\":\"http://x.test/\"}", 400, "BAD_REQUEST");
        httpError("{\"text\":\"\"}", 400, "BAD_REQUEST");
        httpError("{\"text\":\"Some text here.\",\"bullets\":0}", 400, "BAD_REQUEST");
        httpError("{\"text\":\"Some text here.\",\"format\":\"pdf\"}", 400, "BAD_REQUEST");
        httpError("not json at all", 400, "BAD_REQUEST");
    }

    @Test
    void blockedTargetsAre403() throws Exception {
        httpError(direct("url", "file:///etc/passwd"), 403, "FETCH_BLOCKED");
        // Loopback, but not the allowed port: refused before any connection.
        int other = LoopbackSiteResource.site.port() == 1 ? 2 : 1;
        httpError(direct("url", "http://127.0.0.1:" + other + "/"), 403, "FETCH_BLOCKED");
        httpError(direct("url", "http://2130706433/"), 403, "FETCH_BLOCKED");
    }

    @Test
    void tooLargeIs413() throws Exception {
        httpError(direct("url", site("/huge")), 413, "TOO_LARGE");
    }

    @Test
    void unsupportedMediaIs415() throws Exception {
        httpError(direct("url", site("/image.png")), 415, "UNSUPPORTED_MEDIA");
    }

    @Test
    void notAnArticleIs422() throws Exception {
        httpError(direct("url", site("/menu")), 422, "NOT_AN_ARTICLE");
        httpError(direct("text", "hello"), 422, "NOT_AN_ARTICLE");
    }

    @Test
    void fetchFailuresAre502() throws Exception {
        httpError(direct("url", site("/broken")), 502, "FETCH_FAILED");
    }

    @Test
    void directErrorsCarryTheContractBody() {
        MockEventServer.invoke(direct("text", "   "))
                .statusCode(200)
                .body("error.code", equalTo("BAD_REQUEST"))
                .body("error.message", containsString("empty"));
        MockEventServer.invoke("[1,2,3]")
                .statusCode(200)
                .body("error.code", equalTo("BAD_REQUEST"));
        MockEventServer.invoke(direct("html", "\u0000\u0001\u0002\u0003\u0004\u0005\u0006binary\u0007\u0008"))
                .statusCode(200)
                .body("error.code", equalTo("UNSUPPORTED_MEDIA"));
    }

    @Test
    void binaryJunkGetsAClearError() throws Exception {
        StringBuilder junk = new StringBuilder();
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 5000; i++) {
            junk.append((char) random.nextInt(32));
        }
        JsonNode error = httpError(direct("text", junk.toString()), 415, "UNSUPPORTED_MEDIA");
        assertTrue(error.get("message").asText().length() > 5);
    }

    @Test
    void fieldsOfTheWrongKindAreBadRequests() {
        String text = Samples.text("seed-article.txt");
        for (String request : new String[] {direct("text", text, "bullets", 3.5), direct("text", text, "explain", 1),
            direct("text", text, "format", ""), direct("text", text, "explain", "yes")}) {
            MockEventServer.invoke(request).statusCode(200).body("error.code", equalTo("BAD_REQUEST"));
        }
    }

    @Test
    void anApiBodyWithTrailingGarbageIsABadRequestAndABomIsRead() {
        String body = direct("text", Samples.text("seed-article.txt"), "bullets", 2);
        MockEventServer.invoke(httpEvent("POST", body + " {\"text\": \"more\"}", false, null))
                .statusCode(200).body("statusCode", equalTo(400));
        MockEventServer.invoke(httpEvent("POST", "\uFEFF" + body, false, null))
                .statusCode(200).body("statusCode", equalTo(200));
    }
}
