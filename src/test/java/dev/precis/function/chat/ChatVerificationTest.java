package dev.precis.function.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Discord's Ed25519 check and Mattermost's token check, one rule at a time. */
class ChatVerificationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T20:00:00Z");
    private static final byte[] BODY = "{\"type\":1}".getBytes(StandardCharsets.UTF_8);

    private static String rawPublicHex(KeyPair keys) {
        byte[] x509 = keys.getPublic().getEncoded();
        return HexFormat.of().formatHex(Arrays.copyOfRange(x509, x509.length - 32, x509.length));
    }

    private static String sign(KeyPair keys, String timestamp, byte[] body) throws Exception {
        Signature ed = Signature.getInstance("Ed25519");
        ed.initSign(keys.getPrivate());
        ed.update(timestamp.getBytes(StandardCharsets.UTF_8));
        ed.update(body);
        return HexFormat.of().formatHex(ed.sign());
    }

    @Test
    void discordSignaturesAreCheckedOverTimestampAndBody() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        DiscordSignature signature = new DiscordSignature(rawPublicHex(keys));
        String ts = String.valueOf(NOW.getEpochSecond());
        String good = sign(keys, ts, BODY);
        assertEquals(DiscordSignature.Verdict.VALID, signature.verify(ts, good, BODY, NOW));
        assertEquals(DiscordSignature.Verdict.MISMATCH, signature.verify(ts, good, "{\"type\":2}".getBytes(), NOW));
        assertEquals(DiscordSignature.Verdict.MISMATCH,
                signature.verify(String.valueOf(NOW.getEpochSecond() + 1), good, BODY, NOW));
        assertEquals(DiscordSignature.Verdict.MISMATCH, signature.verify(ts, "00" + good.substring(2), BODY, NOW));
        assertEquals(DiscordSignature.Verdict.MISMATCH, signature.verify(ts, "abc", BODY, NOW));
        assertEquals(DiscordSignature.Verdict.MISMATCH, signature.verify(ts, "not hex", BODY, NOW));
        assertEquals(DiscordSignature.Verdict.MISSING, signature.verify(null, good, BODY, NOW));
        String old = String.valueOf(NOW.getEpochSecond() - 301);
        assertEquals(DiscordSignature.Verdict.STALE, signature.verify(old, sign(keys, old, BODY), BODY, NOW));
        assertEquals(DiscordSignature.Verdict.NOT_CONFIGURED, new DiscordSignature("").verify(ts, good, BODY, NOW));
    }

    @Test
    void aMalformedDiscordKeyIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new DiscordSignature("abcd"));
        assertThrows(IllegalArgumentException.class, () -> new DiscordSignature("zz".repeat(32)));
        assertFalse(new DiscordSignature("").toString().contains("null"));
    }

    @Test
    void mattermostTokensMatchOnlyInFull() {
        MattermostToken token = new MattermostToken(List.of("first-token", " second-token "));
        assertTrue(token.matches("first-token"));
        assertTrue(token.matches("second-token"));
        assertFalse(token.matches("first-toke"));
        assertFalse(token.matches("first-tokenx"));
        assertFalse(token.matches(""));
        assertFalse(token.matches(null));
        MattermostToken none = new MattermostToken(List.of("", " "));
        assertFalse(none.configured());
        assertFalse(none.matches(""));
        assertFalse(token.toString().contains("first"), "tokens never reach a log line");
    }

    @Test
    void onlyPlainIdentifiersReachTheWebhookPath() {
        assertTrue(DiscordWebhook.usable("1180000000000000001", "aW50ZXJhY3Rpb246MTE4_-x.y"));
        assertFalse(DiscordWebhook.usable("118/../../x", "token"));
        assertFalse(DiscordWebhook.usable("1180000000000000001", "tok/../../en"));
        assertFalse(DiscordWebhook.usable("1180000000000000001", "tok?en=1"));
        assertFalse(DiscordWebhook.usable(null, "token"));
        assertFalse(DiscordWebhook.usable("1180000000000000001", ".."));
    }
}
