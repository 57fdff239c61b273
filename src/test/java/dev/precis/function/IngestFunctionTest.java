package dev.precis.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.precis.function.AwsEvents.Message;
import dev.precis.testing.Samples;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The S3 upload path end to end: objects uploaded to an in-process S3 server, their
 * notifications delivered as SQS batches through the Lambda mock event server to the
 * {@code ingest} export, and the results read back from the bucket.
 */
@QuarkusTest
@TestProfile(IngestFunctionTest.Profile.class)
@WithTestResource(S3Resource.class)
@WithTestResource(LoopbackSiteResource.class)
class IngestFunctionTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A 2 s fetch limit makes "too little time left to start one" 3 s, within a short test.
            return Map.of("quarkus.funqy.export", "ingest", "precis.ingest.max-object-bytes", String.valueOf(CAP),
                    "precis.fetch.total-timeout", "2s");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUCKET = "precis-uploads";
    private static final long CAP = 100_000;
    private static final String HEADLINE = "China rejects U.S. “criticism or pressure” on Sino-Russian relations";

    private static S3Client s3;

    @BeforeAll
    static void bucket() {
        s3 = S3Resource.server.client();
        if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(BUCKET))) {
            s3.createBucket(b -> b.bucket(BUCKET));
        }
    }

    private static Message upload(String key, byte[] body, String contentType) {
        s3.putObject(r -> r.bucket(BUCKET).key(key).contentType(contentType), RequestBody.fromBytes(body));
        return Message.of(AwsEvents.s3Created(BUCKET, key, body.length));
    }

    private static JsonNode deliver(List<Message> batch) throws Exception {
        String raw = MockEventServer.invoke(AwsEvents.sqs(batch)).statusCode(200).extract().asString();
        return JSON.readTree(raw);
    }

    private static List<String> failedIds(JsonNode response) {
        List<String> ids = new ArrayList<>();
        response.path("batchItemFailures").forEach(f -> ids.add(f.get("itemIdentifier").asText()));
        return ids;
    }

    private static String read(String key) {
        return s3.getObjectAsBytes(r -> r.bucket(BUCKET).key(key)).asString(StandardCharsets.UTF_8);
    }

    private static boolean exists(String key) {
        try {
            s3.headObject(r -> r.bucket(BUCKET).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    private static List<String> keysUnder(String prefix) {
        return s3.listObjectsV2(r -> r.bucket(BUCKET).prefix(prefix)).contents().stream().map(S3Object::key).toList();
    }

    @Test
    void aBatchOfUploadsIsSummarizedAndOnlyThePoisonedMessageFails() throws Exception {
        Message html = upload("incoming/batch/seed article (1).html", Samples.bytes("seed-article.html"),
                "text/html");
        Message text = upload("incoming/batch/seed.txt", Samples.bytes("seed-article.txt"), "text/plain");
        Message link = upload("incoming/batch/seed.url",
                ("[InternetShortcut]\r\nURL=" + LoopbackSiteResource.site.url("/article") + "\r\n")
                        .getBytes(StandardCharsets.UTF_8), "application/octet-stream");
        Message request = upload("incoming/batch/request.json", JSON.createObjectNode()
                .put("text", Samples.text("seed-article.txt")).put("bullets", 2).toString()
                .getBytes(StandardCharsets.UTF_8), "application/json");
        Message poisoned = Message.of("this is not an S3 notification");

        JsonNode response = deliver(List.of(html, poisoned, text, link, request));
        assertEquals(List.of(poisoned.id()), failedIds(response), response.toString());

        for (String name : List.of("seed article (1).html", "seed.txt", "seed.url")) {
            JsonNode summary = JSON.readTree(read("summaries/batch/" + name + ".json"));
            assertEquals(HEADLINE, summary.get("headline").asText(), name);
            assertEquals(4, summary.get("bullets").size(), name);
            assertTrue(summary.get("bullets").get(0).asText().startsWith("China vowed on Wednesday"), name);
            assertEquals("incoming/batch/" + name, summary.get("input").get("key").asText());
            String markdown = read("summaries/batch/" + name + ".md");
            assertTrue(markdown.startsWith("# " + HEADLINE), markdown);
        }
        assertEquals(2, JSON.readTree(read("summaries/batch/request.json.json")).get("bullets").size());
        assertTrue(keysUnder("errors/batch/").isEmpty(), keysUnder("errors/batch/").toString());
    }

    @Test
    void markdownUploadsAreReadAsMarkdown() throws Exception {
        Message md = upload("incoming/md/library.md", Samples.bytes("markdown-article.md"), "application/octet-stream");
        assertTrue(failedIds(deliver(List.of(md))).isEmpty());
        JsonNode summary = JSON.readTree(read("summaries/md/library.md.json"));
        assertEquals("Library opens its doors around the clock", summary.get("headline").asText());
        String bullets = summary.get("bullets").toString();
        for (String syntax : List.of("**", "](", "|", "title:")) {
            assertFalse(bullets.contains(syntax), bullets);
        }
    }

    @Test
    void redeliveryOverwritesInsteadOfDuplicating() throws Exception {
        Message m = upload("incoming/again/seed.txt", Samples.bytes("seed-article.txt"), "text/plain");
        assertTrue(failedIds(deliver(List.of(m))).isEmpty());
        List<String> first = keysUnder("summaries/again/");
        assertTrue(failedIds(deliver(List.of(m, m))).isEmpty());
        assertEquals(List.of("summaries/again/seed.txt.json", "summaries/again/seed.txt.md"), first);
        assertEquals(first, keysUnder("summaries/again/"));
    }

    @Test
    void oversizedObjectsLeaveAnErrorRecordEvenWhenTheEventUnderstatesTheSize() throws Exception {
        byte[] big = ("<html><body>" + "<p>Filler sentence about nothing much at all.</p>".repeat(3000)
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
        assertTrue(big.length > CAP);
        Message honest = upload("incoming/big/honest.html", big, "text/html");
        s3.putObject(r -> r.bucket(BUCKET).key("incoming/big/lying.html"), RequestBody.fromBytes(big));
        Message lying = Message.of(AwsEvents.s3Created(BUCKET, "incoming/big/lying.html", 10));

        assertTrue(failedIds(deliver(List.of(honest, lying))).isEmpty());
        for (String name : List.of("honest.html", "lying.html")) {
            JsonNode record = JSON.readTree(read("errors/big/" + name + ".json"));
            assertEquals("TOO_LARGE", record.get("error").get("code").asText());
            assertEquals("incoming/big/" + name, record.get("input").get("key").asText());
            assertFalse(record.get("failedAt").asText().isEmpty());
            assertFalse(exists("summaries/big/" + name + ".json"));
        }
    }

    @Test
    void unusableObjectsLeaveErrorRecordsWithTheirCodes() throws Exception {
        Message png = upload("incoming/bad/photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10},
                "image/png");
        Message blocked = upload("incoming/bad/metadata.url",
                "http://169.254.169.254/latest/meta-data/\n".getBytes(StandardCharsets.UTF_8), "text/plain");
        Message menu = upload("incoming/bad/menu.html",
                "<html><body><nav><a href='/'>Home</a></nav></body></html>".getBytes(StandardCharsets.UTF_8),
                "text/html");
        Message badRequest = upload("incoming/bad/request.json", "{\"bullets\":3}".getBytes(StandardCharsets.UTF_8),
                "application/json");

        assertTrue(failedIds(deliver(List.of(png, blocked, menu, badRequest))).isEmpty());
        assertEquals("UNSUPPORTED_MEDIA", errorCode("errors/bad/photo.png.json"));
        assertEquals("FETCH_BLOCKED", errorCode("errors/bad/metadata.url.json"));
        assertEquals("NOT_AN_ARTICLE", errorCode("errors/bad/menu.html.json"));
        assertEquals("BAD_REQUEST", errorCode("errors/bad/request.json.json"));
        assertTrue(keysUnder("summaries/bad/").isEmpty());
    }

    private static String errorCode(String key) throws Exception {
        return JSON.readTree(read(key)).get("error").get("code").asText();
    }

    @Test
    void outputsTestEventsAndDeletionsNeverTriggerWork() throws Exception {
        Message own = upload("summaries/loop/seed.txt.json", "{}".getBytes(StandardCharsets.UTF_8),
                "application/json");
        Message test = Message.of(AwsEvents.s3TestEvent(BUCKET));
        Message removed = Message.of(AwsEvents.s3Created(BUCKET, "incoming/loop/x.txt", 5)
                .replace("ObjectCreated:Put", "ObjectRemoved:Delete"));

        assertTrue(failedIds(deliver(List.of(own, test, removed))).isEmpty());
        assertEquals(List.of("summaries/loop/seed.txt.json"), keysUnder("summaries/loop/"));
        assertTrue(keysUnder("errors/loop/").isEmpty());
    }

    @Test
    void storageFailuresAreRetriedBySqs() throws Exception {
        Message good = upload("incoming/retry/seed.txt", Samples.bytes("seed-article.txt"), "text/plain");
        Message noBucket = Message.of(AwsEvents.s3Created("no-such-bucket", "incoming/retry/a.txt", 100));
        JsonNode response = deliver(List.of(good, noBucket));
        assertEquals(List.of(noBucket.id()), failedIds(response));
        assertTrue(exists("summaries/retry/seed.txt.json"));
    }

    @Test
    void aUrlTheServerCallsGoneIsRecordedAndAServerErrorIsRetried() throws Exception {
        Message gone = upload("incoming/fetch/gone.url",
                (LoopbackSiteResource.site.url("/no-such-story") + "\n").getBytes(StandardCharsets.UTF_8), "text/plain");
        Message broken = upload("incoming/fetch/broken.url",
                (LoopbackSiteResource.site.url("/broken") + "\n").getBytes(StandardCharsets.UTF_8), "text/plain");
        assertEquals(List.of(broken.id()), failedIds(deliver(List.of(gone, broken))));
        JsonNode record = JSON.readTree(read("errors/fetch/gone.url.json"));
        assertEquals("FETCH_FAILED", record.get("error").get("code").asText());
        assertTrue(record.get("error").get("message").asText().contains("404"), record.toString());
        assertFalse(exists("errors/fetch/broken.url.json"), "a 500 is retried, not recorded");
    }

    @Test
    void aGoneObjectLeavesAnErrorRecord() throws Exception {
        Message gone = Message.of(AwsEvents.s3Created(BUCKET, "incoming/gone/deleted.txt", 100));
        assertTrue(failedIds(deliver(List.of(gone))).isEmpty());
        assertEquals("FETCH_FAILED", errorCode("errors/gone/deleted.txt.json"));
    }

    @Test
    void anS3BatchOperationsJobInvokesTheSameFunctionAndGetsPerTaskResults() throws Exception {
        s3.putObject(r -> r.bucket(BUCKET).key("incoming/bulk/old story+1.txt"),
                RequestBody.fromBytes(Samples.bytes("seed-article.txt")));
        s3.putObject(r -> r.bucket(BUCKET).key("incoming/bulk/photo.png").contentType("image/png"),
                RequestBody.fromBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        String job = JSON.createObjectNode().put("invocationSchemaVersion", "1.0")
                .put("invocationId", "YXNkbGZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo")
                .set("job", JSON.createObjectNode().put("id", "f3cc4f60-61f6-4a2b-8a21-d07600c373ce")).toString();
        ObjectNode event = (ObjectNode) JSON.readTree(job);
        var tasks = event.putArray("tasks");
        tasks.addObject().put("taskId", "t1").put("s3Key", "incoming/bulk/old%20story%2B1.txt").putNull("s3VersionId")
                .put("s3BucketArn", "arn:aws:s3:::" + BUCKET);
        tasks.addObject().put("taskId", "t2").put("s3Key", "incoming/bulk/photo.png").putNull("s3VersionId")
                .put("s3BucketArn", "arn:aws:s3:::" + BUCKET);
        tasks.addObject().put("taskId", "t3").put("s3Key", "incoming/bulk/x.txt").putNull("s3VersionId")
                .put("s3BucketArn", "arn:aws:s3:::no-such-bucket");

        JsonNode response = JSON.readTree(MockEventServer.invoke(event.toString()).statusCode(200)
                .extract().asString());
        assertEquals("1.0", response.get("invocationSchemaVersion").asText());
        assertEquals("YXNkbGZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo", response.get("invocationId").asText());
        JsonNode results = response.get("results");
        assertEquals(3, results.size(), response.toString());
        assertEquals("Succeeded", results.get(0).get("resultCode").asText());
        assertEquals("PermanentFailure", results.get(1).get("resultCode").asText());
        assertEquals("TemporaryFailure", results.get(2).get("resultCode").asText());
        assertEquals(HEADLINE, JSON.readTree(read("summaries/bulk/old story+1.txt.json")).get("headline").asText());
        assertEquals("UNSUPPORTED_MEDIA", errorCode("errors/bulk/photo.png.json"));
    }

    @Test
    void aSlowBatchEndsWithinTheTimeTheContextGivesAndReportsTheRest() throws Exception {
        // Twelve .url objects behind a site that takes 1.5 s: one after another they need 18 s.
        List<Message> batch = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            batch.add(upload("incoming/slow/story-" + i + ".url", ("[InternetShortcut]\r\nURL="
                    + LoopbackSiteResource.site.url("/slow-article") + "\r\n").getBytes(StandardCharsets.UTF_8),
                    "application/octet-stream"));
        }
        int remaining = 5000;
        PrecisStreamHandler lambda = new PrecisStreamHandler(io.quarkus.funqy.lambda.FunqyLambdaBindingRecorder::handle);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long start = System.nanoTime();
        lambda.handleRequest(new java.io.ByteArrayInputStream(AwsEvents.sqs(batch).getBytes(StandardCharsets.UTF_8)),
                out, new TestLambdaContext("sqs-batch-1", remaining));
        long took = (System.nanoTime() - start) / 1_000_000;
        JsonNode response = JSON.readTree(out.toByteArray());

        assertTrue(took < remaining, "the batch took " + took + " ms of the " + remaining + " ms the context gave");
        List<String> failed = failedIds(response);
        int summarized = 0;
        for (int i = 0; i < 12; i++) {
            boolean summarizedIt = exists("summaries/slow/story-" + i + ".url.json");
            // On a loaded machine a fetch can pass its own limit: an error record is an answer too.
            boolean done = summarizedIt || exists("errors/slow/story-" + i + ".url.json");
            assertTrue(done != failed.contains(batch.get(i).id()), "story " + i + ": answered or reported, not both");
            summarized += summarizedIt ? 1 : 0;
        }
        assertTrue(summarized >= 4, "several ran at once: " + summarized + " summarized in " + took + " ms");
        assertFalse(failed.isEmpty(), "what had no time to start is reported for redelivery");
    }

    @Test
    void everyMessageThatCannotStartIsReportedEvenWhenManyFailAtOnce() throws Exception {
        // Less time left than one fetch needs: every message fails at once on the four workers.
        // Funqy gathers failed ids from whichever thread finishes a message; none may be lost.
        for (int round = 0; round < 3; round++) {
            List<Message> batch = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                batch.add(Message.of(AwsEvents.s3Created(BUCKET, "incoming/late/" + round + "-" + i + ".txt", 10)));
            }
            PrecisStreamHandler lambda = new PrecisStreamHandler(
                    io.quarkus.funqy.lambda.FunqyLambdaBindingRecorder::handle);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            lambda.handleRequest(new java.io.ByteArrayInputStream(AwsEvents.sqs(batch).getBytes(StandardCharsets.UTF_8)),
                    out, new TestLambdaContext("sqs-late-" + round, 1000));
            List<String> failed = failedIds(JSON.readTree(out.toByteArray()));
            assertEquals(batch.stream().map(Message::id).sorted().toList(), failed.stream().sorted().toList(),
                    "round " + round);
        }
    }
}
