package dev.debtos.platform.scan;

import java.util.Set;
import java.util.UUID;

/** A scans row. {@code stats} is the row's jsonb as text; {@code prNumber} and {@code baseSha} only on PR scans. */
public record Scan(UUID id, UUID repositoryId, String status, String stage, int progress, String branch, String commitSha,
                   int attempt, String error, String stats, String trigger, String depth, String baseSha, Integer prNumber,
                   UUID requestedBy, java.time.Instant createdAt, java.time.Instant startedAt, java.time.Instant finishedAt) {
    public static final Set<String> ACTIVE = Set.of("queued", "cloning", "analyzing", "llm", "embedding");

    public boolean isFinal() {
        return !ACTIVE.contains(status);
    }
}
