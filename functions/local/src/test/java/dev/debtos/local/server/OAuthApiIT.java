package dev.debtos.local.server;

import static dev.debtos.local.server.ApiTestServer.assertProblem;
import static dev.debtos.local.server.ApiTestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.platform.auth.OAuthTokens;
import dev.debtos.platform.crypto.SecretBox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GitHub and GitLab sign-in end to end: the local runtime against {@link FakeOAuthProviders}. Every provider token,
 * login code and bearer token seen is remembered; none may appear in a URL we produce or in the captured logs.
 */
class OAuthApiIT {
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final ByteArrayOutputStream LOGS = new ByteArrayOutputStream();
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
    private static final String FRONTEND = "http://localhost:3000/app";
    private static PrintStream originalOut;
    private static PrintStream originalErr;
    private static FakeOAuthProviders providers;
    private static ApiTestServer api;

    @BeforeAll
    static void start() throws Exception {
        originalOut = System.out;
        originalErr = System.err;
        PrintStream tee = new PrintStream(new Tee(originalOut), true, StandardCharsets.UTF_8);
        System.setOut(tee);
        System.setErr(tee);
        providers = new FakeOAuthProviders();
        api = ApiTestServer.start(Map.of(
                "GITHUB_CLIENT_ID", FakeOAuthProviders.GITHUB_ID, "GITHUB_CLIENT_SECRET", FakeOAuthProviders.GITHUB_SECRET,
                "GITHUB_CALLBACK_URL", FakeOAuthProviders.GITHUB_CALLBACK, "GITHUB_BASE_URL", providers.githubBase(),
                "GITLAB_CLIENT_ID", FakeOAuthProviders.GITLAB_ID, "GITLAB_CLIENT_SECRET", FakeOAuthProviders.GITLAB_SECRET,
                "GITLAB_CALLBACK_URL", FakeOAuthProviders.GITLAB_CALLBACK, "GITLAB_BASE_URL", providers.gitlabBase(),
                "FRONTEND_URL", FRONTEND));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (api != null) {
                api.close();
            }
            if (providers != null) {
                providers.close();
            }
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        SECRETS.addAll(providers.issuedTokens);
        String logs = LOGS.toString(StandardCharsets.UTF_8);
        assertThat(SECRETS).isNotEmpty();
        for (String secret : SECRETS) {
            assertThat(logs).as("a token reached the log").doesNotContain(secret);
        }
        assertThat(logs).doesNotContain(FakeOAuthProviders.GITHUB_SECRET).doesNotContain(FakeOAuthProviders.UPSTREAM_MARKER);
    }

    /** What a browser holds after the provider sent it back: our callback's path and query, and the cookie. */
    private record Returned(String callback, String cookie) {
    }

    private static Returned authorizeAt(String provider) throws Exception {
        var start = api.call("GET", "/api/auth/" + provider, null, null);
        assertThat(start.statusCode()).isEqualTo(302);
        URI authorize = FakeOAuthProviders.location(start);
        String cookie = start.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/api/auth/" + provider + "/callback", "Max-Age=600");
        var atProvider = BROWSER.send(HttpRequest.newBuilder(authorize).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(atProvider.statusCode()).as(atProvider.body()).isEqualTo(302);
        URI back = FakeOAuthProviders.location(atProvider);
        return new Returned(back.getRawPath() + "?" + back.getRawQuery(), cookie.substring(0, cookie.indexOf(';')));
    }

    /** The whole sign-in; returns our bearer token. */
    private static String signIn(String provider) throws Exception {
        Returned returned = authorizeAt(provider);
        var callback = api.call("GET", returned.callback(), null, null, "Cookie", returned.cookie());
        assertThat(callback.statusCode()).as(callback.body()).isEqualTo(302);
        String landing = FakeOAuthProviders.location(callback).toString();
        assertThat(landing).startsWith(FRONTEND + "#login_code=");
        assertThat(callback.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
        String code = landing.substring(landing.indexOf('=') + 1);
        SECRETS.add(code);
        var token = api.call("POST", "/api/auth/token", "{\"code\":\"" + code + "\"}", null);
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        String bearer = json(token).get("token").asText();
        SECRETS.add(bearer);
        assertThat(landing).doesNotContain(bearer);
        providers.issuedTokens.forEach(t -> assertThat(landing).doesNotContain(t));
        return bearer;
    }

    private static String me(String bearer) throws Exception {
        var me = api.call("GET", "/api/auth/me", null, bearer);
        assertThat(me.statusCode()).isEqualTo(200);
        return me.body();
    }

    @Test
    void gitHubSignInShowsTheUserAndASecondSignInIsTheSameUser() throws Exception {
        providers.current = new FakeOAuthProviders.Account(2001, "octocat", "octocat@example.com");
        String first = me(signIn("github"));
        assertThat(first).contains("octocat@example.com");
        String second = me(signIn("github"));
        assertThat(second(second).get("id")).isEqualTo(second(first).get("id"));
        UUID userId = UUID.fromString(second(first).get("id").asText());
        String stored = new OAuthTokens(api.dataSource(), new SecretBox(api.config().requireDataEncryptionKey()))
                .accessToken(userId, "github").orElseThrow();
        assertThat(stored).startsWith("gho_").isIn(providers.issuedTokens);
        try (var connection = api.dataSource().getConnection();
             var select = connection.prepareStatement("SELECT count(*), min(provider_login), bool_and(position(convert_to(?, 'UTF8') in access_token_encrypted) = 0)"
                     + " FROM oauth_identities WHERE provider = 'github' AND provider_user_id = '2001'")) {
            select.setString(1, stored);
            try (var row = select.executeQuery()) {
                row.next();
                assertThat(row.getInt(1)).isEqualTo(1);
                assertThat(row.getString(2)).isEqualTo("octocat");
                assertThat(row.getBoolean(3)).as("token stored encrypted").isTrue();
            }
        }
        assertThat(audit("auth.oauth", true)).isGreaterThanOrEqualTo(2);
    }

    private static com.fasterxml.jackson.databind.JsonNode second(String body) throws Exception {
        return ApiTestServer.JSON.readTree(body);
    }

    @Test
    void gitLabSignInWorksAndJoinsTheUserWithTheSameVerifiedEmail() throws Exception {
        providers.current = new FakeOAuthProviders.Account(3001, "tanuki", "tanuki@example.com");
        String viaGitHub = me(signIn("github"));
        providers.current = new FakeOAuthProviders.Account(9001, "tanuki-gl", "tanuki@example.com");
        String viaGitLab = me(signIn("gitlab"));
        assertThat(second(viaGitLab).get("id")).isEqualTo(second(viaGitHub).get("id"));
        UUID userId = UUID.fromString(second(viaGitLab).get("id").asText());
        var tokens = new OAuthTokens(api.dataSource(), new SecretBox(api.config().requireDataEncryptionKey()));
        assertThat(tokens.accessToken(userId, "gitlab")).get().asString().startsWith("glpat-");
    }

    @Test
    void aReusedStateIsRejected() throws Exception {
        Returned returned = authorizeAt("github");
        assertThat(api.call("GET", returned.callback(), null, null, "Cookie", returned.cookie()).statusCode()).isEqualTo(302);
        var replay = api.call("GET", returned.callback(), null, null, "Cookie", returned.cookie());
        assertThat(assertProblem(replay, 400).get("detail").asText()).startsWith("state:");
    }

    @Test
    void aStateWithoutItsBrowserCookieOrAnotherBrowsersCookieIsRejectedAndSpent() throws Exception {
        Returned victim = authorizeAt("github");
        Returned attacker = authorizeAt("github");
        assertProblem(api.call("GET", victim.callback(), null, null), 400);
        assertProblem(api.call("GET", attacker.callback(), null, null, "Cookie", victim.cookie()), 400);
        // both states were spent by the failed attempts, even with the right cookie now
        assertProblem(api.call("GET", attacker.callback(), null, null, "Cookie", attacker.cookie()), 400);
        assertProblem(api.call("GET", "/api/auth/github/callback?code=x&state=never-issued", null, null, "Cookie", victim.cookie()), 400);
        assertProblem(api.call("GET", "/api/auth/github/callback?code=x", null, null), 400);
        // a GitHub state is no GitLab state
        Returned github = authorizeAt("github");
        String asGitLab = github.callback().replace("/api/auth/github/", "/api/auth/gitlab/");
        assertProblem(api.call("GET", asGitLab, null, null, "Cookie", github.cookie()), 400);
        assertThat(audit("auth.oauth", false)).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aCodeTheProviderRefusesIs401WithoutTheUpstreamBody() throws Exception {
        for (String provider : List.of("github", "gitlab")) {
            Returned returned = authorizeAt(provider);
            String forged = returned.callback().replaceFirst("code=[^&]+", "code=forged-code");
            var refused = api.call("GET", forged, null, null, "Cookie", returned.cookie());
            assertProblem(refused, 401);
            assertThat(refused.body()).doesNotContain(FakeOAuthProviders.UPSTREAM_MARKER).doesNotContain("forged-code");
        }
    }

    @Test
    void aFailingProviderIs502WithoutTheUpstreamBody() throws Exception {
        Returned returned = authorizeAt("github");
        providers.failTokenEndpoint = true;
        try {
            var failed = BROWSER.send(HttpRequest.newBuilder(api.uri(returned.callback())).header("Cookie", returned.cookie()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(failed.statusCode()).isEqualTo(502);
            assertThat(failed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(failed.body()).doesNotContain(FakeOAuthProviders.UPSTREAM_MARKER);
        } finally {
            providers.failTokenEndpoint = false;
        }
    }

    @Test
    void aLoginCodeWorksOnce() throws Exception {
        Returned returned = authorizeAt("gitlab");
        var callback = api.call("GET", returned.callback(), null, null, "Cookie", returned.cookie());
        String landing = FakeOAuthProviders.location(callback).toString();
        String code = landing.substring(landing.indexOf('=') + 1);
        SECRETS.add(code);
        var first = api.call("POST", "/api/auth/token", "{\"code\":\"" + code + "\"}", null);
        assertThat(first.statusCode()).isEqualTo(200);
        SECRETS.add(json(first).get("token").asText());
        var again = api.call("POST", "/api/auth/token", "{\"code\":\"" + code + "\"}", null);
        assertThat(assertProblem(again, 400).get("detail").asText()).contains("code");
        assertProblem(api.call("POST", "/api/auth/token", "{\"code\":42}", null), 400);
    }

    @Test
    void anUnconfiguredProviderIs404AndTheSignInOptionsSaySo() throws Exception {
        var configured = api.call("GET", "/api/auth/providers", null, null);
        assertThat(configured.statusCode()).isEqualTo(200);
        assertThat(json(configured)).isEqualTo(ApiTestServer.JSON.readTree("{\"local\":true,\"github\":true,\"gitlab\":true}"));
        try (var plain = ApiTestServer.start()) {
            for (String path : List.of("/api/auth/github", "/api/auth/github/callback?code=a&state=b", "/api/auth/gitlab",
                    "/api/auth/gitlab/callback")) {
                assertProblem(plain.call("GET", path, null, null), 404);
            }
            var local = plain.call("GET", "/api/auth/providers", null, null);
            assertThat(json(local)).isEqualTo(ApiTestServer.JSON.readTree("{\"local\":true,\"github\":false,\"gitlab\":false}"));
        }
    }

    private static int audit(String action, boolean success) throws Exception {
        try (var connection = api.dataSource().getConnection();
             var select = connection.prepareStatement("SELECT count(*) FROM audit_log WHERE action = ? AND success = ?")) {
            select.setString(1, action);
            select.setBoolean(2, success);
            try (var row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static final class Tee extends java.io.OutputStream {
        private final PrintStream original;

        Tee(PrintStream original) {
            this.original = original;
        }

        @Override
        public synchronized void write(int b) {
            original.write(b);
            LOGS.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            original.write(bytes, offset, length);
            LOGS.write(bytes, offset, length);
        }
    }
}
