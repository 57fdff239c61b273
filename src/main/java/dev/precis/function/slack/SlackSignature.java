package dev.precis.function.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signing, version 0: {@code v0=} and the hex HMAC-SHA256, keyed with the app's
 * signing secret, of {@code v0:<timestamp>:<raw body>}. Compared in constant time; a timestamp
 * more than five minutes from now is refused, so a captured request cannot be replayed later.
 */
public final class SlackSignature {

    /** Slack's own recommendation for the replay window. */
    public static final Duration MAX_SKEW = Duration.ofMinutes(5);

    public enum Verdict { VALID, MISSING, STALE, MISMATCH, NOT_CONFIGURED }

    private final SecretKeySpec key;

    /** An empty secret refuses every request rather than accepting unsigned ones. */
    public SlackSignature(String signingSecret) {
        this.key = signingSecret == null || signingSecret.isBlank() ? null
                : new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public Verdict verify(String timestamp, String signature, byte[] rawBody, Instant now) {
        if (key == null) {
            return Verdict.NOT_CONFIGURED;
        }
        if (timestamp == null || signature == null || timestamp.isBlank() || signature.isBlank()) {
            return Verdict.MISSING;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Verdict.MISMATCH;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > MAX_SKEW.toSeconds()) {
            return Verdict.STALE;
        }
        byte[] expected = ("v0=" + HexFormat.of().formatHex(mac(seconds, rawBody))).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.trim().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Verdict.VALID : Verdict.MISMATCH;
    }

    private byte[] mac(long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "SlackSignature[secret hidden]";
    }
}
