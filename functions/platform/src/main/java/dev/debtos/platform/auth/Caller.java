package dev.debtos.platform.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who made a request, once authenticated.
 *
 * @param userId         the user the credential belongs to
 * @param scopes         what the credential may do
 * @param method         bearer token or API key
 * @param apiKeyId       the key's id when {@code method} is {@link Method#API_KEY}
 * @param tokenId        the token's {@code jti} when {@code method} is {@link Method#BEARER_TOKEN} (logout revokes it)
 * @param tokenExpiresAt the token's {@code exp}, for as long as its revocation must be remembered
 */
public record Caller(UUID userId, Set<Scope> scopes, Method method, Optional<UUID> apiKeyId,
                     Optional<String> tokenId, Optional<Instant> tokenExpiresAt) {
    public enum Method { BEARER_TOKEN, API_KEY }

    public Caller {
        scopes = Set.copyOf(scopes);
    }

    public boolean holds(Scope required) {
        return scopes.stream().anyMatch(s -> s.covers(required));
    }
}
