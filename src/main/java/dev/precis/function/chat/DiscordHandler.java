package dev.precis.function.chat;

import java.time.Clock;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.precis.Pipeline;
import dev.precis.SummaryRequest;
import dev.precis.error.PrecisException;
import dev.precis.function.HttpApiResponse;
import dev.precis.function.HttpEvents;
import dev.precis.function.slack.Deferrer;
import dev.precis.render.ChatMessages;

/**
 * Discord interactions in two halves. The HTTP half verifies the Ed25519 signature, answers PING
 * with PONG, and defers a {@code /summarize url:<link>} command (response type 5, "thinking…")
 * well within Discord's three seconds. The deferred half (an asynchronous invocation carrying
 * {@value #DEFERRED}) summarizes and edits the original response through the interaction webhook.
 * Without a deferrer (local runs) the summary is the HTTP answer itself (type 4).
 */
public final class DiscordHandler {

    private static final Logger LOG = Logger.getLogger(DiscordHandler.class);
    static final String DEFERRED = "discordInteraction";
    /** Interaction and response types from Discord's documentation. */
    static final int PING = 1;
    static final int APPLICATION_COMMAND = 2;
    static final int PONG = 1;
    static final int CHANNEL_MESSAGE = 4;
    static final int DEFERRED_CHANNEL_MESSAGE = 5;
    /** Message flag: only the caller sees it. */
    static final int EPHEMERAL = 64;

    private final Pipeline pipeline;
    private final ChatMessages messages;
    private final ObjectMapper json;
    private final DiscordSignature signature;
    private final Deferrer deferrer;
    private final DiscordWebhook webhook;
    private final Clock clock;

    public DiscordHandler(Pipeline pipeline, ChatMessages messages, ObjectMapper json, DiscordSignature signature,
            Deferrer deferrer, DiscordWebhook webhook, Clock clock) {
        this.pipeline = pipeline;
        this.messages = messages;
        this.json = json;
        this.signature = signature;
        this.deferrer = deferrer;
        this.webhook = webhook;
        this.clock = clock;
    }

    public void warm() {
        deferrer.warm();
    }

    public static boolean isDeferred(JsonNode event) {
        return event != null && event.isObject() && event.has(DEFERRED);
    }

    /** The interactions endpoint's POST, as an API Gateway HTTP API (payload 2.0) event. */
    public JsonNode http(JsonNode event) {
        byte[] raw = HttpEvents.rawBody(event);
        if (raw == null) {
            return HttpApiResponse.of(json, 400, "text/plain", "the request body is not valid base64");
        }
        DiscordSignature.Verdict verdict = signature.verify(HttpEvents.header(event, "x-signature-timestamp"),
                HttpEvents.header(event, "x-signature-ed25519"), raw, clock.instant());
        if (verdict != DiscordSignature.Verdict.VALID) {
            // Discord probes the endpoint with bad signatures and expects exactly this.
            return HttpApiResponse.refused(json, LOG, "discord", verdict != DiscordSignature.Verdict.NOT_CONFIGURED,
                    "no public key is configured", "signature " + verdict, "invalid request signature");
        }
        JsonNode interaction;
        try {
            interaction = json.readTree(raw);
        } catch (java.io.IOException e) {
            return HttpApiResponse.of(json, 400, "text/plain", "the interaction is not valid JSON");
        }
        int type = interaction.path("type").asInt(-1);
        if (type == PING) {
            return answer(json.createObjectNode().put("type", PONG));
        }
        if (type != APPLICATION_COMMAND) {
            return answer(reply(messages.discordNotice("Precis only answers the /summarize command."), true));
        }
        String url = option(interaction, "url");
        if (url.isEmpty()) {
            return answer(reply(messages.discordNotice("Usage: /summarize url:<article link> posts the article's"
                    + " headline and key points here."), true));
        }
        String applicationId = interaction.path("application_id").asText(null);
        String token = interaction.path("token").asText(null);
        if (deferrer.inline()) {
            return answer(reply(message(url), false));
        }
        if (!DiscordWebhook.usable(applicationId, token)) {
            return HttpApiResponse.of(json, 400, "text/plain", "the interaction has no usable application id or token");
        }
        ObjectNode payload = json.createObjectNode();
        payload.putObject(DEFERRED).put("url", url).put("applicationId", applicationId).put("token", token);
        try {
            deferrer.defer(payload);
        } catch (RuntimeException e) {
            LOG.errorf("discord command could not be deferred: %s", e.getClass().getName());
            return answer(reply(messages.discordNotice("Precis could not start on that link just now; please try"
                    + " again."), true));
        }
        return answer(json.createObjectNode().put("type", DEFERRED_CHANNEL_MESSAGE));
    }

    /** The asynchronous half: summarize and edit the deferred response. */
    public JsonNode deferred(JsonNode event) {
        JsonNode d = event.get(DEFERRED);
        String url = d.path("url").asText("");
        webhook.editOriginal(d.path("applicationId").asText(null), d.path("token").asText(null), message(url));
        LOG.info("discord summary delivered");
        return json.createObjectNode().put("delivered", true);
    }

    /** The summary as an embed, or a notice saying why there is none. */
    ObjectNode message(String url) {
        try {
            return messages.discord(pipeline.summarize(SummaryRequest.ofUrl(url)), url);
        } catch (PrecisException e) {
            LOG.infof("discord summary refused: %s", e.code());
            return messages.discordNotice("Could not summarize that link (" + e.code() + "): " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.errorf("internal error: %s", e.getClass().getName());
            return messages.discordNotice("Precis failed on that link (INTERNAL); the problem is logged.");
        }
    }

    /** The string value of a top-level command option. */
    private static String option(JsonNode interaction, String name) {
        for (JsonNode o : interaction.path("data").path("options")) {
            if (name.equals(o.path("name").asText()) && o.path("value").isTextual()) {
                return o.get("value").asText().strip();
            }
        }
        return "";
    }

    private ObjectNode reply(ObjectNode message, boolean ephemeral) {
        if (ephemeral) {
            message.put("flags", EPHEMERAL);
        }
        ObjectNode response = json.createObjectNode().put("type", CHANNEL_MESSAGE);
        response.set("data", message);
        return response;
    }

    private JsonNode answer(JsonNode body) {
        try {
            return HttpApiResponse.of(json, 200, "application/json", json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
