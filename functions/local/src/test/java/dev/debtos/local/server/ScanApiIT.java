package dev.debtos.local.server;

import static dev.debtos.local.server.ApiTestServer.assertProblem;
import static dev.debtos.local.server.ApiTestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on the local runtime: a git repository with history (built with JGit) is connected through
 * {@code POST /api/repos} as a local repository, scanned through {@code POST .../scans}, run by the runtime's
 * worker, polled until completed, and its results and SARIF read; then validation, cancel and ownership.
 */
class ScanApiIT {
    @TempDir
    static Path temp;
    private static ApiTestServer api;
    private static String alice;
    private static String repositoryId;
    private static String head;
    private static JsonNode completed;

    @BeforeAll
    static void scanARepositoryWithHistory() throws Exception {
        Path directory = temp.resolve("billing");
        head = commitHistory(directory).name();
        api = ApiTestServer.start();
        alice = api.login("scan-alice");
        var repository = api.call("POST", "/api/repos", "{\"provider\":\"local\",\"path\":\"" + directory + "\"}", alice);
        assertThat(repository.statusCode()).as(repository.body()).isEqualTo(201);
        repositoryId = json(repository).get("id").asText();

        var requested = api.call("POST", "/api/repos/" + repositoryId + "/scans", "{\"depth\":\"standard\"}", alice);
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
        String scanId = json(requested).get("id").asText();
        assertThat(requested.headers().firstValue("Location")).hasValue("/api/scans/" + scanId);
        assertThat(json(requested).get("commitSha").asText()).isEqualTo(head);
        assertThat(json(requested).get("branch").asText()).isEqualTo("main");
        completed = awaitFinal(scanId);
    }

    @AfterAll
    static void stop() throws Exception {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void theRuntimesWorkerCompletesTheScanWithStatsAndTheRepositoryShowsIt() throws Exception {
        assertThat(completed.get("status").asText()).as(completed.toString()).isEqualTo("completed");
        assertThat(completed.get("progress").asInt()).isEqualTo(100);
        assertThat(completed.get("trigger").asText()).isEqualTo("manual");
        assertThat(completed.get("stats").get("files").asInt()).isEqualTo(2); // the two Java files; the README is not code
        assertThat(completed.get("stats").get("findings").asInt()).isPositive();
        assertThat(completed.get("finishedAt").isNull()).isFalse();
        assertThat(completed.get("error").isNull()).isTrue();

        JsonNode repository = json(api.call("GET", "/api/repos/" + repositoryId, null, alice));
        assertThat(repository.get("lastScan").get("id")).isEqualTo(completed.get("id"));
        assertThat(repository.get("lastScannedCommit").asText()).isEqualTo(head);
        JsonNode scans = json(api.call("GET", "/api/repos/" + repositoryId + "/scans", null, alice));
        assertThat(scans.get("total").asLong()).isEqualTo(1);
        assertThat(scans.get("items").get(0).get("id")).isEqualTo(completed.get("id"));
    }

    @Test
    void theResultsAreTheLedgerItemsTheScanSawInPagesAndTheSarifHasTheSameFindings() throws Exception {
        String scanId = completed.get("id").asText();
        JsonNode first = json(api.call("GET", "/api/scans/" + scanId + "/results?limit=2", null, alice));
        long total = first.get("total").asLong();
        assertThat(total).isPositive().isEqualTo(first.get("counts").get("new").asLong());
        assertThat(first.get("counts").get("resolved").asLong()).isZero();
        assertThat(first.get("items")).hasSize((int) Math.min(2, total));
        assertThat(first.get("scan").get("id").asText()).isEqualTo(scanId);

        Set<String> fingerprints = new HashSet<>();
        for (int offset = 0; offset < total; offset += 100) {
            for (JsonNode item : json(api.call("GET", "/api/scans/" + scanId + "/results?limit=100&offset=" + offset, null, alice)).get("items")) {
                assertThat(item.get("lastSeenScanId").asText()).isEqualTo(scanId);
                assertThat(item.get("status").asText()).isEqualTo("open");
                fingerprints.add(item.get("fingerprint").asText());
            }
        }
        assertThat(fingerprints).hasSize((int) total);

        var sarif = api.call("GET", "/api/scans/" + scanId + "/sarif", null, alice);
        assertThat(sarif.statusCode()).isEqualTo(200);
        assertThat(sarif.headers().firstValue("Content-Type")).hasValue("application/sarif+json");
        JsonNode log = json(sarif);
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = log.get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("rules").size()).isPositive();
        assertThat(run.get("properties").get("commit").asText()).isEqualTo(head);
        assertThat(run.get("properties").get("totalFindings").asLong()).isEqualTo(total);
        assertThat(run.get("automationDetails").get("id").asText()).startsWith("debt-os/").endsWith("/main");
        Set<String> sarifFingerprints = new HashSet<>();
        for (JsonNode result : run.get("results")) {
            assertThat(result.get("ruleId").asText()).isNotBlank();
            sarifFingerprints.add(result.get("partialFingerprints").get("debtOs/v1").asText());
        }
        assertThat(sarifFingerprints).isEqualTo(fingerprints);
    }

    @Test
    void aFinishedScanCannotBeCancelled() throws Exception {
        JsonNode problem = assertProblem(api.call("DELETE", "/api/scans/" + completed.get("id").asText(), null, alice), 409);
        assertThat(problem.get("detail").asText()).contains("finished");
        assertThat(json(api.call("GET", "/api/scans/" + completed.get("id").asText(), null, alice)).get("status").asText())
                .isEqualTo("completed");
    }

    @Test
    void eachMalformedScanRequestIsA400NamingTheFieldAndQueuesNothing() throws Exception {
        Map<String, String> cases = Map.of(
                "{\"depth\":\"deep\"}", "depth",
                "{\"depth\":1}", "depth",
                "{\"commitSha\":\"abc123\"}", "commitSha",
                "{\"commitSha\":\"" + "g".repeat(40) + "\"}", "commitSha",
                "{\"branch\":\"../etc\"}", "branch",
                "{\"branch\":\"no-such-branch\"}", "branch",
                "{\"branch\":true}", "branch",
                "{\"priority\":\"high\"}", "priority",
                "{broken", "body",
                "[]", "body");
        for (var entry : cases.entrySet()) {
            JsonNode problem = assertProblem(api.call("POST", "/api/repos/" + repositoryId + "/scans", entry.getKey(), alice), 400);
            assertThat(problem.get("detail").asText()).as(entry.getKey()).startsWith(entry.getValue() + ":");
        }
        assertThat(json(api.call("GET", "/api/repos/" + repositoryId + "/scans", null, alice)).get("total").asLong()).isEqualTo(1);
        for (String path : new String[] {"/api/scans/nope", "/api/scans/1/results", "/api/scans/x/sarif"}) {
            assertThat(assertProblem(api.call("GET", path, null, alice), 400).get("detail").asText()).startsWith("id:");
        }
        assertThat(assertProblem(api.call("GET", "/api/scans/" + completed.get("id").asText() + "/results?limit=500", null, alice), 400)
                .get("detail").asText()).startsWith("limit:");
    }

    @Test
    void anotherUsersScanIsA404OnEveryScanRoute() throws Exception {
        String bob = api.login("scan-bob");
        String scanId = completed.get("id").asText();
        String missing = UUID.randomUUID().toString();
        for (String id : new String[] {scanId, missing}) {
            for (String[] route : new String[][] {{"GET", "/api/scans/" + id}, {"GET", "/api/scans/" + id + "/results"},
                    {"GET", "/api/scans/" + id + "/sarif"}, {"DELETE", "/api/scans/" + id}}) {
                assertProblem(api.call(route[0], route[1], null, bob), 404);
            }
        }
        assertProblem(api.call("GET", "/api/repos/" + repositoryId + "/scans", null, bob), 404);
        assertProblem(api.call("POST", "/api/repos/" + repositoryId + "/scans", "{}", bob), 404);
        assertThat(json(api.call("GET", "/api/scans/" + scanId, null, alice)).get("status").asText()).isEqualTo("completed");
    }

    private static JsonNode awaitFinal(String scanId) throws Exception {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode scan = json(api.call("GET", "/api/scans/" + scanId, null, alice));
            if (Set.of("completed", "failed", "cancelled").contains(scan.get("status").asText())) {
                return scan;
            }
            Thread.sleep(200);
        }
        return fail("scan " + scanId + " did not finish within three minutes");
    }

    /** Three commits on main: a complex function, a TODO, then a second file that duplicates the first's logic. */
    private static RevCommit commitHistory(Path directory) throws Exception {
        try (Git git = Git.init().setDirectory(directory.toFile()).setInitialBranch("main").call()) {
            Path source = Files.createDirectories(directory.resolve("src"));
            Files.writeString(directory.resolve("README.md"), "# billing\n");
            Files.writeString(source.resolve("Invoice.java"), complexClass("Invoice", ""));
            commit(git, "invoices");
            Files.writeString(source.resolve("Invoice.java"), complexClass("Invoice", "        // TODO: this is a hack, remove it\n"));
            commit(git, "a shortcut");
            Files.writeString(source.resolve("Refund.java"), complexClass("Refund", ""));
            return commit(git, "refunds");
        }
    }

    private static RevCommit commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        return git.commit().setMessage(message).setAuthor("dev", "dev@example.com").setCommitter("dev", "dev@example.com")
                .setSign(false).call();
    }

    private static String complexClass(String name, String extra) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            body.append("        if (a > ").append(i).append(" && b < ").append(i).append(") {\n")
                    .append("            if (c == ").append(i).append(") { total += a * ").append(i).append("; } else { total -= b; }\n")
                    .append("        }\n");
        }
        return "package billing;\n\npublic class " + name + " {\n    public int compute(int a, int b, int c, int d, int e, int f, int g, int h) {\n"
                + "        int total = 0;\n" + extra + body + "        return total;\n    }\n}\n";
    }
}
