package dev.precis.function.chat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Discord's interaction signature: Ed25519 over {@code X-Signature-Timestamp} followed by the raw
 * body, checked against the application's public key with the JDK's own Ed25519. A timestamp more
 * than five minutes away is refused too, so a captured request cannot be replayed later.
 */
public final class DiscordSignature {

    public static final Duration MAX_SKEW = Duration.ofMinutes(5);
    /** The DER prefix that turns Discord's 32 raw key bytes into an X.509 Ed25519 public key. */
    private static final byte[] X509_ED25519_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    public enum Verdict { VALID, MISSING, STALE, MISMATCH, NOT_CONFIGURED }

    private final PublicKey key;

    /** The application's public key in hex (the Developer Portal's "Public Key"); empty refuses everything. */
    public DiscordSignature(String publicKeyHex) {
        this.key = publicKeyHex == null || publicKeyHex.isBlank() ? null : parse(publicKeyHex.trim());
    }

    private static PublicKey parse(String hex) {
        try {
            byte[] raw = HexFormat.of().parseHex(hex);
            if (raw.length != 32) {
                throw new IllegalArgumentException("a Discord public key has 32 bytes, this one " + raw.length);
            }
            byte[] der = new byte[X509_ED25519_PREFIX.length + raw.length];
            System.arraycopy(X509_ED25519_PREFIX, 0, der, 0, X509_ED25519_PREFIX.length);
            System.arraycopy(raw, 0, der, X509_ED25519_PREFIX.length, raw.length);
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("precis.discord.public-key is not an Ed25519 public key", e);
        }
    }

    public Verdict verify(String timestamp, String signatureHex, byte[] rawBody, Instant now) {
        if (key == null) {
            return Verdict.NOT_CONFIGURED;
        }
        if (timestamp == null || signatureHex == null || timestamp.isBlank() || signatureHex.isBlank()) {
            return Verdict.MISSING;
        }
        long seconds;
        byte[] signature;
        try {
            seconds = Long.parseLong(timestamp.trim());
            signature = HexFormat.of().parseHex(signatureHex.trim());
        } catch (IllegalArgumentException e) {
            return Verdict.MISMATCH;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > MAX_SKEW.toSeconds()) {
            return Verdict.STALE;
        }
        try {
            Signature ed = Signature.getInstance("Ed25519");
            ed.initVerify(key);
            ed.update(timestamp.trim().getBytes(StandardCharsets.UTF_8));
            ed.update(rawBody);
            return ed.verify(signature) ? Verdict.VALID : Verdict.MISMATCH;
        } catch (java.security.SignatureException e) {
            // A signature of the wrong length or form is simply not a valid one.
            return Verdict.MISMATCH;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "DiscordSignature[" + (key == null ? "not configured" : "Ed25519") + "]";
    }
}
