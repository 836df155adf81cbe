package dev.debtos.platform.auth;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Turns the credentials of a request ({@code Authorization: Bearer <jwt>} or {@code X-API-Key}) into a
 * {@link Caller}. The credential never appears in a result, an exception or a log line: outcomes carry a reason
 * written here. A credential stands for its user only while that user exists and is not disabled: the user is read
 * on every request, so disabling a user (or deleting one) locks out their tokens and API keys from the next request.
 */
public final class Authenticator {
    private final JwtService jwt;
    private final TokenRevocations revocations;
    private final ApiKeyService apiKeys;
    private final UserStore users;

    public Authenticator(JwtService jwt, TokenRevocations revocations, ApiKeyService apiKeys, UserStore users) {
        this.jwt = jwt;
        this.revocations = revocations;
        this.apiKeys = apiKeys;
        this.users = users;
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
                return activeUser(apiKeys.verify(apiKey.get().strip()));
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
        try {
            return activeUser(caller);
        } catch (SQLException | RuntimeException e) {
            return new Unavailable("the user cannot be checked right now");
        }
    }

    private Outcome activeUser(Caller caller) throws SQLException {
        if (users.findActive(caller.userId()).isEmpty()) {
            return new Rejected("the user is disabled or no longer exists");
        }
        return new Authenticated(caller);
    }
}
