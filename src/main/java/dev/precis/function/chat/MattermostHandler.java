package dev.precis.function.chat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.precis.Pipeline;
import dev.precis.SummaryRequest;
import dev.precis.error.PrecisException;
import dev.precis.function.HttpApiResponse;
import dev.precis.function.HttpEvents;
import dev.precis.function.slack.Deferrer;
import dev.precis.function.slack.Responder;
import dev.precis.render.ChatMessages;

/**
 * A Mattermost slash command, like Slack's in two halves: the HTTP half checks the command's
 * token, acknowledges at once (only the caller sees it) and defers; the deferred half (an
 * asynchronous invocation carrying {@value #DEFERRED}) posts the summary to {@code response_url},
 * which must lie under the configured prefixes (the Mattermost server's own
 * {@code /hooks/commands/}).
 */
public final class MattermostHandler {

    private static final Logger LOG = Logger.getLogger(MattermostHandler.class);
    static final String DEFERRED = "mattermostCommand";

    private final Pipeline pipeline;
    private final ChatMessages messages;
    private final ObjectMapper json;
    private final MattermostToken token;
    private final Deferrer deferrer;
    private final Responder responder;

    public MattermostHandler(Pipeline pipeline, ChatMessages messages, ObjectMapper json, MattermostToken token,
            Deferrer deferrer, Responder responder) {
        this.pipeline = pipeline;
        this.messages = messages;
        this.json = json;
        this.token = token;
        this.deferrer = deferrer;
        this.responder = responder;
    }

    public void warm() {
        deferrer.warm();
    }

    public static boolean isDeferred(JsonNode event) {
        return event != null && event.isObject() && event.has(DEFERRED);
    }

    /** Mattermost's POST, as an API Gateway HTTP API (payload 2.0) event. */
    public JsonNode http(JsonNode event) {
        byte[] raw = HttpEvents.rawBody(event);
        if (raw == null) {
            return HttpApiResponse.of(json, 400, "text/plain", "the request body is not valid base64");
        }
        Map<String, String> form = HttpEvents.form(new String(raw, StandardCharsets.UTF_8));
        String given = form.get("token");
        String authorization = HttpEvents.header(event, "authorization");
        if (given == null && authorization != null && authorization.startsWith("Token ")) {
            given = authorization.substring("Token ".length()).strip();
        }
        if (!token.matches(given)) {
            return HttpApiResponse.refused(json, LOG, "mattermost", token.configured(), "no command token is configured",
                    "token mismatch", "the command token is missing or wrong");
        }
        String command = form.getOrDefault("command", "/summarize");
        String url = HttpEvents.firstUrl(form.getOrDefault("text", ""));
        if (url.isEmpty()) {
            return answer(messages.mattermostNotice("Usage: " + command + " <article URL> posts the article's headline"
                    + " and key points here."));
        }
        String responseUrl = form.get("response_url");
        if (!responder.allows(responseUrl)) {
            LOG.info("mattermost request refused: response_url outside the allowed prefixes");
            return HttpApiResponse.of(json, 400, "text/plain", "the request has no usable response_url");
        }
        if (deferrer.inline()) {
            return answer(message(url));
        }
        ObjectNode payload = json.createObjectNode();
        payload.putObject(DEFERRED).put("url", url).put("responseUrl", responseUrl);
        try {
            deferrer.defer(payload);
        } catch (RuntimeException e) {
            LOG.errorf("mattermost command could not be deferred: %s", e.getClass().getName());
            return answer(messages.mattermostNotice("Precis could not start on that link just now; please try again."));
        }
        return answer(messages.mattermostNotice("Summarizing " + url + " …"));
    }

    /** The asynchronous half: summarize and deliver to response_url. */
    public JsonNode deferred(JsonNode event) {
        JsonNode d = event.get(DEFERRED);
        responder.respond(d.path("responseUrl").asText(null), message(d.path("url").asText("")));
        LOG.info("mattermost summary delivered");
        return json.createObjectNode().put("delivered", true);
    }

    ObjectNode message(String url) {
        try {
            return messages.mattermost(pipeline.summarize(SummaryRequest.ofUrl(url)));
        } catch (PrecisException e) {
            LOG.infof("mattermost summary refused: %s", e.code());
            return messages.mattermostNotice("Could not summarize that link (" + e.code() + "): " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.errorf("internal error: %s", e.getClass().getName());
            return messages.mattermostNotice("Precis failed on that link (INTERNAL); the problem is logged.");
        }
    }

    private JsonNode answer(JsonNode message) {
        return HttpApiResponse.of(json, 200, "application/json", message.toString());
    }
}
