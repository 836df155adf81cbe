package dev.debtos.platform.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Verification of webhook deliveries, in constant time ({@link MessageDigest#isEqual}). */
public final class WebhookSignatures {
    private static final String GITHUB_PREFIX = "sha256=";

    private WebhookSignatures() {
    }

    /** GitHub: {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body under the secret>}. */
    public static boolean gitHubSignatureValid(byte[] rawBody, String header, String secret) {
        if (header == null || !header.startsWith(GITHUB_PREFIX) || secret == null || secret.isEmpty()) {
            return false;
        }
        byte[] expected = HexFormat.of().formatHex(hmacSha256(secret, rawBody)).getBytes(StandardCharsets.US_ASCII);
        byte[] given = header.substring(GITHUB_PREFIX.length()).toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    /**
     * GitLab: {@code X-Gitlab-Token} carries the secret itself. Both sides are hashed first so the comparison takes
     * the same time whatever the given token's length.
     */
    public static boolean gitLabTokenValid(String header, String secret) {
        if (header == null || secret == null || secret.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(sha256(header), sha256(secret));
    }

    public static byte[] hmacSha256(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable in this JVM", e);
        }
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
