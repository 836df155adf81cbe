package dev.debtos.local.server;

import static dev.debtos.local.server.ApiTestServer.JSON;
import static dev.debtos.local.server.ApiTestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository's {@code include}, {@code exclude} and {@code thresholds} settings, changed through the API, decide
 * what the next scan reads and reports, as {@code debt-os analyze --include --exclude --threshold} do.
 */
class RepositorySettingsScanIT {
    private static final String PRICING = "src/main/java/shop/Pricing.java";
    private static final String LEGACY = "legacy/Old.java";
    private static final String COMPLEXITY = "DEBT-COMPLEXITY-001";

    @TempDir
    Path temp;

    @Test
    void includeExcludeAndThresholdsDecideWhatTheNextScanReportsOn() throws Exception {
        try (var api = ApiTestServer.start()) {
            String token = api.login("settings");
            Path repository = Files.createTempDirectory(temp, "shop");
            try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
                commit(git, PRICING, complexClass("shop", "Pricing", 16));
                commit(git, LEGACY, "// TODO: delete once the old checkout is gone\n" + complexClass("legacy", "Old", 18));
            }
            var connected = api.call("POST", "/api/repos", "{\"provider\":\"local\",\"path\":\"" + repository + "\"}", token);
            assertThat(connected.statusCode()).as(connected.body()).isEqualTo(201);
            UUID id = UUID.fromString(json(connected).get("id").asText());

            JsonNode defaults = scan(api, id, token);
            assertThat(defaults.path("files").asInt()).isEqualTo(2);
            assertThat(paths(api, id, token, COMPLEXITY)).containsExactlyInAnyOrder(PRICING, LEGACY);

            patch(api, id, token, "{\"exclude\":[\"legacy/**\"],\"thresholds\":{\"cyclomatic\":40,\"cognitive\":60}}");
            JsonNode excluded = scan(api, id, token);
            assertThat(excluded.path("files").asInt()).as("legacy/ is not read").isEqualTo(1);
            assertThat(paths(api, id, token, null)).as("nothing open under legacy/").noneMatch(path -> path.startsWith("legacy/"));
            assertThat(paths(api, id, token, COMPLEXITY)).as("cyclomatic 17 is under a threshold of 40").isEmpty();

            patch(api, id, token, "{\"exclude\":null,\"thresholds\":null,\"include\":[\"legacy/**\"]}");
            JsonNode included = scan(api, id, token);
            assertThat(included.path("files").asInt()).as("only legacy/ is read").isEqualTo(1);
            assertThat(paths(api, id, token, COMPLEXITY)).containsExactly(LEGACY);
            assertThat(paths(api, id, token, null)).allMatch(path -> path.startsWith("legacy/"));
        }
    }

    private static void patch(ApiTestServer api, UUID id, String token, String settings) throws Exception {
        var patched = api.call("PATCH", "/api/repos/" + id + "/settings", settings, token);
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    }

    /** A manual scan of main, awaited; its stats. */
    private static JsonNode scan(ApiTestServer api, UUID id, String token) throws Exception {
        var requested = api.call("POST", "/api/repos/" + id + "/scans", "{\"branch\":\"main\"}", token);
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
        String scanId = json(requested).get("id").asText();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        JsonNode scan = json(api.call("GET", "/api/scans/" + scanId, null, token));
        while (!List.of("completed", "failed", "cancelled").contains(scan.path("status").asText()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            scan = json(api.call("GET", "/api/scans/" + scanId, null, token));
        }
        assertThat(scan.path("status").asText()).as(scan.toString()).isEqualTo("completed");
        return scan.path("stats");
    }

    /** The paths of the open items (of one rule, or all). */
    private static List<String> paths(ApiTestServer api, UUID id, String token, String ruleKey) throws Exception {
        var response = api.call("GET", "/api/repos/" + id + "/debt?status=open&limit=200", null, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> paths = new ArrayList<>();
        for (JsonNode item : JSON.readTree(response.body()).get("items")) {
            if (ruleKey == null || ruleKey.equals(item.get("ruleKey").asText())) {
                paths.add(item.get("path").asText());
            }
        }
        return paths;
    }

    private static String complexClass(String pkg, String name, int branches) {
        StringBuilder ifs = new StringBuilder();
        for (int i = 0; i < branches; i++) {
            ifs.append("        if (a > ").append(i).append(") { a--; }\n");
        }
        return "package " + pkg + ";\n\nclass " + name + " {\n    int price(int a) {\n" + ifs + "        return a;\n    }\n}\n";
    }

    private static void commit(Git git, String file, String content) throws Exception {
        Path target = git.getRepository().getWorkTree().toPath().resolve(file);
        Files.createDirectories(target.getParent());
        Files.writeString(target, content);
        git.add().addFilepattern(file).call();
        git.commit().setMessage("add " + file).setAuthor("Dev", "dev@example.com").setCommitter("Dev", "dev@example.com")
                .setSign(false).call();
    }
}
