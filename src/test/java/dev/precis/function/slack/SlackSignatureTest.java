package dev.precis.function.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.precis.function.slack.SlackSignature.Verdict;

class SlackSignatureTest {

    // Slack's published example request ("Verifying requests from Slack"): secret, timestamp,
    // body and the signature Slack sent with them.
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String TIMESTAMP = "1531420618";
    static final String BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
            + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
            + "&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J"
            + "%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    static final String SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    static final Instant THEN = Instant.ofEpochSecond(1531420618 + 30);

    private static byte[] body(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void slacksPublishedExampleVerifies() {
        assertEquals(Verdict.VALID, new SlackSignature(SECRET).verify(TIMESTAMP, SIGNATURE, body(BODY), THEN));
    }

    @Test
    void aWrongSecretAnAlteredBodyOrAnAlteredSignatureIsRefused() {
        assertEquals(Verdict.MISMATCH,
                new SlackSignature(SECRET + "x").verify(TIMESTAMP, SIGNATURE, body(BODY), THEN));
        assertEquals(Verdict.MISMATCH, new SlackSignature(SECRET)
                .verify(TIMESTAMP, SIGNATURE, body(BODY.replace("text=", "text=http://evil.test")), THEN));
        assertEquals(Verdict.MISMATCH, new SlackSignature(SECRET)
                .verify(TIMESTAMP, SIGNATURE.replace("a2114", "a2115"), body(BODY), THEN));
        assertEquals(Verdict.MISMATCH, new SlackSignature(SECRET)
                .verify(TIMESTAMP, SIGNATURE.toUpperCase(), body(BODY), THEN));
        // The timestamp is signed too: moving it breaks the signature.
        assertEquals(Verdict.MISMATCH, new SlackSignature(SECRET)
                .verify("1531420619", SIGNATURE, body(BODY), THEN));
        assertEquals(Verdict.MISMATCH, new SlackSignature(SECRET).verify("soon", SIGNATURE, body(BODY), THEN));
    }

    @Test
    void timestampsMoreThanFiveMinutesAwayAreRefused() {
        SlackSignature s = new SlackSignature(SECRET);
        Instant sent = Instant.ofEpochSecond(1531420618);
        assertEquals(Verdict.VALID, s.verify(TIMESTAMP, SIGNATURE, body(BODY), sent.plusSeconds(300)));
        assertEquals(Verdict.STALE, s.verify(TIMESTAMP, SIGNATURE, body(BODY), sent.plusSeconds(301)));
        assertEquals(Verdict.STALE, s.verify(TIMESTAMP, SIGNATURE, body(BODY), sent.minusSeconds(301)));
    }

    @Test
    void missingHeadersAndAMissingSecretAreRefused() {
        SlackSignature s = new SlackSignature(SECRET);
        assertEquals(Verdict.MISSING, s.verify(null, SIGNATURE, body(BODY), THEN));
        assertEquals(Verdict.MISSING, s.verify(TIMESTAMP, "", body(BODY), THEN));
        assertEquals(Verdict.NOT_CONFIGURED, new SlackSignature(null).verify(TIMESTAMP, SIGNATURE, body(BODY), THEN));
        assertEquals(Verdict.NOT_CONFIGURED, new SlackSignature("  ").verify(TIMESTAMP, SIGNATURE, body(BODY), THEN));
        assertEquals(-1, s.toString().indexOf(SECRET));
    }
}
