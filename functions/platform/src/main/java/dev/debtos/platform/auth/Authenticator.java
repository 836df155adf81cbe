package dev.debtos.platform.auth;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Turns the credentials of a request ({@code Authorization: Bearer <jwt>} or {@code X-API-Key}) into a
 * {@link Caller}. The credential never appears in a result, an exception or a log line: outcomes carry a reason
 * written here.
 */
public final class Authenticator {
    private final JwtService jwt;
    private final TokenRevocations revocations;
    private final ApiKeyService apiKeys;

    public Authenticator(JwtService jwt, TokenRevocations revocations, ApiKeyService apiKeys) {
        this.jwt = jwt;
        this.revocations = revocations;
        this.apiKeys = apiKeys;
    }

    public sealed interface Outcome {
    }

    public record Authenticated(Caller caller) implements Outcome {
    }

    /** No credentials were presented. */
    public record Anonymous() implements Outcome {
    }

    public record Rejected(String reason) implements Outcome {
    }

    /** The credential could not be checked (database or, for tokens, Redis down). */
    public record Unavailable(String reason) implements Outcome {
    }

    public Outcome authenticate(Optional<String> authorization, Optional<String> apiKey) {
        if (authorization.isPresent() && apiKey.isPresent()) {
            return new Rejected("present either a bearer token or an API key, not both");
        }
        if (apiKey.isPresent()) {
            try {
                return new Authenticated(apiKeys.verify(apiKey.get().strip()));
            } catch (InvalidCredentialException e) {
                return new Rejected(e.getMessage());
            } catch (SQLException | RuntimeException e) {
                return new Unavailable("API keys cannot be checked right now");
            }
        }
        if (authorization.isEmpty()) {
            return new Anonymous();
        }
        String value = authorization.get().strip();
        if (value.length() < 8 || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return new Rejected("the Authorization header is not a bearer token");
        }
        Caller caller;
        try {
            caller = jwt.verify(value.substring(7).strip());
        } catch (InvalidCredentialException e) {
            return new Rejected(e.getMessage());
        }
        try {
            if (revocations.isRevoked(caller.tokenId().orElseThrow())) {
                return new Rejected("token has been revoked");
            }
        } catch (RuntimeException e) {
            return new Unavailable("token revocations cannot be checked right now");
        }
        return new Authenticated(caller);
    }
}
