package dev.debtos.local.server;

import static dev.debtos.local.server.ApiTestServer.assertProblem;
import static dev.debtos.local.server.ApiTestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.debtos.platform.auth.JwtService;
import dev.debtos.platform.auth.OAuthIdentityStore;
import dev.debtos.platform.auth.Scope;
import dev.debtos.platform.auth.User;
import dev.debtos.platform.crypto.SecretBox;
import java.time.Clock;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository routes over HTTP on the local runtime: connect (with validation and duplicates), list, read,
 * settings, delete, sync against a local server that speaks GitHub's and GitLab's repository endpoints, scopes, and
 * user A's 404 on every route for user B's repository.
 */
class RepositoryApiIT {
    private static final String UPSTREAM_SECRET = "upstream-body-must-not-leak-7f3a";
    private static final List<String> UPSTREAM_REQUESTS = new CopyOnWriteArrayList<>();
    private static HttpServer provider;
    private static ApiTestServer api;

    @BeforeAll
    static void start() throws Exception {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            UPSTREAM_REQUESTS.add(exchange.getRequestMethod() + " " + path + " auth=" + (authorization == null ? "none" : authorization));
            var answer = switch (path) {
                case "/repos/octo/hello" -> Map.entry(200, "{\"full_name\":\"octo/hello\",\"default_branch\":\"develop\"}");
                case "/repos/octo/nobranch" -> Map.entry(200, "{\"default_branch\":\"../escape\"}");
                case "/repos/octo/broken" -> Map.entry(500, "{\"message\":\"" + UPSTREAM_SECRET + "\"}");
                case "/api/v4/projects/group%2Fsub%2Fproject" -> Map.entry(200, "{\"path_with_namespace\":\"group/sub/project\",\"default_branch\":\"trunk\"}");
                default -> Map.entry(404, "{\"message\":\"Not Found " + UPSTREAM_SECRET + "\"}");
            };
            byte[] body = answer.getValue().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.getKey(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        provider.start();
        String base = "http://127.0.0.1:" + provider.getAddress().getPort();
        api = ApiTestServer.start(Map.of("GITHUB_API_URL", base, "GITLAB_BASE_URL", base));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (api != null) {
                api.close();
            }
        } finally {
            provider.stop(0);
        }
    }

    @Test
    void aGitHubRepositoryIsConnectedByFullNameWithItsLocationAndAnAuditEntry() throws Exception {
        String token = api.login("repo-connect");
        var created = api.call("POST", "/api/repos", "{\"provider\":\"github\",\"fullName\":\"octo/hello\"}", token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode repository = json(created);
        String id = repository.get("id").asText();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/repos/" + id);
        assertThat(repository.get("provider").asText()).isEqualTo("github");
        assertThat(repository.get("cloneUrl").asText()).isEqualTo("https://github.com/octo/hello.git");
        assertThat(repository.get("defaultBranch").asText()).isEqualTo("main");
        assertThat(repository.get("settings").get("llmTokenBudget").asInt()).isEqualTo(30_000);
        assertThat(repository.get("settings").get("llm").asText()).isEqualTo("on");
        assertThat(repository.get("lastScan").isNull()).isTrue();

        var read = api.call("GET", "/api/repos/" + id, null, token);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read)).isEqualTo(repository);
        assertThat(auditActions(id)).contains("repository.connect");
    }

    @Test
    void aGitLabRepositoryIsConnectedByCloneUrlAndItsFullNameDerived() throws Exception {
        String token = api.login("repo-gitlab");
        String base = "http://127.0.0.1:" + provider.getAddress().getPort();
        var created = api.call("POST", "/api/repos", "{\"provider\":\"gitlab\",\"cloneUrl\":\"" + base + "/group/sub/project.git\"}", token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).get("fullName").asText()).isEqualTo("group/sub/project");
    }

    @Test
    void connectingTheSameRepositoryTwiceIsA409WhateverTheLetterCase() throws Exception {
        String token = api.login("repo-duplicate");
        assertThat(api.call("POST", "/api/repos", "{\"provider\":\"github\",\"fullName\":\"dup/repo\"}", token).statusCode()).isEqualTo(201);
        assertProblem(api.call("POST", "/api/repos", "{\"provider\":\"github\",\"fullName\":\"dup/repo\"}", token), 409);
        assertProblem(api.call("POST", "/api/repos", "{\"provider\":\"github\",\"cloneUrl\":\"https://github.com/Dup/Repo.git\"}", token), 409);
        // another user may connect the same repository: each has a ledger of their own
        assertThat(api.call("POST", "/api/repos", "{\"provider\":\"github\",\"fullName\":\"dup/repo\"}", api.login("repo-duplicate-2"))
                .statusCode()).isEqualTo(201);
    }

    @Test
    void eachMalformedConnectRequestIsA400NamingTheField(@TempDir Path temp) throws Exception {
        String token = api.login("repo-malformed");
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("{not json", "body");
        cases.put("[1,2]", "body");
        cases.put("{}", "provider");
        cases.put("{\"provider\":7,\"fullName\":\"a/b\"}", "provider");
        cases.put("{\"provider\":\"bitbucket\",\"fullName\":\"a/b\"}", "provider");
        cases.put("{\"provider\":\"github\"}", "fullName");
        cases.put("{\"provider\":\"github\",\"fullName\":[\"a/b\"]}", "fullName");
        cases.put("{\"provider\":\"github\",\"fullName\":\"a/b/c\"}", "fullName");
        cases.put("{\"provider\":\"github\",\"cloneUrl\":\"https://evil.example/a/b.git\"}", "cloneUrl");
        cases.put("{\"provider\":\"github\",\"cloneUrl\":\"https://x:y@github.com/a/b.git\"}", "cloneUrl");
        cases.put("{\"provider\":\"github\",\"cloneUrl\":\"http://github.com/a/b.git\"}", "cloneUrl");
        cases.put("{\"provider\":\"github\",\"fullName\":\"a/b\",\"cloneUrl\":\"https://github.com/a/c.git\"}", "cloneUrl");
        cases.put("{\"provider\":\"github\",\"fullName\":\"a/b\",\"owner\":\"me\"}", "owner");
        cases.put("{\"provider\":\"github\",\"fullName\":\"a/b\",\"path\":\"/tmp\"}", "path");
        cases.put("{\"provider\":\"local\"}", "path");
        cases.put("{\"provider\":\"local\",\"path\":\"relative/dir\"}", "path");
        cases.put("{\"provider\":\"local\",\"path\":\"" + temp.resolve("missing") + "\"}", "path");
        cases.put("{\"provider\":\"local\",\"path\":\"" + temp + "\",\"fullName\":\"local/x\"}", "fullName");
        for (var entry : cases.entrySet()) {
            JsonNode problem = assertProblem(api.call("POST", "/api/repos", entry.getKey(), token), 400);
            assertThat(problem.get("detail").asText()).as(entry.getKey()).startsWith(entry.getValue() + ":");
        }
        String huge = "{\"provider\":\"github\",\"fullName\":\"" + "a".repeat(70_000) + "\"}";
        assertProblem(api.call("POST", "/api/repos", huge, token), 413);
    }

    @Test
    void theListIsTheCallersOnlyNewestFirstInPagesWithTheTotal() throws Exception {
        String token = api.login("repo-list");
        List<String> ids = new ArrayList<>();
        for (String name : List.of("list/one", "list/two", "list/three")) {
            ids.add(json(api.call("POST", "/api/repos", "{\"provider\":\"github\",\"fullName\":\"" + name + "\"}", token)).get("id").asText());
        }
        api.call("POST", "/api/repos", "{\"provider\":\"github\",\"fullName\":\"list/other\"}", api.login("repo-list-other"));
        JsonNode first = json(api.call("GET", "/api/repos?limit=2", null, token));
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("limit").asInt()).isEqualTo(2);
        assertThat(first.get("items").findValuesAsText("id")).containsExactly(ids.get(2), ids.get(1));
        JsonNode second = json(api.call("GET", "/api/repos?limit=2&offset=2", null, token));
        assertThat(second.get("items").findValuesAsText("id")).containsExactly(ids.get(0));
        assertThat(json(api.call("GET", "/api/repos?offset=50", null, token)).get("total").asLong()).isEqualTo(3);
        for (String query : List.of("limit=0", "limit=101", "limit=abc", "offset=-1", "offset=1e3")) {
            JsonNode problem = assertProblem(api.call("GET", "/api/repos?" + query, null, token), 400);
            assertThat(problem.get("detail").asText()).startsWith(query.substring(0, query.indexOf('=')) + ":");
        }
    }

    @Test
    void settingsMergeKeyByKeyAreValidatedAndAudited() throws Exception {
        String token = api.login("repo-settings");
        String id = json(api.call("POST", "/api/repos", "{\"provider\":\"github\",\"fullName\":\"set/tings\"}", token)).get("id").asText();
        var patched = api.call("PATCH", "/api/repos/" + id + "/settings",
                "{\"autoScan\":false,\"exclude\":[\"vendor/**\"],\"schedule\":\"0 3 * * 1\",\"thresholds\":{\"cyclomatic\":15}}", token);
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        var again = api.call("PATCH", "/api/repos/" + id + "/settings", "{\"schedule\":null,\"llmTokenBudget\":1000}", token);
        JsonNode settings = json(again).get("settings");
        assertThat(settings.get("autoScan").asBoolean()).isFalse();
        assertThat(settings.get("scanOnPush").asBoolean()).isTrue();
        assertThat(settings.get("exclude").get(0).asText()).isEqualTo("vendor/**");
        assertThat(settings.get("schedule").isNull()).isTrue();
        assertThat(settings.get("llmTokenBudget").asInt()).isEqualTo(1000);
        assertThat(settings.get("thresholds").get("cyclomatic").asInt()).isEqualTo(15);
        assertThat(auditActions(id)).contains("repository.settings");

        Map<String, String> cases = Map.of(
                "{\"autoscan\":true,\"colour\":1}", "autoscan, colour",
                "{\"scanOnPr\":\"no\"}", "scanOnPr",
                "{\"include\":[\"src/[a\"]}", "include[0]",
                "{\"schedule\":\"every day\"}", "schedule",
                "{\"llmTokenBudget\":-5}", "llmTokenBudget",
                "{\"thresholds\":{\"cyclomatic\":0}}", "thresholds.cyclomatic",
                "{\"thresholds\":{\"made-up\":1}}", "thresholds.made-up",
                "[]", "body",
                "{oops", "body");
        for (var entry : cases.entrySet()) {
            JsonNode problem = assertProblem(api.call("PATCH", "/api/repos/" + id + "/settings", entry.getKey(), token), 400);
            assertThat(problem.get("detail").asText()).as(entry.getKey()).startsWith(entry.getValue() + ":");
        }
        assertThat(json(api.call("GET", "/api/repos/" + id, null, token)).get("settings")).isEqualTo(settings);
    }

    @Test
    void deletingARepositoryRemovesItsScansAndAnswers404Afterwards(@TempDir Path temp) throws Exception {
        String token = api.login("repo-delete");
        String id = json(api.call("POST", "/api/repos", "{\"provider\":\"github\",\"fullName\":\"del/ete\"}", token)).get("id").asText();
        try (Connection connection = api.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO scans (repository_id, trigger) VALUES (?, 'manual')")) {
            insert.setObject(1, UUID.fromString(id));
            insert.executeUpdate();
        }
        assertThat(api.call("DELETE", "/api/repos/" + id, null, token).statusCode()).isEqualTo(204);
        assertProblem(api.call("GET", "/api/repos/" + id, null, token), 404);
        assertProblem(api.call("DELETE", "/api/repos/" + id, null, token), 404);
        assertThat(count("SELECT count(*) FROM scans WHERE repository_id = ?", id)).isZero();
        assertThat(auditActions(id)).contains("repository.delete");
    }

    @Test
    void syncReadsTheDefaultBranchFromGitHubAndGitLab() throws Exception {
        String token = api.login("repo-sync");
        String github = json(api.call("POST", "/api/repos", "{\"provider\":\"github\",\"fullName\":\"octo/hello\"}", token)).get("id").asText();
        String gitlab = json(api.call("POST", "/api/repos", "{\"provider\":\"gitlab\",\"fullName\":\"group/sub/project\"}", token)).get("id").asText();
        var synced = api.call("POST", "/api/repos/" + github + "/sync", null, token);
        assertThat(synced.statusCode()).as(synced.body()).isEqualTo(200);
        assertThat(json(synced).get("defaultBranch").asText()).isEqualTo("develop");
        assertThat(json(api.call("POST", "/api/repos/" + gitlab + "/sync", null, token)).get("defaultBranch").asText()).isEqualTo("trunk");
        assertThat(json(api.call("GET", "/api/repos/" + github, null, token)).get("defaultBranch").asText()).isEqualTo("develop");
        assertThat(UPSTREAM_REQUESTS).contains("GET /repos/octo/hello auth=none", "GET /api/v4/projects/group%2Fsub%2Fproject auth=none");
    }

    @Test
    void syncSendsTheOwnersStoredOAuthToken() throws Exception {
        var identities = new OAuthIdentityStore(api.dataSource(), new SecretBox(api.config().requireDataEncryptionKey()));
        User user = identities.signIn(new OAuthIdentityStore.ProviderAccount("github", "4242", "octocat", Optional.empty(), false,
                Optional.empty(), Optional.empty(), "gho_sample_token_for_sync", List.of("repo")));
        String token = new JwtService(api.config().requireJwtSecret(), Duration.ofHours(1), Clock.systemUTC())
                .issue(user.id(), Set.of(Scope.READ, Scope.WRITE)).token();
        String id = json(api.call("POST", "/api/repos", "{\"provider\":\"github\",\"fullName\":\"octo/hello\"}", token)).get("id").asText();
        assertThat(api.call("POST", "/api/repos/" + id + "/sync", null, token).statusCode()).isEqualTo(200);
        assertThat(UPSTREAM_REQUESTS).contains("GET /repos/octo/hello auth=Bearer gho_sample_token_for_sync");
    }

    @Test
    void anUpstreamFailureIsA502ThatDoesNotPassTheUpstreamBodyOn() throws Exception {
        String token = api.login("repo-sync-fail");
        for (String name : List.of("octo/broken", "octo/missing", "octo/nobranch")) {
            String id = json(api.call("POST", "/api/repos", "{\"provider\":\"github\",\"fullName\":\"" + name + "\"}", token)).get("id").asText();
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.uri("/api/repos/" + id + "/sync"))
                    .POST(HttpRequest.BodyPublishers.noBody()).header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(name + ": " + response.body()).isEqualTo(502);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).doesNotContain(UPSTREAM_SECRET).doesNotContain("escape");
            assertThat(json(api.call("GET", "/api/repos/" + id, null, token)).get("defaultBranch").asText()).isEqualTo("main");
        }
    }

    @Test
    void aLocalRepositoryIsConnectedFromItsDirectoryAndSyncedFromItsGitHead(@TempDir Path temp) throws Exception {
        Path directory = temp.resolve("shop");
        try (Git git = Git.init().setDirectory(directory.toFile()).setInitialBranch("trunk").call()) {
            java.nio.file.Files.writeString(directory.resolve("README.md"), "# shop\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("first").setAuthor("dev", "dev@example.com").setCommitter("dev", "dev@example.com").setSign(false).call();
        }
        String token = api.login("repo-local");
        var created = api.call("POST", "/api/repos", "{\"provider\":\"local\",\"path\":\"" + directory + "\"}", token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode repository = json(created);
        assertThat(repository.get("fullName").asText()).isEqualTo("local/shop");
        assertThat(URI.create(repository.get("cloneUrl").asText()).getScheme()).isEqualTo("file");
        var synced = api.call("POST", "/api/repos/" + repository.get("id").asText() + "/sync", null, token);
        assertThat(synced.statusCode()).as(synced.body()).isEqualTo(200);
        assertThat(json(synced).get("defaultBranch").asText()).isEqualTo("trunk");
    }

    @Test
    void anotherUsersRepositoryIsA404OnEveryRouteAndMissingFromTheList() throws Exception {
        String owner = api.login("repo-owner-b");
        String intruder = api.login("repo-intruder-a");
        String id = json(api.call("POST", "/api/repos", "{\"provider\":\"github\",\"fullName\":\"octo/hello\"}", owner)).get("id").asText();
        String[][] routes = {
                {"GET", "/api/repos/" + id, null},
                {"PATCH", "/api/repos/" + id + "/settings", "{\"autoScan\":false}"},
                {"DELETE", "/api/repos/" + id, null},
                {"POST", "/api/repos/" + id + "/sync", null},
                {"POST", "/api/repos/" + id + "/scans", "{}"},
                {"GET", "/api/repos/" + id + "/scans", null}};
        for (String[] route : routes) {
            assertProblem(api.call(route[0], route[1], route[2], intruder), 404);
        }
        assertThat(json(api.call("GET", "/api/repos", null, intruder)).get("total").asLong()).isZero();
        JsonNode untouched = json(api.call("GET", "/api/repos/" + id, null, owner));
        assertThat(untouched.get("settings").get("autoScan").asBoolean()).isTrue();
        assertThat(count("SELECT count(*) FROM scans WHERE repository_id = ?", id)).isZero();
    }

    @Test
    void malformedIdsAre400sNamingTheId() throws Exception {
        String token = api.login("repo-bad-ids");
        for (String[] route : new String[][] {{"GET", "/api/repos/42"}, {"PATCH", "/api/repos/not-a-uuid/settings"},
                {"DELETE", "/api/repos/%27%20OR%201=1"}, {"POST", "/api/repos/123e4567-e89b-12d3-a456-42661417400/sync"},
                {"POST", "/api/repos/x/scans"}, {"GET", "/api/repos/x/scans"}}) {
            JsonNode problem = assertProblem(api.call(route[0], route[1], route[0].equals("GET") || route[0].equals("DELETE") ? null : "{}", token), 400);
            assertThat(problem.get("detail").asText()).as(route[1]).startsWith("id:");
        }
    }

    @Test
    void aReadKeyCannotConnectAndAWriteKeyCannotDelete() throws Exception {
        String token = api.login("repo-scopes");
        String id = json(api.call("POST", "/api/repos", "{\"provider\":\"github\",\"fullName\":\"sco/pes\"}", token)).get("id").asText();
        String readKey = json(api.call("POST", "/api/api-keys", "{\"name\":\"r\",\"scopes\":[\"read\"]}", token)).get("key").asText();
        String writeKey = json(api.call("POST", "/api/api-keys", "{\"name\":\"w\",\"scopes\":[\"write\"]}", token)).get("key").asText();
        assertProblem(api.call("POST", "/api/repos", "{\"provider\":\"github\",\"fullName\":\"sco/pes2\"}", null, "X-API-Key", readKey), 403);
        assertThat(api.call("GET", "/api/repos/" + id, null, null, "X-API-Key", readKey).statusCode()).isEqualTo(200);
        assertProblem(api.call("DELETE", "/api/repos/" + id, null, null, "X-API-Key", writeKey), 403);
        assertThat(api.call("PATCH", "/api/repos/" + id + "/settings", "{\"scanOnPr\":false}", null, "X-API-Key", writeKey).statusCode())
                .isEqualTo(200);
    }

    private static List<String> auditActions(String targetId) throws Exception {
        List<String> actions = new ArrayList<>();
        try (Connection connection = api.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT action FROM audit_log WHERE target_id = ? ORDER BY created_at")) {
            select.setString(1, targetId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
        }
        return actions;
    }

    private static long count(String sql, String id) throws Exception {
        try (Connection connection = api.dataSource().getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, UUID.fromString(id));
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
