package dev.debtos.platform.queue;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body of a scan-queue message: the scan id and nothing else. Everything else about the scan lives in its
 * database row, so a redelivered or stale message can never carry outdated instructions.
 */
public record ScanMessage(UUID scanId) {
    private static final Pattern BODY = Pattern.compile("\\s*\\{\\s*\"scanId\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"\\s*}\\s*");

    public String toJson() {
        return "{\"scanId\":\"" + scanId + "\"}";
    }

    /** @throws MalformedMessageException when the body is not exactly {"scanId":"<uuid>"} */
    public static ScanMessage fromJson(String body) {
        Matcher m = BODY.matcher(body == null ? "" : body);
        if (!m.matches()) {
            throw new MalformedMessageException("scan message body must be {\"scanId\":\"<uuid>\"}");
        }
        try {
            return new ScanMessage(UUID.fromString(m.group(1)));
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException("scan message carries an invalid scan id");
        }
    }
}
