package dev.precis.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.precis.testing.Samples;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The summarize function's other doors, through the Lambda mock event server: REST API proxy
 * events, ALB target events and Function URL events, each answered in its own response shape;
 * and direct calls that only look a little like them, answered as direct calls.
 */
@QuarkusTest
@WithTestResource(LoopbackSiteResource.class)
class ProxyEventsFunctionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADLINE = "China rejects U.S. “criticism or pressure” on Sino-Russian relations";

    private static String textRequest() {
        return JSON.createObjectNode().put("text", Samples.text("seed-article.txt")).toString();
    }

    private static JsonNode invoke(JsonNode event) throws Exception {
        return JSON.readTree(MockEventServer.invoke(event.toString()).statusCode(200).extract().asString());
    }

    private static JsonNode body(JsonNode response) throws Exception {
        return JSON.readTree(response.get("body").asText());
    }

    private static void assertError(JsonNode response, int status, String code) throws Exception {
        assertEquals(status, response.get("statusCode").asInt(), response.toString());
        assertEquals(code, body(response).get("error").get("code").asText(), response.toString());
        assertFalse(response.toString().contains("Exception"), response.toString());
    }

    @Test
    void restApiPostGets200WithASummary() throws Exception {
        JsonNode response = invoke(ProxyEvents.rest("POST", textRequest(), null));
        assertEquals(200, response.get("statusCode").asInt(), response.toString());
        assertEquals("application/json", response.get("headers").get("content-type").asText());
        assertFalse(response.get("isBase64Encoded").asBoolean());
        JsonNode summary = body(response);
        assertEquals(HEADLINE, summary.get("headline").asText());
        assertEquals(4, summary.get("bullets").size());
    }

    @Test
    void restApiGetReadsTheQueryString() throws Exception {
        JsonNode response = invoke(ProxyEvents.rest("GET", null, LoopbackSiteResource.site.url("/article")));
        assertEquals(200, response.get("statusCode").asInt(), response.toString());
        assertEquals(2, body(response).get("bullets").size());
    }

    @Test
    void restApiBadRequestsGet400() throws Exception {
        assertError(invoke(ProxyEvents.rest("POST", "{}", null)), 400, "BAD_REQUEST");
        assertError(invoke(ProxyEvents.rest("POST", "{\"text\": \"a\", \"url\": \"https://example.com/\"}", null)),
                400, "BAD_REQUEST");
        assertError(invoke(ProxyEvents.rest("POST", null, null)), 400, "BAD_REQUEST");
        assertError(invoke(ProxyEvents.rest("DELETE", textRequest(), null)), 400, "BAD_REQUEST");
    }

    @Test
    void albPostGets200WithStatusDescriptionAndSingleValueHeaders() throws Exception {
        JsonNode response = invoke(ProxyEvents.alb("POST", textRequest(), false, null, false));
        assertEquals(200, response.get("statusCode").asInt(), response.toString());
        assertEquals("200 OK", response.get("statusDescription").asText());
        assertEquals("application/json", response.get("headers").get("content-type").asText());
        assertNull(response.get("multiValueHeaders"));
        assertEquals(HEADLINE, body(response).get("headline").asText());
    }

    @Test
    void albWithMultiValueHeadersGetsMultiValueHeadersBack() throws Exception {
        JsonNode response = invoke(ProxyEvents.alb("POST", textRequest(), true, null, true));
        assertEquals(200, response.get("statusCode").asInt(), response.toString());
        assertEquals("application/json", response.get("multiValueHeaders").get("content-type").get(0).asText());
        assertNull(response.get("headers"), "the ALB ignores single-value headers when multi-value is on");
        assertEquals(HEADLINE, body(response).get("headline").asText());
    }

    @Test
    void albGetDecodesTheStillEncodedQueryString() throws Exception {
        for (boolean multi : new boolean[] {false, true}) {
            JsonNode response = invoke(ProxyEvents.alb("GET", null, false, LoopbackSiteResource.site.url("/article"), multi));
            assertEquals(200, response.get("statusCode").asInt(), response.toString());
            assertTrue(response.get("body").asText().startsWith("# " + HEADLINE), response.toString());
        }
    }

    @Test
    void albBadRequestsGet400() throws Exception {
        JsonNode response = invoke(ProxyEvents.alb("POST", "{\"bullets\": 3}", false, null, false));
        assertError(response, 400, "BAD_REQUEST");
        assertEquals("400 Bad Request", response.get("statusDescription").asText());
        assertError(invoke(ProxyEvents.alb("POST", "", false, null, true)), 400, "BAD_REQUEST");
    }

    @Test
    void functionUrlEventsWork() throws Exception {
        JsonNode post = invoke(ProxyEvents.functionUrl("POST", textRequest(), null));
        assertEquals(200, post.get("statusCode").asInt(), post.toString());
        assertEquals(HEADLINE, body(post).get("headline").asText());
        JsonNode get = invoke(ProxyEvents.functionUrl("GET", null, LoopbackSiteResource.site.url("/article")));
        assertEquals(200, get.get("statusCode").asInt(), get.toString());
        assertEquals(HEADLINE, body(get).get("headline").asText());
        assertError(invoke(ProxyEvents.functionUrl("POST", "[]", null)), 400, "BAD_REQUEST");
    }

    @Test
    void aDirectCallCarryingRequestContextIsStillADirectCall() throws Exception {
        ObjectNode direct = (ObjectNode) JSON.readTree(textRequest());
        direct.putObject("requestContext").put("stage", "prod").put("requestId", "abc");
        direct.put("httpMethod", "POST");
        JsonNode response = invoke(direct);
        assertNull(response.get("statusCode"), response.toString());
        assertEquals(HEADLINE, response.get("headline").asText());

        ObjectNode noInput = JSON.createObjectNode();
        noInput.putObject("requestContext").putObject("http").put("method", "POST");
        JsonNode refused = invoke(noInput);
        assertNull(refused.get("statusCode"), refused.toString());
        assertEquals("BAD_REQUEST", refused.get("error").get("code").asText());
    }
}
