package dev.debtos.api.auth;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import dev.debtos.api.http.RequestContext;
import dev.debtos.platform.auth.oauth.OAuthStates;
import java.net.URI;
import java.util.Optional;

/**
 * The cookie that binds an OAuth state to the browser that started the sign-in: HttpOnly (no script reads it),
 * SameSite=Lax (sent on the provider's top-level redirect back, not on cross-site subrequests), scoped to the
 * callback path, Secure whenever the callback is https, and gone after ten minutes or the callback.
 */
final class OAuthCookie {
    static final String NAME = "debtos_oauth_state";

    private OAuthCookie() {
    }

    static String set(URI callback, String value) {
        return NAME + "=" + value + attributes(callback) + "; Max-Age=" + OAuthStates.LIFETIME.toSeconds();
    }

    static String clear(URI callback) {
        return NAME + "=" + attributes(callback) + "; Max-Age=0";
    }

    private static String attributes(URI callback) {
        String path = callback.getRawPath() == null || callback.getRawPath().isEmpty() ? "/" : callback.getRawPath();
        return "; Path=" + path + "; HttpOnly; SameSite=Lax" + ("https".equalsIgnoreCase(callback.getScheme()) ? "; Secure" : "");
    }

    /** The binding value the browser sent, if any. */
    static Optional<String> read(APIGatewayProxyRequestEvent request) {
        Optional<String> header = RequestContext.header(request, "Cookie");
        if (header.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : header.get().split("[;,]")) {
            String trimmed = pair.trim();
            if (trimmed.startsWith(NAME + "=")) {
                String value = trimmed.substring(NAME.length() + 1);
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
