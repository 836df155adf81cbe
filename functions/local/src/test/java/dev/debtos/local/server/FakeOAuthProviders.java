package dev.debtos.local.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GitHub's and GitLab's OAuth and user endpoints on one local server, strict like the real ones: the authorize page
 * checks client id and redirect URI, the token endpoints check client id, secret, code (single use) and redirect
 * URI, the user endpoints want the bearer token they issued. GitHub lives at the root with its API under
 * {@code /api/v3} (an Enterprise Server layout), GitLab under {@code /gitlab} with its API under {@code /api/v4}.
 * Refusals carry {@link #UPSTREAM_MARKER} so tests can show no upstream body reaches our answers.
 */
final class FakeOAuthProviders implements AutoCloseable {
    static final String UPSTREAM_MARKER = "upstream-detail-7f3a";
    static final String GITHUB_ID = "gh-client-id";
    static final String GITHUB_SECRET = "gh-client-secret-value-123";
    static final String GITLAB_ID = "gl-client-id";
    static final String GITLAB_SECRET = "gl-client-secret-value-456";
    static final String GITHUB_CALLBACK = "http://127.0.0.1:1/api/auth/github/callback";
    static final String GITLAB_CALLBACK = "http://127.0.0.1:1/api/auth/gitlab/callback";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The account a browser signs in as at the provider. */
    record Account(long id, String login, String email) {
    }

    private final HttpServer server;
    private final Map<String, Account> codes = new ConcurrentHashMap<>();
    private final Map<String, Account> tokens = new ConcurrentHashMap<>();
    final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();
    volatile Account current = new Account(1001, "octo", "octo@example.com");
    volatile boolean failTokenEndpoint;

    FakeOAuthProviders() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/login/oauth/authorize", ex -> authorize(ex, GITHUB_ID, GITHUB_CALLBACK, null));
        server.createContext("/login/oauth/access_token", ex -> token(ex, GITHUB_ID, GITHUB_SECRET, GITHUB_CALLBACK, true));
        server.createContext("/api/v3/user", ex -> user(ex, true));
        server.createContext("/gitlab/oauth/authorize", ex -> authorize(ex, GITLAB_ID, GITLAB_CALLBACK, "code"));
        server.createContext("/gitlab/oauth/token", ex -> token(ex, GITLAB_ID, GITLAB_SECRET, GITLAB_CALLBACK, false));
        server.createContext("/gitlab/api/v4/user", ex -> user(ex, false));
        server.start();
    }

    String githubBase() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String gitlabBase() {
        return githubBase() + "/gitlab";
    }

    private void authorize(HttpExchange ex, String clientId, String callback, String responseType) throws IOException {
        Map<String, String> query = parse(ex.getRequestURI().getRawQuery());
        if (!clientId.equals(query.get("client_id")) || !callback.equals(query.get("redirect_uri")) || query.get("state") == null
                || (responseType != null && !responseType.equals(query.get("response_type")))) {
            send(ex, 400, Map.of("error", "invalid_request", "detail", UPSTREAM_MARKER));
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, current);
        ex.getResponseHeaders().set("Location", callback + "?code=" + code + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private void token(HttpExchange ex, String clientId, String secret, String callback, boolean github) throws IOException {
        Map<String, String> form = parse(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (failTokenEndpoint) {
            send(ex, 500, Map.of("message", UPSTREAM_MARKER));
            return;
        }
        boolean wantsJson = ex.getRequestHeaders().getFirst("Accept") != null && ex.getRequestHeaders().getFirst("Accept").contains("json");
        Account account = codes.remove(form.getOrDefault("code", ""));
        boolean valid = wantsJson && "POST".equals(ex.getRequestMethod()) && clientId.equals(form.get("client_id"))
                && secret.equals(form.get("client_secret")) && callback.equals(form.get("redirect_uri")) && account != null
                && (github || "authorization_code".equals(form.get("grant_type")));
        if (!valid) {
            // GitHub answers 200 with an error object; GitLab answers 400
            send(ex, github ? 200 : 400, Map.of("error", github ? "bad_verification_code" : "invalid_grant",
                    "error_description", "The code is incorrect or expired " + UPSTREAM_MARKER));
            return;
        }
        String token = (github ? "gho_" : "glpat-") + UUID.randomUUID().toString().replace("-", "");
        tokens.put(token, account);
        issuedTokens.add(token);
        send(ex, 200, github ? Map.of("access_token", token, "token_type", "bearer", "scope", "read:user,user:email,repo")
                : Map.of("access_token", token, "token_type", "Bearer", "expires_in", 7200, "scope", "read_user read_repository api"));
    }

    private void user(HttpExchange ex, boolean github) throws IOException {
        String authorization = ex.getRequestHeaders().getFirst("Authorization");
        Account account = authorization == null ? null : tokens.get(authorization.replaceFirst("^Bearer ", ""));
        if (account == null) {
            send(ex, 401, Map.of("message", "Bad credentials " + UPSTREAM_MARKER));
            return;
        }
        String path = ex.getRequestURI().getPath();
        if (github && path.equals("/api/v3/user/emails")) {
            send(ex, 200, List.of(Map.of("email", "secondary@example.com", "primary", false, "verified", true),
                    Map.of("email", account.email(), "primary", true, "verified", true)));
            return;
        }
        Map<String, Object> user = new HashMap<>(Map.of("id", account.id(), "name", "Name of " + account.login(),
                "avatar_url", "https://avatars.example.com/" + account.id()));
        user.put(github ? "login" : "username", account.login());
        if (!github) {
            user.put("email", account.email());
            user.put("confirmed_at", "2024-01-01T00:00:00Z");
        }
        send(ex, 200, user);
    }

    private static void send(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (var out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    static Map<String, String> parse(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    static URI location(java.net.http.HttpResponse<?> response) {
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
