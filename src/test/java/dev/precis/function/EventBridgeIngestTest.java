package dev.precis.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.function.AwsEvents.Message;
import dev.precis.testing.Samples;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * S3 "Object Created" events from EventBridge reach the {@code ingest} export directly (an
 * EventBridge rule's Lambda target) and as SQS message bodies (a rule's queue target), through the
 * Lambda mock event server, against the same in-process S3 server as {@link IngestFunctionTest}.
 */
@QuarkusTest
@TestProfile(IngestFunctionTest.Profile.class)
@WithTestResource(S3Resource.class)
@WithTestResource(LoopbackSiteResource.class)
class EventBridgeIngestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUCKET = "precis-eventbridge";
    private static final String HEADLINE = "China rejects U.S. “criticism or pressure” on Sino-Russian relations";

    private static S3Client s3;

    @BeforeAll
    static void bucket() {
        s3 = S3Resource.server.client();
        if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(BUCKET))) {
            s3.createBucket(b -> b.bucket(BUCKET));
        }
    }

    private static long upload(String key, byte[] body, String contentType) {
        s3.putObject(r -> r.bucket(BUCKET).key(key).contentType(contentType), RequestBody.fromBytes(body));
        return body.length;
    }

    private static String read(String key) {
        return s3.getObjectAsBytes(r -> r.bucket(BUCKET).key(key)).asString(StandardCharsets.UTF_8);
    }

    private static List<String> keysUnder(String prefix) {
        return s3.listObjectsV2(r -> r.bucket(BUCKET).prefix(prefix)).contents().stream().map(S3Object::key).toList();
    }

    @Test
    void anEventBridgeEventForIncomingXHtmlWritesItsSummary() throws Exception {
        long size = upload("incoming/x.html", Samples.bytes("seed-article.html"), "text/html");
        // A direct invocation returns nothing: 204 from the mock event server, where a failure is a 500.
        MockEventServer.invoke(AwsEvents.eventBridge("Object Created", BUCKET, "incoming/x.html", size)).statusCode(204);
        JsonNode summary = JSON.readTree(read("summaries/x.html.json"));
        assertEquals(HEADLINE, summary.get("headline").asText());
        assertEquals(4, summary.get("bullets").size());
        assertEquals("incoming/x.html", summary.get("input").get("key").asText());
        assertTrue(read("summaries/x.html.md").startsWith("# " + HEADLINE));
    }

    @Test
    void eventBridgeEventsThroughSqsAreSummarizedWithEncodedKeys() throws Exception {
        long size = upload("incoming/queued/seed story.txt", Samples.bytes("seed-article.txt"), "text/plain");
        Message m = Message.of(AwsEvents.eventBridge("Object Created", BUCKET, "incoming/queued/seed story.txt", size));
        Message poisoned = Message.of("{\"source\": \"aws.s3\", \"detail-type\": \"Object Created\", \"detail\": {}}");
        JsonNode response = JSON.readTree(MockEventServer.invoke(AwsEvents.sqs(List.of(m, poisoned))).statusCode(200)
                .extract().asString());
        List<String> failed = response.path("batchItemFailures").findValuesAsText("itemIdentifier");
        assertEquals(List.of(poisoned.id()), failed, response.toString());
        assertEquals(HEADLINE, JSON.readTree(read("summaries/queued/seed story.txt.json")).get("headline").asText());
    }

    @Test
    void aDirectEventNamingNoObjectFailsTheInvocationSoEventBridgeRetries() {
        int status = MockEventServer.invoke("{\"version\": \"0\", \"source\": \"aws.s3\", \"detail-type\":"
                + " \"Object Created\", \"detail\": {\"bucket\": {\"name\": \"" + BUCKET + "\"}}}")
                .extract().statusCode();
        assertTrue(status >= 400, "status " + status);
    }

    @Test
    void otherS3EventsAndKeysOutsideThePrefixAreSkipped() {
        upload("incoming/deleted/x.html", Samples.bytes("seed-article.html"), "text/html");
        MockEventServer.invoke(AwsEvents.eventBridge("Object Deleted", BUCKET, "incoming/deleted/x.html", 0))
                .statusCode(204);
        upload("elsewhere/y.html", Samples.bytes("seed-article.html"), "text/html");
        MockEventServer.invoke(AwsEvents.eventBridge("Object Created", BUCKET, "elsewhere/y.html", 10)).statusCode(204);
        assertTrue(keysUnder("summaries/deleted/").isEmpty());
        assertFalse(keysUnder("summaries/").stream().anyMatch(k -> k.contains("y.html")), keysUnder("summaries/").toString());
    }
}
