package dev.precis.function;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Each event is told apart by its shape, and nothing short of a full proxy shape counts as one. */
class EventShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode parse(String s) throws Exception {
        return (ObjectNode) JSON.readTree(s);
    }

    @Test
    void realShapedEventsAreRecognised() {
        assertEquals(EventShape.REST_API, EventShape.of(ProxyEvents.rest("POST", "{}", null)));
        assertEquals(EventShape.ALB, EventShape.of(ProxyEvents.alb("GET", null, false, "https://example.com/", false)));
        assertEquals(EventShape.ALB, EventShape.of(ProxyEvents.alb("POST", "{}", true, null, true)));
        assertEquals(EventShape.HTTP_API, EventShape.of(ProxyEvents.functionUrl("POST", "{}", null)));
    }

    @Test
    void httpApiPayloadOneIsTheRestShape() throws Exception {
        ObjectNode v1 = ProxyEvents.rest("POST", "{}", null);
        v1.put("version", "1.0");
        assertEquals(EventShape.REST_API, EventShape.of(v1));
    }

    @Test
    void directCallsThatLookALittleLikeProxyEventsStayDirect() throws Exception {
        assertEquals(EventShape.DIRECT, EventShape.of(parse("{\"text\": \"x\"}")));
        assertEquals(EventShape.DIRECT, EventShape.of(parse("{\"text\": \"x\", \"requestContext\": {}}")));
        assertEquals(EventShape.DIRECT, EventShape.of(parse(
                "{\"url\": \"https://example.com/\", \"version\": \"2.0\", \"requestContext\": {\"http\": {}}}")));
        assertEquals(EventShape.DIRECT, EventShape.of(parse("{\"httpMethod\": \"POST\", \"requestContext\": {}}")));
        assertEquals(EventShape.DIRECT, EventShape.of(parse("{\"requestContext\": \"prod\", \"httpMethod\": \"GET\"}")));
        assertEquals(EventShape.DIRECT, EventShape.of(parse("{\"requestContext\": {\"elb\": {}}, \"httpMethod\": \"GET\"}")));
        assertEquals(EventShape.DIRECT, EventShape.of(JSON.createArrayNode()));
        assertEquals(EventShape.DIRECT, EventShape.of(null));
        // A text that is itself a real event stays the text of a direct call.
        ObjectNode withText = ProxyEvents.rest("POST", "{}", null);
        withText.put("text", "An article.");
        assertEquals(EventShape.DIRECT, EventShape.of(withText));
    }

    @Test
    void albQueryParametersAreDecodedAndApiGatewaysAreNot() {
        ObjectNode alb = EventShape.ALB.asHttpApi(JSON, ProxyEvents.alb("GET", null, false, "https://example.com/a b?x=1", true));
        assertEquals("https://example.com/a b?x=1", alb.get("queryStringParameters").get("url").asText());
        assertEquals("GET", alb.get("requestContext").get("http").get("method").asText());
        ObjectNode rest = EventShape.REST_API.asHttpApi(JSON, ProxyEvents.rest("GET", null, "https://example.com/a%20b"));
        assertEquals("https://example.com/a%20b", rest.get("queryStringParameters").get("url").asText());
        assertEquals("2", rest.get("queryStringParameters").get("bullets").asText());
    }
}
