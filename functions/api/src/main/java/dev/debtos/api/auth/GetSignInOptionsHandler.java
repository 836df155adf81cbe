package dev.debtos.api.auth;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.contract.Schema;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.config.Profile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/auth/providers}: which ways to sign in this API offers, so a sign-in page shows exactly those:
 * {@code local} (the local profile's {@code POST /api/auth/local}), {@code github} and {@code gitlab} (their OAuth
 * client variables are set). Public; says nothing about any user.
 */
public final class GetSignInOptionsHandler implements CallerHandler {
    static final Schema SCHEMA = Schema.object()
            .required("local", Schema.bool().describe("POST /api/auth/local signs in by name (the local profile only)"))
            .required("github", Schema.bool().describe("GET /api/auth/github starts a GitHub sign-in"))
            .required("gitlab", Schema.bool().describe("GET /api/auth/gitlab starts a GitLab sign-in"))
            .named("SignInOptions");
    private final String body;

    public GetSignInOptionsHandler(AppConfig config) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("local", config.profile() == Profile.LOCAL);
        options.put("github", config.github().isPresent());
        options.put("gitlab", config.gitlab().isPresent());
        this.body = ApiResponses.write(options);
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller ignored) {
        return ApiResponses.rawJson(200, body);
    }
}
