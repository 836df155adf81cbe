package dev.debtos.platform.queue;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body of an embedding-queue message: the batch id and nothing else. The batch's chunks, model and deadline live
 * in its {@code embedding_batches} row, so a redelivered or stale message can never carry outdated work.
 */
public record EmbeddingBatchMessage(UUID batchId) {
    private static final Pattern BODY = Pattern.compile("\\s*\\{\\s*\"batchId\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"\\s*}\\s*");

    public String toJson() {
        return "{\"batchId\":\"" + batchId + "\"}";
    }

    /** @throws MalformedMessageException when the body is not exactly {"batchId":"<uuid>"} */
    public static EmbeddingBatchMessage fromJson(String body) {
        Matcher m = BODY.matcher(body == null ? "" : body);
        if (!m.matches()) {
            throw new MalformedMessageException("embedding batch message body must be {\"batchId\":\"<uuid>\"}");
        }
        try {
            return new EmbeddingBatchMessage(UUID.fromString(m.group(1)));
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException("embedding batch message carries an invalid batch id");
        }
    }
}
