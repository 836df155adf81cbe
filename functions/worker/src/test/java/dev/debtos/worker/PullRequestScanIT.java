package dev.debtos.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.zaxxer.hikari.HikariDataSource;
import dev.debtos.platform.config.Profile;
import dev.debtos.platform.config.Secret;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.TestDatabase;
import dev.debtos.platform.scan.Repository;
import dev.debtos.platform.scan.RepositoryStore;
import dev.debtos.platform.scan.Scan;
import dev.debtos.platform.scan.ScanStatus;
import dev.debtos.platform.scan.ScanStore;
import dev.debtos.worker.checkout.WorkspacePreparer;
import dev.debtos.worker.pr.FakeProviderServer;
import dev.debtos.worker.pr.LocalGitRevisions;
import dev.debtos.worker.pr.feedback.ProviderEndpoints;
import dev.debtos.worker.pr.feedback.PullRequestFeedback;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pull-request scans end to end: real PostgreSQL, git repositories built with JGit (base on main, the PR on a
 * branch), the engine, and a local server speaking GitHub's and GitLab's REST APIs.
 */
class PullRequestScanIT {
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final String GITHUB_TOKEN = "gho_test_token_for_the_fake_github";
    private static final String GITLAB_TOKEN = "glpat_test_token_for_the_fake_gitlab";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestDatabase database;
    private static HikariDataSource dataSource;
    private static ScanStore scans;
    private static RepositoryStore repositories;

    private final Map<UUID, Path> trees = new ConcurrentHashMap<>();
    private FakeProviderServer github;
    private FakeProviderServer gitlab;

    @TempDir
    Path dir;

    @BeforeAll
    static void migrate() throws Exception {
        database = TestDatabase.create();
        dataSource = Database.pooled(database.settings(), 4);
        new Migrations().migrate(dataSource);
        scans = new ScanStore(dataSource);
        repositories = new RepositoryStore(dataSource);
    }

    @AfterAll
    static void drop() throws Exception {
        dataSource.close();
        database.close();
    }

    @BeforeEach
    void providers() throws Exception {
        github = new FakeProviderServer(GITHUB_TOKEN);
        gitlab = new FakeProviderServer(GITLAB_TOKEN);
    }

    @AfterEach
    void stopProviders() {
        github.close();
        gitlab.close();
    }

    @Test
    void aPrAddingAComplexFunctionAndATodoFailsTheGateLeavesTheLedgerAndReportsToGitHub() throws Exception {
        PrRepository pr = PrRepository.create(dir.resolve("shop"));
        UUID repositoryId = scannedGitHubRepository(pr);
        Map<String, String> ledger = ledger(repositoryId);
        long events = events(repositoryId);
        assertThat(ledger).isNotEmpty();

        Scan scan = prScan(repositoryId, pr.head(), pr.base(), 7);
        SQSEvent sample = sampleEvent(scan.id());
        assertThat(new ScanWorkerHandler(pipeline()).handleRequest(sample, null).getBatchItemFailures()).isEmpty();

        JsonNode result = pullRequest(scan.id());
        assertThat(result.path("number").asInt()).isEqualTo(7);
        assertThat(result.path("base").asText()).isEqualTo(pr.base());
        assertThat(result.path("head").asText()).isEqualTo(pr.head());
        assertThat(result.path("baseSource").asText()).isEqualTo("reused");
        List<String> added = findings(result.path("added"));
        assertThat(added).contains("high DEBT-COMPLEXITY-001 " + PrRepository.PRICING + ":" + PrRepository.DISCOUNT_LINE,
                "low DEBT-SATD-001 " + PrRepository.CART + ":3");
        assertThat(result.path("removed")).isEmpty();
        assertThat(result.path("addedBySeverity").path("high").asInt()).isEqualTo(1);
        assertThat(result.path("gate").path("status").asText()).isEqualTo("failed");
        assertThat(result.path("gate").path("reasons").get(0).asText())
                .startsWith("adds 1 high finding: DEBT-COMPLEXITY-001 at " + PrRepository.PRICING);
        assertThat(hotspotPaths(result)).contains(PrRepository.PRICING);

        assertThat(ledger(repositoryId)).isEqualTo(ledger);
        assertThat(events(repositoryId)).isEqualTo(events);
        assertThat(lastScannedCommit(repositoryId)).isEqualTo(pr.base());
        assertThat(count("SELECT count(*) FROM file_snapshots WHERE scan_id = ?", scan.id())).isEqualTo(3);

        assertThat(github.calls()).containsExactly("GET /repos/acme/shop/issues/7/comments", "POST /repos/acme/shop/issues/7/comments",
                "POST /repos/acme/shop/statuses/" + pr.head());
        assertThat(github.requests()).allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer " + GITHUB_TOKEN));
        String comment = github.requests().get(1).body().path("body").asText();
        assertThat(comment).startsWith("<!-- debt-os:pr-report -->").contains("❌ failed")
                .contains("`" + PrRepository.PRICING + ":" + PrRepository.DISCOUNT_LINE + "`").contains("Hotspots that got hotter");
        JsonNode status = github.requests().get(2).body();
        assertThat(status.path("state").asText()).isEqualTo("failure");
        assertThat(status.path("context").asText()).isEqualTo("debt-os/quality-gate");
        assertThat(status.path("description").asText()).startsWith("Quality gate failed: adds 1 high finding");
        assertThat(status.path("target_url").asText()).isEqualTo("https://debt-os.example/scans/" + scan.id());
        assertThat(gitlab.requests()).isEmpty();
        assertThat(result.path("feedback").path("comment").asText()).isEqualTo("created");
        assertThat(result.path("feedback").path("status").asText()).isEqualTo("posted");
    }

    @Test
    void aNewPushToThePrEditsTheCommentInsteadOfAddingASecond() throws Exception {
        PrRepository pr = PrRepository.create(dir.resolve("shop"));
        UUID repositoryId = gitHubRepository(pr);
        github.seedComment("acme/shop#7", "Looks good to me");
        run(prScan(repositoryId, pr.head(), pr.base(), 7));
        github.clearRequests();

        String fixed = pr.fixComplexity();
        Scan second = prScan(repositoryId, fixed, pr.base(), 7);
        run(second);

        assertThat(github.calls()).containsExactly("GET /repos/acme/shop/issues/7/comments",
                "PATCH /repos/acme/shop/issues/comments/" + ourComment(github).id(), "POST /repos/acme/shop/statuses/" + fixed);
        assertThat(github.comments()).hasSize(2);
        assertThat(github.comments()).filteredOn(c -> c.body().equals("Looks good to me")).hasSize(1);
        assertThat(ourComment(github).body()).contains("✅ passed").doesNotContain("DEBT-COMPLEXITY-001");
        assertThat(github.requests().get(2).body().path("state").asText()).isEqualTo("success");
        JsonNode result = pullRequest(second.id());
        assertThat(result.path("gate").path("status").asText()).isEqualTo("passed");
        assertThat(result.path("feedback").path("comment").asText()).isEqualTo("updated");
        assertThat(findings(result.path("added"))).containsExactly("low DEBT-SATD-001 " + PrRepository.CART + ":3");
    }

    @Test
    void anOlderPushFinishingLateDoesNotOverwriteTheNewerComment() throws Exception {
        PrRepository pr = PrRepository.create(dir.resolve("shop"));
        UUID repositoryId = gitHubRepository(pr);
        Scan older = prScan(repositoryId, pr.head(), pr.base(), 7);
        String fixed = pr.fixComplexity();
        Scan newer = prScan(repositoryId, fixed, pr.base(), 7);

        run(newer);
        run(older);

        assertThat(github.calls()).containsExactly("GET /repos/acme/shop/issues/7/comments", "POST /repos/acme/shop/issues/7/comments",
                "POST /repos/acme/shop/statuses/" + fixed, "POST /repos/acme/shop/statuses/" + pr.head());
        assertThat(ourComment(github).body()).contains("✅ passed");
        assertThat(pullRequest(older.id()).path("feedback").path("comment").asText()).isEqualTo("superseded");
        assertThat(pullRequest(older.id()).path("gate").path("status").asText()).isEqualTo("failed");
    }

    @Test
    void aCleanMergeRequestPassesAndIsReportedToGitLab() throws Exception {
        PrRepository pr = PrRepository.create(dir.resolve("shop"));
        String clean = pr.cleanChange();
        UUID repositoryId = insertRepository("gitlab", "group/sub/shop", pr.path());
        Scan scan = prScan(repositoryId, clean, pr.base(), 3);

        run(scan);

        JsonNode result = pullRequest(scan.id());
        assertThat(result.path("baseSource").asText()).isEqualTo("analysed");
        assertThat(result.path("added")).isEmpty();
        assertThat(result.path("gate").path("status").asText()).isEqualTo("passed");
        assertThat(result.path("gate").path("reasons")).isEmpty();
        String project = "/api/v4/projects/group%2Fsub%2Fshop";
        assertThat(gitlab.calls()).containsExactly("GET " + project + "/merge_requests/3/notes",
                "POST " + project + "/merge_requests/3/notes", "POST " + project + "/statuses/" + clean);
        assertThat(gitlab.requests()).allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer " + GITLAB_TOKEN));
        JsonNode status = gitlab.requests().get(2).body();
        assertThat(status.path("state").asText()).isEqualTo("success");
        assertThat(status.path("name").asText()).isEqualTo("debt-os/quality-gate");
        assertThat(gitlab.requests().get(1).body().path("body").asText()).contains("✅ passed");
        assertThat(github.requests()).isEmpty();
    }

    @Test
    void aProviderThatIsDownDoesNotFailTheScanAndTheErrorIsRecorded() throws Exception {
        PrRepository pr = PrRepository.create(dir.resolve("shop"));
        UUID repositoryId = gitHubRepository(pr);
        github.down(503);
        Scan scan = prScan(repositoryId, pr.head(), pr.base(), 7);

        run(scan);

        JsonNode result = pullRequest(scan.id());
        assertThat(result.path("gate").path("status").asText()).isEqualTo("failed");
        assertThat(result.path("feedback").path("comment").asText()).isEqualTo("failed");
        assertThat(result.path("feedback").path("status").asText()).isEqualTo("failed");
        assertThat(result.path("feedback").path("errors")).extracting(JsonNode::asText).containsExactly(
                "GET /repos/acme/shop/issues/7/comments answered 503", "POST /repos/acme/shop/statuses/" + pr.head() + " answered 503");
        assertThat(result.toString()).doesNotContain(GITHUB_TOKEN);
    }

    @Test
    void commentsCanBeSwitchedOffAndTheGateThresholdLowered() throws Exception {
        PrRepository pr = PrRepository.create(dir.resolve("shop"));
        String todo = pr.addTodoOnly();
        UUID repositoryId = gitHubRepository(pr);
        update("UPDATE repositories SET settings = '{\"prComments\": false, \"qualityGate\": {\"failOn\": \"low\"}}' WHERE id = ?",
                repositoryId);
        Scan scan = prScan(repositoryId, todo, pr.base(), 9);

        run(scan);

        JsonNode result = pullRequest(scan.id());
        assertThat(result.path("gate").path("status").asText()).isEqualTo("failed");
        assertThat(result.path("gate").path("failOn").asText()).isEqualTo("low");
        assertThat(github.calls()).containsExactly("POST /repos/acme/shop/statuses/" + todo);
        assertThat(result.path("feedback").path("comment").asText()).isEqualTo("disabled");
    }

    @Test
    void theRepositorysExcludeAndThresholdsSettingsApplyToBothRevisions() throws Exception {
        PrRepository pr = PrRepository.create(dir.resolve("shop"));
        UUID repositoryId = gitHubRepository(pr);
        Scan scan = prScan(repositoryId, pr.head(), pr.base(), 11);
        ScanAnalyzer withSettings = ScanAnalyzer.engine(ScanAnalyzer.CallerStages.NONE,
                new RepositoryAnalysisOptions(repositories::settingsJson));

        update("UPDATE repositories SET settings = '{\"exclude\": [\"" + PrRepository.CART + "\"], "
                + "\"thresholds\": {\"cyclomatic\": 60, \"cognitive\": 100, \"functionLines\": 500}}' WHERE id = ?", repositoryId);
        assertThat(pipeline(withSettings).run(scan.id(), 1)).isEqualTo(ScanOutcome.COMPLETED);

        List<String> added = findings(pullRequest(scan.id()).path("added"));
        assertThat(added).as("the excluded file's TODO, and complexity under the raised thresholds")
                .noneMatch(finding -> finding.contains(PrRepository.CART) || finding.contains("DEBT-COMPLEXITY-001"));
    }

    @Test
    void aHeadCommitTheRepositoryDoesNotHaveFailsTheScanWithItsReason() throws Exception {
        PrRepository pr = PrRepository.create(dir.resolve("shop"));
        UUID repositoryId = gitHubRepository(pr);
        Scan scan = prScan(repositoryId, "0123456789abcdef0123456789abcdef01234567", pr.base(), 7);

        assertThat(pipeline().run(scan.id(), 1)).isEqualTo(ScanOutcome.FAILED);

        Scan failed = scans.find(scan.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(ScanStatus.FAILED);
        assertThat(failed.error()).contains("is not in the repository");
        assertThat(github.requests()).isEmpty();
    }

    @Test
    void aPrScanCancelledWhileItRunsSendsNothingAndWritesNothing() throws Exception {
        PrRepository pr = PrRepository.create(dir.resolve("shop"));
        UUID repositoryId = gitHubRepository(pr);
        Scan scan = prScan(repositoryId, pr.head(), pr.base(), 7);
        ScanAnalyzer cancelling = (root, progress) -> {
            scans.cancel(scan.id());
            return ScanAnalyzer.engine().analyze(root, progress);
        };

        assertThat(pipeline(cancelling).run(scan.id(), 1)).isEqualTo(ScanOutcome.CANCELLED);

        assertThat(scans.find(scan.id()).orElseThrow().status()).isEqualTo(ScanStatus.CANCELLED);
        assertThat(count("SELECT count(*) FROM file_snapshots WHERE scan_id = ?", scan.id())).isZero();
        assertThat(github.requests()).isEmpty();
    }

    // ---- helpers ----

    private ScanPipeline pipeline() {
        return pipeline(ScanAnalyzer.engine());
    }

    private ScanPipeline pipeline(ScanAnalyzer analyzer) {
        Secret githubToken = Secret.of(GITHUB_TOKEN);
        Secret gitlabToken = Secret.of(GITLAB_TOKEN);
        PullRequestFeedback feedback = new PullRequestFeedback(
                (userId, provider) -> Optional.of(provider.equals("github") ? githubToken : gitlabToken),
                new ProviderEndpoints(github.url(), gitlab.url()), Optional.of(URI.create("https://debt-os.example")));
        PullRequestPorts ports = new PullRequestPorts(new LocalGitRevisions(repo -> Optional.ofNullable(trees.get(repo.id()))), feedback);
        return new ScanPipeline(ScanPorts.of(dataSource, WorkspacePreparer.defaults(Profile.LOCAL), analyzer,
                new LeaseTerms("worker-" + UUID.randomUUID(), LEASE)).withPullRequests(ports));
    }

    private void run(Scan scan) throws Exception {
        assertThat(pipeline().run(scan.id(), 1)).isEqualTo(ScanOutcome.COMPLETED);
    }

    private static Scan prScan(UUID repositoryId, String head, String base, int number) throws Exception {
        return scans.createQueued(new ScanStore.NewScan(repositoryId, "webhook_pr", "feature", head, base, number, "standard", null))
                .scan();
    }

    /**
     * A GitHub repository whose default branch was scanned at the PR's base: the local profile scans the working tree
     * (checked out at main = base) into the ledger, then the row is turned into the GitHub repository acme/shop,
     * which is what a webhook-connected repository with a completed push scan looks like to a PR scan.
     */
    private UUID scannedGitHubRepository(PrRepository pr) throws Exception {
        Repository local = repositories.localRepository(pr.path());
        Scan ledgerScan = scans.createQueued(local.id(), "manual", "main", pr.base());
        assertThat(pipeline().run(ledgerScan.id(), 1)).isEqualTo(ScanOutcome.COMPLETED);
        update("UPDATE repositories SET provider = 'github', full_name = 'acme/shop', "
                + "clone_url = 'https://github.com/acme/shop.git' WHERE id = ?", local.id());
        trees.put(local.id(), pr.path());
        return local.id();
    }

    private UUID gitHubRepository(PrRepository pr) throws Exception {
        return insertRepository("github", "acme/shop", pr.path());
    }

    private UUID insertRepository(String provider, String fullName, Path tree) throws Exception {
        UUID owner = one("INSERT INTO users (display_name) VALUES ('PR author') RETURNING id", null, rows -> rows.getObject(1, UUID.class));
        UUID id;
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO repositories (owner_id, provider, full_name, clone_url) VALUES (?, ?, ?, ?) RETURNING id")) {
            insert.setObject(1, owner);
            insert.setString(2, provider);
            insert.setString(3, fullName);
            insert.setString(4, "https://" + provider + ".com/" + fullName + ".git");
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                id = rows.getObject(1, UUID.class);
            }
        }
        trees.put(id, tree);
        return id;
    }

    private static SQSEvent sampleEvent(UUID scanId) throws Exception {
        SQSEvent sample = JsonMapper.builder().enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                .readValue(Path.of("..", "..", "events", "sqs", "pr-scan-requested.json").toFile(), SQSEvent.class);
        assertThat(sample.getRecords()).hasSize(1);
        sample.getRecords().getFirst().setBody("{\"scanId\":\"" + scanId + "\"}");
        return sample;
    }

    private static JsonNode pullRequest(UUID scanId) throws Exception {
        Scan scan = scans.find(scanId).orElseThrow();
        assertThat(scan.status()).as(String.valueOf(scan.error())).isEqualTo(ScanStatus.COMPLETED);
        JsonNode stats = JSON.readTree(scan.stats());
        assertThat(stats.path("ledger").asText()).isEqualTo("unchanged");
        return stats.path("pullRequest");
    }

    /** "severity ruleKey path:line" of each finding in a result list. */
    private static List<String> findings(JsonNode list) {
        List<String> findings = new ArrayList<>();
        list.forEach(f -> findings.add(f.path("severity").asText() + " " + f.path("ruleKey").asText() + " "
                + f.path("path").asText() + ":" + f.path("line").asInt()));
        return findings;
    }

    private static List<String> hotspotPaths(JsonNode result) {
        List<String> paths = new ArrayList<>();
        result.path("hotspotDelta").forEach(h -> {
            assertThat(h.path("after").asDouble()).isGreaterThan(h.path("before").asDouble());
            paths.add(h.path("path").asText());
        });
        return paths;
    }

    private static FakeProviderServer.Comment ourComment(FakeProviderServer server) {
        List<FakeProviderServer.Comment> ours = server.comments().stream()
                .filter(c -> c.body().startsWith("<!-- debt-os:pr-report -->")).toList();
        assertThat(ours).hasSize(1);
        return ours.getFirst();
    }

    private static Map<String, String> ledger(UUID repositoryId) throws Exception {
        Map<String, String> ledger = new TreeMap<>();
        query("SELECT fingerprint, status || ' ' || COALESCE(last_seen_scan_id::text, '') FROM debt_items WHERE repository_id = ?",
                repositoryId, rows -> ledger.put(rows.getString(1), rows.getString(2)));
        return ledger;
    }

    private static long events(UUID repositoryId) throws Exception {
        return count("SELECT count(*) FROM debt_item_events e JOIN debt_items i ON i.id = e.debt_item_id WHERE i.repository_id = ?",
                repositoryId);
    }

    private static String lastScannedCommit(UUID repositoryId) throws Exception {
        return one("SELECT last_scanned_commit FROM repositories WHERE id = ?", repositoryId, rows -> rows.getString(1));
    }

    private static long count(String sql, UUID parameter) throws Exception {
        return one(sql, parameter, rows -> rows.getLong(1));
    }

    private static void update(String sql, UUID parameter) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            statement.executeUpdate();
        }
    }

    private interface RowReader<T> {
        T read(ResultSet rows) throws Exception;
    }

    private static <T> T one(String sql, UUID parameter, RowReader<T> reader) throws Exception {
        List<T> values = new ArrayList<>();
        query(sql, parameter, rows -> values.add(reader.read(rows)));
        assertThat(values).hasSize(1);
        return values.getFirst();
    }

    private static void query(String sql, UUID parameter, RowReader<?> reader) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setObject(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }
}
