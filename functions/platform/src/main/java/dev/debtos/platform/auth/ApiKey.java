package dev.debtos.platform.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** An API key as stored and listed: never its secret. {@code prefix} is the public part shown in the UI. */
public record ApiKey(UUID id, UUID userId, String name, String prefix, Set<Scope> scopes, Instant createdAt,
                     Optional<Instant> expiresAt, Optional<Instant> revokedAt, Optional<Instant> lastUsedAt) {
    public ApiKey {
        scopes = Set.copyOf(scopes);
    }
}
