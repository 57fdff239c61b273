package dev.precis.function.slack;

import com.fasterxml.jackson.databind.JsonNode;

/** Posts a message to a slash command's {@code response_url}. */
public interface Responder {

    /** Whether {@code responseUrl} may be posted to at all (the configured prefixes); checked before anything is deferred. */
    boolean allows(String responseUrl);

    /** Throws {@link Refused} when the webhook answers with an error status. */
    void respond(String responseUrl, JsonNode message);

    /** The webhook refused the message: its status and Slack's short reason ({@code invalid_blocks}). */
    final class Refused extends RuntimeException {
        private final int status;
        private final String reason;

        public Refused(int status, String reason) {
            super("response_url answered HTTP " + status, null, false, false);
            this.status = status;
            this.reason = reason;
        }

        public int status() {
            return status;
        }

        /** Slack's error word if it sent one ({@code [a-z_]+}), else empty. */
        public String reason() {
            return reason;
        }
    }
}
