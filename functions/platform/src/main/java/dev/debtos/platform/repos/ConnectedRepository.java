package dev.debtos.platform.repos;

import dev.debtos.platform.scan.Repository;
import java.time.Instant;
import java.util.UUID;

/** A repositories row as the API shows it to its owner ({@code settingsJson} is the stored jsonb, set keys only). */
public record ConnectedRepository(UUID id, UUID ownerId, String provider, String fullName, String cloneUrl,
                                  String defaultBranch, String settingsJson, String lastScannedCommit,
                                  Instant lastScannedAt, Instant createdAt, Instant updatedAt) {

    /** The worker's view of the same row (its local path, provider and clone URL). */
    public Repository asRepository() {
        return new Repository(id, ownerId, provider, fullName, cloneUrl, defaultBranch);
    }
}
