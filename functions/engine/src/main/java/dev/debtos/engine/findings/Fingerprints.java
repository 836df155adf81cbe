package dev.debtos.engine.findings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Finding identities that survive line moves and unrelated edits: a SHA-256 over the rule key, the path and
 * the region's identity in normalised form (whitespace collapsed) — a function's name and arity, a comment's
 * text, a clone's normalised tokens — never line numbers. 32 hex characters (128 bits).
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static String of(String ruleKey, String path, String region) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sha.update(ruleKey.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(path.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(normalise(region).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
