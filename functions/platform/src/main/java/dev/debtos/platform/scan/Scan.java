package dev.debtos.platform.scan;

import java.util.UUID;

/**
 * A scans row. {@code stage} is null when the scan is not running; {@code stats} is the row's jsonb as text;
 * {@code prNumber} and {@code baseSha} only on PR scans.
 */
public record Scan(UUID id, UUID repositoryId, ScanStatus status, ScanStage stage, int progress, String branch,
                   String commitSha, int attempt, String error, String stats, String trigger, String depth, String baseSha,
                   Integer prNumber, UUID requestedBy, java.time.Instant createdAt, java.time.Instant startedAt,
                   java.time.Instant finishedAt) {

    public boolean isFinal() {
        return status.isFinal();
    }
}
