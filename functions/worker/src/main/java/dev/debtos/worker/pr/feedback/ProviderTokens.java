package dev.debtos.worker.pr.feedback;

import dev.debtos.platform.config.Secret;
import java.util.Optional;
import java.util.UUID;

/**
 * The OAuth access token a user granted DEBT-OS for a provider ({@code github} | {@code gitlab}); empty when there
 * is none, and PR feedback is then skipped. The platform's encrypted token store is wired in here.
 */
@FunctionalInterface
public interface ProviderTokens {

    Optional<Secret> accessToken(UUID userId, String provider) throws Exception;

    static ProviderTokens none() {
        return (userId, provider) -> Optional.empty();
    }
}
