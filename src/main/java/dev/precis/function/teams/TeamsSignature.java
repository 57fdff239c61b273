package dev.precis.function.teams;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A Microsoft Teams outgoing webhook's signature: {@code Authorization: HMAC <base64>}, the
 * HMAC-SHA256 of the raw body keyed with the webhook's security token (which Teams shows base64
 * encoded; the key is its decoded bytes). Compared in constant time.
 */
public final class TeamsSignature {

    public enum Verdict { VALID, MISSING, MISMATCH, NOT_CONFIGURED }

    private final SecretKeySpec key;

    /** The security token Teams showed when the webhook was created; empty refuses every request. */
    public TeamsSignature(String securityToken) {
        if (securityToken == null || securityToken.isBlank()) {
            this.key = null;
        } else {
            try {
                this.key = new SecretKeySpec(Base64.getDecoder().decode(securityToken.strip()), "HmacSHA256");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("precis.teams.security-token is not base64", e);
            }
        }
    }

    public Verdict verify(String authorization, byte[] rawBody) {
        if (key == null) {
            return Verdict.NOT_CONFIGURED;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "HMAC ", 0, 5)) {
            return Verdict.MISSING;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(authorization.substring(5).strip());
        } catch (IllegalArgumentException e) {
            return Verdict.MISMATCH;
        }
        return MessageDigest.isEqual(mac(rawBody), given) ? Verdict.VALID : Verdict.MISMATCH;
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "TeamsSignature[token hidden]";
    }
}
