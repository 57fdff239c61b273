package dev.precis.function.chat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Mattermost's slash-command token, compared in constant time: every configured token is compared
 * in full (one per command, so several commands can share a function), and the answer does not
 * depend on where a guess first differs.
 */
public final class MattermostToken {

    private final List<byte[]> tokens;

    /** No tokens refuses every request rather than accepting unauthenticated ones. */
    public MattermostToken(List<String> tokens) {
        this.tokens = tokens.stream().map(String::strip).filter(t -> !t.isEmpty())
                .map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    }

    public boolean configured() {
        return !tokens.isEmpty();
    }

    public boolean matches(String given) {
        if (given == null || given.isEmpty()) {
            return false;
        }
        byte[] g = given.getBytes(StandardCharsets.UTF_8);
        boolean ok = false;
        for (byte[] t : tokens) {
            // No short-circuit: each token costs the same comparison whether or not one matched.
            ok |= MessageDigest.isEqual(t, g);
        }
        return ok;
    }

    @Override
    public String toString() {
        return "MattermostToken[" + tokens.size() + " hidden]";
    }
}
