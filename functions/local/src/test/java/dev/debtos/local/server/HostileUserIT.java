package dev.debtos.local.server;

import static dev.debtos.local.server.ApiTestServer.assertProblem;
import static dev.debtos.local.server.ApiTestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a hostile user tried that once got through: text PostgreSQL refuses (a 503 from the database instead of a 400),
 * and credentials of disabled or deleted users that kept working.
 */
class HostileUserIT {
    private static ApiTestServer api;
    private static LedgerFixtures fixtures;

    @BeforeAll
    static void start() throws Exception {
        api = ApiTestServer.start();
        fixtures = new LedgerFixtures(api.dataSource());
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    @Test
    void theNulCharacterIsA400NamingTheFieldOnEveryRouteThatTookIt() throws Exception {
        String token = api.login("nul");
        UUID repository = fixtures.repository(fixtures.userId("nul"), "nul/shop");
        UUID item = fixtures.seed(repository).get("i1");

        assertThat(badField(api.call("POST", "/api/api-keys", "{\"name\":\"a\\u0000b\",\"scopes\":[\"read\"]}", token))).isEqualTo("name");
        assertThat(badField(api.call("GET", "/api/repos/" + repository + "/debt?q=a%00b", null, token))).isEqualTo("q");
        assertThat(badField(api.call("POST", "/api/debt/" + item + "/feedback", "{\"verdict\":\"valid\",\"reason\":\"\\u0000\"}", token)))
                .isEqualTo("reason");
        assertThat(badField(api.call("PATCH", "/api/debt/" + item, "{\"status\":\"acknowledged\",\"note\":\"x\\u0000\"}", token)))
                .isEqualTo("note");
        assertThat(badField(api.call("PATCH", "/api/repos/" + repository + "/settings",
                "{\"exclude\":[\"ok\",\"\\u0000\"]}", token))).isEqualTo("exclude[1]");
        // an unpaired surrogate would reach the database as '?'
        assertThat(badField(api.call("POST", "/api/api-keys", "{\"name\":\"\\ud800\",\"scopes\":[\"read\"]}", token))).isEqualTo("name");
        assertThat(fixtures.count("SELECT count(*) FROM api_keys")).isZero();
        assertThat(fixtures.count("SELECT count(*) FROM debt_item_events WHERE debt_item_id = ? AND kind <> 'detected'", item)).isZero();
        // text outside the BMP is stored as it is
        var emoji = api.call("POST", "/api/api-keys", "{\"name\":\"ci \\ud83d\\ude80\",\"scopes\":[\"read\"]}", token);
        assertThat(emoji.statusCode()).as(emoji.body()).isEqualTo(201);
        assertThat(json(emoji).get("name").asText()).isEqualTo("ci \uD83D\uDE80");
    }

    @Test
    void aDisabledUsersTokensAndKeysAre401OnEveryRouteFromTheNextRequestAndTheLocalLoginRefusesThem() throws Exception {
        String token = api.login("mallory");
        var created = api.call("POST", "/api/api-keys", "{\"name\":\"ci\",\"scopes\":[\"read\",\"write\",\"admin\"]}", token);
        assertThat(created.statusCode()).isEqualTo(201);
        String key = json(created).get("key").asText();
        assertThat(api.call("GET", "/api/repos", null, token).statusCode()).isEqualTo(200);

        fixtures.update("UPDATE users SET disabled_at = now() WHERE id = ?", fixtures.userId("mallory"));

        for (String[] credential : new String[][] {{"Authorization", "Bearer " + token}, {"X-API-Key", key}}) {
            assertProblem(api.call("GET", "/api/repos", null, null, credential), 401);
            assertProblem(api.call("GET", "/api/auth/me", null, null, credential), 401);
            assertProblem(api.call("POST", "/api/repos", "{\"provider\":\"github\",\"fullName\":\"mallory/x\"}", null, credential), 401);
            assertProblem(api.call("POST", "/api/api-keys", "{\"name\":\"more\",\"scopes\":[\"read\"]}", null, credential), 401);
        }
        assertThat(fixtures.count("SELECT count(*) FROM api_keys k JOIN users u ON u.id = k.user_id WHERE u.email = 'mallory@localhost'"))
                .isEqualTo(1);
        assertThat(fixtures.count("SELECT count(*) FROM repositories r JOIN users u ON u.id = r.owner_id WHERE u.email = 'mallory@localhost'"))
                .isZero();
        assertProblem(api.call("POST", "/api/auth/local", "{\"login\":\"mallory\"}", null), 403);

        fixtures.update("UPDATE users SET disabled_at = NULL WHERE id = ?", fixtures.userId("mallory"));
        assertThat(api.call("GET", "/api/repos", null, token).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenWhoseUserNoLongerExistsIs401RatherThanAForeignKeyFailure() throws Exception {
        String token = api.login("ghost");
        fixtures.update("DELETE FROM users WHERE id = ?", fixtures.userId("ghost"));

        assertProblem(api.call("POST", "/api/api-keys", "{\"name\":\"ci\",\"scopes\":[\"read\"]}", token), 401);
        assertProblem(api.call("POST", "/api/repos", "{\"provider\":\"github\",\"fullName\":\"ghost/x\"}", token), 401);
        assertProblem(api.call("GET", "/api/repos", null, token), 401);
    }

    @Test
    void everyJsonRouteRejectsUnknownFieldsAndOtherContentTypesAndBodylessRoutesRejectInvalidJson() throws Exception {
        String token = api.login("strict");
        UUID repository = fixtures.repository(fixtures.userId("strict"), "strict/shop");
        UUID item = fixtures.seed(repository).get("i1");
        String vector = "[" + "0.1,".repeat(383) + "0.1]";

        assertThat(unknown(api.call("POST", "/api/auth/local", "{\"login\":\"strict\",\"admin\":true}", null))).isEqualTo("admin");
        assertThat(unknown(api.call("POST", "/api/auth/token", "{\"code\":\"abc\",\"user\":\"x\"}", null))).isEqualTo("user");
        assertThat(unknown(api.call("POST", "/api/api-keys", "{\"name\":\"ci\",\"scopes\":[\"read\"],\"owner\":\"x\"}", token)))
                .isEqualTo("owner");
        assertThat(unknown(api.call("POST", "/api/debt/" + item + "/feedback", "{\"verdict\":\"valid\",\"weight\":9}", token)))
                .isEqualTo("weight");
        assertThat(unknown(api.call("PATCH", "/api/debt/" + item, "{\"status\":\"acknowledged\",\"severity\":\"info\"}", token)))
                .isEqualTo("severity");
        assertThat(unknown(api.call("POST", "/api/embeddings/search",
                "{\"repoId\":\"" + repository + "\",\"vector\":" + vector + ",\"model\":\"x\"}", token))).isEqualTo("model");
        assertThat(fixtures.count("SELECT count(*) FROM debt_item_events WHERE debt_item_id = ? AND kind <> 'detected'", item)).isZero();

        var plain = api.call("POST", "/api/api-keys", "{\"name\":\"ci\",\"scopes\":[\"read\"]}", token, "Content-Type", "text/plain");
        assertProblem(plain, 415);
        assertProblem(api.call("PATCH", "/api/debt/" + item, "status=resolved", token,
                "Content-Type", "application/x-www-form-urlencoded"), 415);
        var vendorJson = api.call("PATCH", "/api/debt/" + item, "{\"status\":\"acknowledged\"}", token,
                "Content-Type", "application/merge-patch+json; charset=utf-8");
        assertThat(vendorJson.statusCode()).as(vendorJson.body()).isEqualTo(200);

        assertThat(assertProblem(api.call("POST", "/api/repos/" + repository + "/webhook-secret", "{oops", token), 400)
                .get("detail").asText()).startsWith("body:");
        assertThat(api.call("POST", "/api/repos/" + repository + "/webhook-secret", "{}", token).statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyOverTheLocalRuntimesLimitIsAProblemWithTheHeadersEveryAnswerCarries() throws Exception {
        var response = api.call("POST", "/api/webhooks/github", "{\"x\":\"" + "y".repeat(1024 * 1024) + "\"}", null);
        var problem = assertProblem(response, 413);
        assertThat(problem.get("requestId").asText()).isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(response.headers().map()).containsKeys("x-content-type-options", "content-security-policy", "cache-control",
                "strict-transport-security", "x-frame-options", "referrer-policy");
    }

    @Test
    void localDirectoriesAreConnectedOnlyUnderTheRootsAndNeverTheSystemsWithLinksResolved() throws Exception {
        String token = api.login("paths");
        java.nio.file.Path root = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        java.nio.file.Path inside = java.nio.file.Files.createTempDirectory(root, "hostile-repo");
        java.nio.file.Path link = inside.resolveSibling(inside.getFileName() + "-etc");
        java.nio.file.Files.createSymbolicLink(link, java.nio.file.Path.of("/etc"));
        try {
            for (String path : new String[] {"/etc", "/proc/self", "/root", "/usr/share", link.toString()}) {
                if (java.nio.file.Files.isDirectory(java.nio.file.Path.of(path))) {
                    var refused = api.call("POST", "/api/repos", "{\"provider\":\"local\",\"path\":\"" + path + "\"}", token);
                    assertThat(assertProblem(refused, 400).get("detail").asText()).as(path).startsWith("path: must ");
                }
            }
            var connected = api.call("POST", "/api/repos", "{\"provider\":\"local\",\"path\":\"" + inside + "\"}", token);
            assertThat(connected.statusCode()).as(connected.body()).isEqualTo(201);
            assertThat(fixtures.count("SELECT count(*) FROM repositories r JOIN users u ON u.id = r.owner_id WHERE u.email = 'paths@localhost'"))
                    .isEqualTo(1);
        } finally {
            java.nio.file.Files.deleteIfExists(link);
            java.nio.file.Files.deleteIfExists(inside);
        }
    }

    private static String unknown(java.net.http.HttpResponse<String> response) throws Exception {
        String detail = assertProblem(response, 400).get("detail").asText();
        assertThat(detail).contains("unknown field");
        return detail.substring(0, detail.indexOf(':'));
    }

    private static String badField(java.net.http.HttpResponse<String> response) throws Exception {
        String detail = assertProblem(response, 400).get("detail").asText();
        assertThat(detail).contains("U+0000");
        return detail.substring(0, detail.indexOf(':'));
    }
}
