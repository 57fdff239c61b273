package dev.precis.function.slack;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.precis.Pipeline;
import dev.precis.SummaryRequest;
import dev.precis.error.PrecisException;
import dev.precis.function.HttpApiResponse;
import dev.precis.function.HttpEvents;
import dev.precis.render.Renderer;
import dev.precis.summary.Summary;

/**
 * The slash command in two halves. The HTTP half (API Gateway) verifies the signature, answers
 * usage help at once, and otherwise defers the command and acknowledges within Slack's three
 * seconds. The deferred half (an asynchronous invocation carrying {@value #DEFERRED}) fetches,
 * summarizes and posts Block Kit, or an ephemeral error, to {@code response_url}. Without a
 * deferrer (local runs) the summary is the HTTP answer itself.
 */
public final class SlackHandler {

    private static final Logger LOG = Logger.getLogger(SlackHandler.class);
    static final String DEFERRED = "slackCommand";

    private final Pipeline pipeline;
    private final Renderer renderer;
    private final ObjectMapper json;
    private final SlackSignature signature;
    private final Deferrer deferrer;
    private final Responder responder;
    private final Clock clock;

    public SlackHandler(Pipeline pipeline, Renderer renderer, ObjectMapper json, SlackSignature signature,
            Deferrer deferrer, Responder responder, Clock clock) {
        this.pipeline = pipeline;
        this.renderer = renderer;
        this.json = json;
        this.signature = signature;
        this.deferrer = deferrer;
        this.responder = responder;
        this.clock = clock;
    }

    /** Readies the deferral's client before a SnapStart snapshot, so the first acknowledgement is quick. */
    public void warm() {
        deferrer.warm();
    }

    public static boolean isDeferred(JsonNode event) {
        return event != null && event.isObject() && event.has(DEFERRED);
    }

    /** API Gateway HTTP API (payload 2.0) event from Slack's POST. */
    public JsonNode http(JsonNode event) {
        byte[] raw = HttpEvents.rawBody(event);
        if (raw == null) {
            return HttpApiResponse.of(json, 400, "text/plain", "the request body is not valid base64");
        }
        SlackSignature.Verdict verdict = signature.verify(HttpEvents.header(event, "x-slack-request-timestamp"),
                HttpEvents.header(event, "x-slack-signature"), raw, clock.instant());
        if (verdict != SlackSignature.Verdict.VALID) {
            return HttpApiResponse.refused(json, LOG, "slack", verdict != SlackSignature.Verdict.NOT_CONFIGURED,
                    "no signing secret is configured", "signature " + verdict,
                    "the request signature is missing, stale or wrong");
        }
        SlashCommand command = SlashCommand.fromForm(new String(raw, StandardCharsets.UTF_8));
        String url = command.url();
        if (url.isEmpty()) {
            return slackAnswer(ephemeral("Usage: `" + command.command() + " <article URL>` posts the article's"
                    + " headline and key points here. Example: `" + command.command()
                    + " https://example.com/news/story`"));
        }
        if (!responder.allows(command.responseUrl())) {
            LOG.info("slack request refused: response_url outside the allowed prefixes");
            return HttpApiResponse.of(json, 400, "text/plain", "the request has no usable response_url");
        }
        if (deferrer.inline()) {
            return slackAnswer(message(url));
        }
        ObjectNode payload = json.createObjectNode();
        payload.putObject(DEFERRED).put("url", url).put("responseUrl", command.responseUrl())
                .put("userId", command.userId());
        try {
            deferrer.defer(payload);
        } catch (RuntimeException e) {
            LOG.errorf("slack command could not be deferred: %s", e.getClass().getName());
            return slackAnswer(ephemeral(":warning: Precis could not start on that link just now; please try again."));
        }
        // Whatever the user typed is not repeated: the summary (or its error) says what became of it.
        return slackAnswer(ephemeral("Summarizing that link …"));
    }

    /**
     * The asynchronous half: summarize and deliver to response_url. When Slack refuses the Block
     * Kit, the user gets a plain-text message saying so, with the summary as text. It never
     * throws: a retried invocation would only post the same refused message again.
     */
    public JsonNode deferred(JsonNode event) {
        JsonNode command = event.get(DEFERRED);
        String url = command.path("url").asText("");
        String responseUrl = command.path("responseUrl").asText(null);
        Summary[] summary = new Summary[1];
        JsonNode message = message(url, summary);
        try {
            responder.respond(responseUrl, message);
            LOG.info("slack summary delivered");
            return json.createObjectNode().put("delivered", true);
        } catch (Responder.Refused refused) {
            LOG.warnf("slack refused the message: HTTP %d %s", refused.status(), refused.reason());
            String why = "HTTP " + refused.status() + (refused.reason().isEmpty() ? "" : ", " + refused.reason());
            String text = ":warning: Slack refused the formatted summary (" + why + ")."
                    + (summary[0] == null ? "" : " Here it is as plain text:\n" + renderer.text(summary[0]));
            try {
                responder.respond(responseUrl, renderer.slackPlain(text));
                return json.createObjectNode().put("delivered", false).put("fallback", true);
            } catch (RuntimeException again) {
                LOG.errorf("slack fallback not delivered either: %s", again.getClass().getName());
            }
        } catch (RuntimeException e) {
            LOG.errorf("slack summary not delivered: %s", e.getClass().getName());
        }
        return json.createObjectNode().put("delivered", false);
    }

    JsonNode message(String url) {
        return message(url, new Summary[1]);
    }

    /** Block Kit for the summary, or an ephemeral message saying why there is none. */
    private JsonNode message(String url, Summary[] made) {
        try {
            Summary summary = pipeline.summarize(SummaryRequest.ofUrl(url));
            made[0] = summary;
            return renderer.slack(summary);
        } catch (PrecisException e) {
            LOG.infof("slack summary refused: %s", e.code());
            return ephemeral(":warning: Could not summarize that link (" + e.code() + "): " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.errorf("internal error: %s", e.getClass().getName());
            return ephemeral(":warning: Precis failed on that link (INTERNAL); the problem is logged.");
        }
    }

    /** Our own words, but error messages can quote a URL: escaped like everything else. */
    private ObjectNode ephemeral(String text) {
        return renderer.slackPlain(text);
    }

    private JsonNode slackAnswer(JsonNode message) {
        return HttpApiResponse.of(json, 200, "application/json", message.toString());
    }
}
