package dev.debtos.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.zaxxer.hikari.HikariDataSource;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Severity;
import dev.debtos.platform.config.CloneSettings;
import dev.debtos.platform.config.Profile;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.TestDatabase;
import dev.debtos.platform.scan.Repository;
import dev.debtos.platform.scan.RepositoryStore;
import dev.debtos.platform.scan.Scan;
import dev.debtos.platform.scan.ScanStatus;
import dev.debtos.platform.scan.ScanStore;
import dev.debtos.worker.checkout.CloneCredentials;
import dev.debtos.worker.checkout.HostResolver;
import dev.debtos.worker.checkout.WorkspacePreparer;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan pipeline against a real (throwaway) PostgreSQL and real git repositories built with JGit. */
class ScanPipelineIT {
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final String PRICING = ScanFixture.PRICING;

    private static TestDatabase database;
    private static HikariDataSource dataSource;
    private static ScanStore scans;
    private static RepositoryStore repositories;

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

    @Test
    void theLedgerFollowsTheCodeAcrossScans() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        ScanWorkerHandler handler = new ScanWorkerHandler(pipeline(ScanAnalyzer.engine()));

        Scan first = scanOnce(handler, repo);
        Map<String, String> ledger = ledger(first.repositoryId());
        assertThat(ledger).isNotEmpty();
        assertThat(ledger.values()).containsOnly("open");
        assertThat(stat(first.id(), "new")).isEqualTo(ledger.size());
        long events = events(first.repositoryId());
        assertThat(events).isEqualTo(ledger.size());
        assertThat(count("SELECT count(*) FROM file_snapshots WHERE scan_id = ?", first.id())).isEqualTo(2);
        Map<String, UUID> ids = itemIds(first.repositoryId());
        UUID complex = complexityItem(first.repositoryId());

        Scan second = scanOnce(handler, repo);
        assertThat(itemIds(second.repositoryId())).isEqualTo(ids);
        assertThat(ledger(second.repositoryId())).isEqualTo(ledger);
        assertThat(events(second.repositoryId())).isEqualTo(events);
        assertThat(stat(second.id(), "stillOpen")).isEqualTo(ledger.size());
        assertThat(stat(second.id(), "new")).isZero();
        assertThat(count("SELECT count(*) FROM debt_items WHERE last_seen_scan_id = ?", second.id())).isEqualTo(ledger.size());

        String original = Files.readString(repo.resolve(PRICING));
        ScanFixture.commit(repo, PRICING, "package shop;\n\nclass Pricing {\n    int price(int a) {\n        return a;\n    }\n}\n");
        Scan third = scanOnce(handler, repo);
        assertThat(status(complex)).isEqualTo("resolved");
        assertThat(stat(third.id(), "resolved")).isPositive();
        assertThat(count("SELECT count(*) FROM debt_item_events WHERE debt_item_id = ? AND kind = 'resolved'", complex)).isEqualTo(1);

        ScanFixture.commit(repo, PRICING, original);
        Scan fourth = scanOnce(handler, repo);
        assertThat(status(complex)).isEqualTo("open");
        assertThat(count("SELECT count(*) FROM debt_items WHERE id = ? AND resolved_at IS NULL", complex)).isEqualTo(1);
        assertThat(itemIds(fourth.repositoryId())).containsAllEntriesOf(ids);
        Map<String, String> restored = ledger(fourth.repositoryId());
        ids.keySet().forEach(fingerprint -> assertThat(restored).containsEntry(fingerprint, "open"));
        assertThat(stat(fourth.id(), "reopened")).isPositive();
        assertThat(count("SELECT count(*) FROM debt_item_events WHERE debt_item_id = ? AND kind = 'reopened'", complex)).isEqualTo(1);
    }

    @Test
    void aSecretInTheCodeIsInTheLedgerMaskedOnly() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        String awsKey = "AKIAQ3EGUFRJ7ZKTY2WN";
        String password = "s3cr3t-Pa55w0rd!";
        StringBuilder code = new StringBuilder("package shop;\n\nclass Vault {\n    String connect() {\n");
        code.append("        String key = \"").append(awsKey).append("\";\n");
        code.append("        String dbPassword = \"").append(password).append("\";\n");
        for (int i = 0; i < 70; i++) {
            code.append("        key = key + \"").append(i).append("\";\n");   // long enough for a long-function finding
        }
        code.append("        return key + dbPassword;\n    }\n}\n");
        ScanFixture.commit(repo, "src/main/java/shop/Vault.java", code.toString());
        ScanWorkerHandler handler = new ScanWorkerHandler(pipeline(ScanAnalyzer.engine()));

        Scan scan = scanOnce(handler, repo);

        List<String> rows = new ArrayList<>();
        query("SELECT row_to_json(i)::text FROM debt_items i WHERE repository_id = ?", scan.repositoryId(),
                row -> rows.add(row.getString(1)));
        query("SELECT row_to_json(e)::text FROM debt_item_events e JOIN debt_items i ON i.id = e.debt_item_id"
                + " WHERE i.repository_id = ?", scan.repositoryId(), row -> rows.add(row.getString(1)));
        query("SELECT row_to_json(s)::text FROM scans s WHERE id = ?", scan.id(), row -> rows.add(row.getString(1)));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("DEBT-SECRET-001").contains("AKIA****"));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("DEBT-SIZE-001"));
        assertThat(String.join("\n", rows)).doesNotContain(awsKey).doesNotContain(password);
    }

    @Test
    void noSecretOfTheScannedCodeReachesALogLineAndTheLedgerHoldsThemMaskedOnly() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        String awsKey = "AKIAQ7ZTW3MX5RPK2HLN";
        String awsSecret = "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";
        String urlPassword = "Qv7pLm2xR9zT";
        String yamlPassword = "hunter2xyz9Kq";
        String githubToken = "ghp_Xw4Tk9Lm2Qp7Rz5Vb8Nc3Hd6Jf1Gs0Ya2Ek7";
        String keyBody = "MIIEowIBAAKCAQEAx7Kq9vT3mN8pL2wR5yB1cH6fJ4gD0sA7eU9iO3tZ";
        ScanFixture.commit(repo, ".env", "AWS_ACCESS_KEY_ID=" + awsKey + "\nAWS_SECRET_ACCESS_KEY=" + awsSecret
                + "\nDATABASE_URL=postgres://shop:" + urlPassword + "@db.shop.internal/shop\n");
        ScanFixture.commit(repo, "config/application.yml", "spring:\n  datasource:\n    password: " + yamlPassword + "\n");
        ScanFixture.commit(repo, "src/shop/keys.py", "SIGNING_KEY = \"\"\"\n-----BEGIN RSA PRIVATE KEY-----\n" + keyBody
                + "\n-----END RSA PRIVATE KEY-----\n\"\"\"\nGITHUB_TOKEN = \"" + githubToken + "\"\n");
        ScanWorkerHandler handler = new ScanWorkerHandler(pipeline(ScanAnalyzer.engine()));
        List<String> secrets = List.of(awsKey, awsSecret, urlPassword, yamlPassword, githubToken, keyBody);

        // every line the worker, the engine and the platform write, at every level, as the production layout writes it
        java.io.ByteArrayOutputStream logs = new java.io.ByteArrayOutputStream();
        java.io.PrintStream originalOut = System.out;
        java.io.PrintStream originalErr = System.err;
        var level = org.apache.logging.log4j.LogManager.getRootLogger().getLevel();
        Scan scan;
        try {
            System.setOut(new java.io.PrintStream(new Tee(originalOut, logs), true, java.nio.charset.StandardCharsets.UTF_8));
            System.setErr(new java.io.PrintStream(new Tee(originalErr, logs), true, java.nio.charset.StandardCharsets.UTF_8));
            org.apache.logging.log4j.core.config.Configurator.setRootLevel(org.apache.logging.log4j.Level.ALL);
            scan = scanOnce(handler, repo);
        } finally {
            org.apache.logging.log4j.core.config.Configurator.setRootLevel(level);
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        String logged = logs.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(logged).as("the scan was logged").contains(scan.id().toString());
        for (String secret : secrets) {
            assertThat(logged).as("a secret of the code in a log line").doesNotContain(secret);
        }

        List<String> rows = new ArrayList<>();
        query("SELECT row_to_json(i)::text FROM debt_items i WHERE repository_id = ?", scan.repositoryId(),
                row -> rows.add(row.getString(1)));
        query("SELECT row_to_json(e)::text FROM debt_item_events e JOIN debt_items i ON i.id = e.debt_item_id"
                + " WHERE i.repository_id = ?", scan.repositoryId(), row -> rows.add(row.getString(1)));
        query("SELECT row_to_json(s)::text FROM scans s WHERE id = ?", scan.id(), row -> rows.add(row.getString(1)));
        List<String> secretItems = rows.stream().filter(row -> row.contains("DEBT-SECRET-001")).toList();
        for (String path : List.of(".env", "config/application.yml", "src/shop/keys.py")) {
            assertThat(secretItems).as(path).anySatisfy(row -> assertThat(row).contains("\"" + path + "\""));
        }
        assertThat(secretItems.size()).as("one item per secret").isGreaterThanOrEqualTo(secrets.size());
        for (String secret : secrets) {
            assertThat(String.join("\n", rows)).doesNotContain(secret);
        }
    }

    /** Writes to the original stream and keeps a copy. */
    private static final class Tee extends java.io.OutputStream {
        private final java.io.OutputStream original;
        private final java.io.ByteArrayOutputStream copy;

        Tee(java.io.OutputStream original, java.io.ByteArrayOutputStream copy) {
            this.original = original;
            this.copy = copy;
        }

        @Override
        public synchronized void write(int b) throws java.io.IOException {
            original.write(b);
            copy.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            original.write(bytes, offset, length);
            copy.write(bytes, offset, length);
        }
    }

    @Test
    void humanStatusesSurviveRescans() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        ScanWorkerHandler handler = new ScanWorkerHandler(pipeline(ScanAnalyzer.engine()));
        Scan first = scanOnce(handler, repo);
        UUID complex = complexityItem(first.repositoryId());
        update("UPDATE debt_items SET status = 'acknowledged' WHERE id = ?", complex);

        scanOnce(handler, repo);

        assertThat(status(complex)).isEqualTo("acknowledged");
    }

    @Test
    void aSecondRequestAndADuplicateDeliveryCreateNothingTwice() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        Repository repository = repositories.localRepository(repo);
        Scan scan = scans.createQueued(repository.id(), "manual", "main", ScanFixture.head(repo));
        assertThat(scans.createQueued(repository.id(), "manual", "main", ScanFixture.head(repo)).id()).isEqualTo(scan.id());
        ScanWorkerHandler handler = new ScanWorkerHandler(pipeline(ScanAnalyzer.engine()));

        assertThat(handler.handleRequest(event(scan.id(), 1), null).getBatchItemFailures()).isEmpty();
        long snapshots = count("SELECT count(*) FROM file_snapshots WHERE scan_id = ?", scan.id());
        long items = count("SELECT count(*) FROM debt_items WHERE repository_id = ?", repository.id());
        long events = events(repository.id());

        assertThat(handler.handleRequest(event(scan.id(), 2), null).getBatchItemFailures()).isEmpty();
        assertThat(pipeline(ScanAnalyzer.engine()).run(scan.id(), 1)).isEqualTo(ScanOutcome.ALREADY_FINISHED);

        assertThat(count("SELECT count(*) FROM file_snapshots WHERE scan_id = ?", scan.id())).isEqualTo(snapshots);
        assertThat(count("SELECT count(*) FROM debt_items WHERE repository_id = ?", repository.id())).isEqualTo(items);
        assertThat(events(repository.id())).isEqualTo(events);
        assertThat(count("SELECT count(*) FROM scans WHERE repository_id = ?", repository.id())).isEqualTo(1);
    }

    @Test
    void aFailureMidWriteLeavesNothingAndTheRetryEndsLikeAnUninterruptedRun() throws Exception {
        Path reference = ScanFixture.gitRepository(dir.resolve("reference"));
        Scan uninterrupted = scanOnce(new ScanWorkerHandler(pipeline(ScanAnalyzer.engine())), reference);

        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        AtomicInteger calls = new AtomicInteger();
        ScanAnalyzer failingOnce = (root, progress) -> {
            AnalysisResult result = ScanAnalyzer.engine().analyze(root, progress);
            if (calls.incrementAndGet() > 1) {
                return result;
            }
            // a finding the database refuses (no fingerprint) after the snapshots were written: the transaction aborts
            List<Finding> findings = new ArrayList<>(result.findings());
            findings.add(new Finding("DEBT-X", DebtType.CODE_SMELL, Severity.LOW, "x", 1, 1, "x", "x", 1, null, 0));
            return new AnalysisResult(result.root(), result.commit(), result.analyzedAt(), result.inventory(), result.files(),
                    findings, result.clones(), result.cycles(), result.satd(), result.hotspots(), result.score(), result.stageMillis());
        };
        ScanWorkerHandler handler = new ScanWorkerHandler(pipeline(failingOnce));
        Repository repository = repositories.localRepository(repo);
        Scan scan = scans.createQueued(repository.id(), "manual", "main", ScanFixture.head(repo));

        SQSBatchResponse failed = handler.handleRequest(event(scan.id(), 1), null);
        assertThat(failed.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("m-" + scan.id());
        assertThat(count("SELECT count(*) FROM debt_items WHERE repository_id = ?", repository.id())).isZero();
        assertThat(count("SELECT count(*) FROM file_snapshots WHERE scan_id = ?", scan.id())).isZero();
        Scan afterFailure = scans.find(scan.id()).orElseThrow();
        assertThat(afterFailure.isFinal()).isFalse();
        assertThat(afterFailure.error()).isNotBlank();

        assertThat(handler.handleRequest(event(scan.id(), 2), null).getBatchItemFailures()).isEmpty();
        assertThat(scans.find(scan.id()).orElseThrow().status()).isEqualTo(ScanStatus.COMPLETED);
        assertThat(ledger(repository.id())).isEqualTo(ledger(uninterrupted.repositoryId()));
        assertThat(events(repository.id())).isEqualTo(events(uninterrupted.repositoryId()));
    }

    @Test
    void aScanFailingOnItsLastReceiveIsMarkedFailedWithItsReason() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        Repository repository = repositories.localRepository(repo);
        Scan scan = scans.createQueued(repository.id(), "manual", "main", ScanFixture.head(repo));
        ScanWorkerHandler handler = new ScanWorkerHandler(pipeline((root, progress) -> {
            throw new IllegalStateException("engine broke");
        }));

        assertThat(handler.handleRequest(event(scan.id(), 5), null).getBatchItemFailures()).hasSize(1);

        Scan failed = scans.find(scan.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(ScanStatus.FAILED);
        assertThat(failed.error()).contains("engine broke");
    }

    @Test
    void aCancelledScanStopsBetweenStagesAndWritesNothing() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        Repository repository = repositories.localRepository(repo);
        Scan scan = scans.createQueued(repository.id(), "manual", "main", ScanFixture.head(repo));
        ScanPipeline pipeline = pipeline((root, progress) -> {
            scans.cancel(scan.id());
            return ScanAnalyzer.engine().analyze(root, progress);
        });

        assertThat(pipeline.run(scan.id(), 1)).isEqualTo(ScanOutcome.CANCELLED);

        assertThat(scans.find(scan.id()).orElseThrow().status()).isEqualTo(ScanStatus.CANCELLED);
        assertThat(count("SELECT count(*) FROM debt_items WHERE repository_id = ?", repository.id())).isZero();
    }

    @Test
    void aScanLeasedByAnotherLiveWorkerIsRetriedLater() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        Repository repository = repositories.localRepository(repo);
        Scan scan = scans.createQueued(repository.id(), "manual", "main", ScanFixture.head(repo));
        assertThat(scans.claim(scan.id(), "other-worker", LEASE)).isPresent();

        SQSBatchResponse response = new ScanWorkerHandler(pipeline(ScanAnalyzer.engine())).handleRequest(event(scan.id(), 1), null);

        assertThat(response.getBatchItemFailures()).hasSize(1);
        assertThat(count("SELECT count(*) FROM debt_items WHERE repository_id = ?", repository.id())).isZero();
    }

    @Test
    void theSampleEventsPoisonMessageIsAcknowledgedAndAFailingScanIsReturned() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        Repository repository = repositories.localRepository(repo);
        Scan scan = scans.createQueued(repository.id(), "manual", "main", ScanFixture.head(repo));
        SQSEvent sample = JsonMapper.builder().enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                .readValue(Path.of("..", "..", "events", "sqs", "scan-requested.json").toFile(), SQSEvent.class);
        assertThat(sample.getRecords()).hasSize(2);
        sample.getRecords().getFirst().setBody("{\"scanId\":\"" + scan.id() + "\"}");
        ScanWorkerHandler handler = new ScanWorkerHandler(pipeline((root, progress) -> {
            throw new IllegalStateException("engine broke");
        }));

        SQSBatchResponse response = handler.handleRequest(sample, null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly(sample.getRecords().getFirst().getMessageId());
    }

    @Test
    void aRemoteRepositoryResolvingToAPrivateAddressFailsTheScanAndLeavesNoWorkspace() throws Exception {
        Repository local = repositories.localRepository(ScanFixture.gitRepository(dir.resolve("shop")));
        UUID remote = insertId("""
                INSERT INTO repositories (owner_id, provider, full_name, clone_url)
                VALUES (?, 'github', 'acme/shop', 'https://github.com/acme/shop.git') RETURNING id""", local.ownerId());
        Scan scan = scans.createQueued(remote, "manual", "main", null);
        Path storage = dir.resolve("storage");
        HostResolver rebound = host -> List.of(InetAddress.getByName("169.254.169.254"));

        assertThat(pipeline(ScanAnalyzer.engine(), preparer(Profile.AWS, storage, rebound)).run(scan.id(), 1))
                .isEqualTo(ScanOutcome.FAILED);

        Scan failed = scans.find(scan.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(ScanStatus.FAILED);
        assertThat(failed.error()).isEqualTo("the repository's host github.com resolves to a non-public address");
        assertThat(storage).doesNotExist();
    }

    @Test
    void aLocalRepositoryIsRefusedOutsideTheLocalProfile() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        Scan scan = scans.createQueued(repositories.localRepository(repo).id(), "manual", "main", ScanFixture.head(repo));

        assertThat(pipeline(ScanAnalyzer.engine(), preparer(Profile.AWS, dir.resolve("storage"), HostResolver.SYSTEM))
                .run(scan.id(), 1)).isEqualTo(ScanOutcome.FAILED);

        assertThat(scans.find(scan.id()).orElseThrow().error()).isEqualTo("file:// repositories are scanned only on the local profile");
    }

    @Test
    void aLocalScanReadsTheCommitNotUncommittedEdits() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        Path reference = ScanFixture.gitRepository(dir.resolve("reference"));
        Scan clean = scanOnce(new ScanWorkerHandler(pipeline(ScanAnalyzer.engine())), reference);
        Files.writeString(repo.resolve(PRICING), "package shop;\n\nclass Pricing {\n}\n");
        Files.writeString(repo.resolve("src/main/java/shop/Extra.java"), "package shop;\n// TODO: uncommitted\nclass Extra {}\n");
        Path storage = dir.resolve("storage");

        Scan scan = scanOnce(new ScanWorkerHandler(pipeline(ScanAnalyzer.engine(), preparer(Profile.LOCAL, storage,
                HostResolver.SYSTEM))), repo);

        assertThat(ledger(scan.repositoryId())).isEqualTo(ledger(clean.repositoryId()));
        assertThat(count("SELECT count(*) FROM file_snapshots WHERE scan_id = ?", scan.id())).isEqualTo(2);
        assertThat(storage).isEmptyDirectory();
    }

    @Test
    void aBranchScanWithoutACommitScansTheBranchHeadAndRecordsIt() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        String scanned = ScanFixture.head(repo);
        try (Git git = Git.open(repo.toFile())) {
            git.checkout().setCreateBranch(true).setName("side").call();
        }
        ScanFixture.commit(repo, "src/main/java/shop/Side.java", "package shop;\nclass Side {}\n");
        Repository repository = repositories.localRepository(repo);
        Scan scan = scans.createQueued(repository.id(), "manual", "main", null);

        assertThat(pipeline(ScanAnalyzer.engine()).run(scan.id(), 1)).isEqualTo(ScanOutcome.COMPLETED);

        Scan done = scans.find(scan.id()).orElseThrow();
        assertThat(done.commitSha()).isEqualTo(scanned);
        assertThat(count("SELECT count(*) FROM file_snapshots WHERE scan_id = ?", scan.id())).isEqualTo(2);
    }

    @Test
    void aCommitMissingFromTheLocalRepositoryFailsTheScan() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        Scan scan = scans.createQueued(repositories.localRepository(repo).id(), "manual", "main", "ab".repeat(20));

        assertThat(pipeline(ScanAnalyzer.engine()).run(scan.id(), 1)).isEqualTo(ScanOutcome.FAILED);

        assertThat(scans.find(scan.id()).orElseThrow().error()).isEqualTo("the commit " + "ab".repeat(20)
                + " is not in the local repository");
    }

    @Test
    void theWorkspaceIsRemovedWhenTheAnalysisFails() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        Scan scan = scans.createQueued(repositories.localRepository(repo).id(), "manual", "main", ScanFixture.head(repo));
        Path storage = dir.resolve("storage");
        ScanPipeline broken = pipeline((root, progress) -> {
            assertThat(root).startsWith(storage);
            throw new IllegalStateException("engine broke");
        }, preparer(Profile.LOCAL, storage, HostResolver.SYSTEM));

        assertThat(new ScanWorkerHandler(broken).handleRequest(event(scan.id(), 1), null).getBatchItemFailures()).hasSize(1);

        assertThat(storage).isEmptyDirectory();
    }

    @Test
    void aRescanReusesUnchangedFilesAndEndsLikeAFullScanOfTheSameCommit() throws Exception {
        String simpler = "package shop;\n\nclass Pricing {\n    int price(int a) {\n        return a;\n    }\n}\n";
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        ScanWorkerHandler handler = new ScanWorkerHandler(pipeline(ScanAnalyzer.engine()));
        Scan first = scanOnce(handler, repo);
        assertThat(stat(first.id(), "reusedFiles")).isZero();
        ScanFixture.commit(repo, PRICING, simpler);

        Scan incremental = scanOnce(handler, repo);
        Path other = ScanFixture.gitRepository(dir.resolve("other"));
        ScanFixture.commit(other, PRICING, simpler);
        Scan full = scanOnce(handler, other);

        assertThat(stat(incremental.id(), "reusedFiles")).isEqualTo(1); // Cart.java; Pricing.java changed
        assertThat(stat(full.id(), "reusedFiles")).isZero();
        assertThat(snapshots(incremental.id())).hasSize(2).isEqualTo(snapshots(full.id()));
        assertThat(openItems(incremental.repositoryId())).isNotEmpty().isEqualTo(openItems(full.repositoryId()));
    }

    // ---- helpers ----

    /** Every stored column of a scan's file snapshots but ids, one line per file; each holds its functions' metrics. */
    private static List<String> snapshots(UUID scanId) throws Exception {
        List<String> rows = ScanFixture.snapshotRows(dataSource, scanId);
        assertThat(rows).allMatch(row -> row.contains("\"metrics\"") && row.contains("\"cyclomatic\""));
        return rows;
    }

    private static Map<String, String> openItems(UUID repositoryId) throws Exception {
        Map<String, String> items = new TreeMap<>();
        query("SELECT fingerprint, concat_ws('|', type, severity, path, start_line, end_line, title) FROM debt_items "
                + "WHERE repository_id = ? AND status = 'open'", repositoryId, r -> items.put(r.getString(1), r.getString(2)));
        return items;
    }

    private static ScanPipeline pipeline(ScanAnalyzer analyzer) {
        return pipeline(analyzer, WorkspacePreparer.defaults(Profile.LOCAL));
    }

    private static ScanPipeline pipeline(ScanAnalyzer analyzer, WorkspacePreparer preparer) {
        return new ScanPipeline(ports(analyzer, preparer));
    }

    private static ScanPorts ports(ScanAnalyzer analyzer, WorkspacePreparer preparer) {
        return ScanPorts.of(dataSource, preparer, analyzer, new LeaseTerms("worker-" + UUID.randomUUID(), LEASE));
    }

    private static WorkspacePreparer preparer(Profile profile, Path storage, HostResolver dns) {
        return new WorkspacePreparer(CloneSettings.defaults(), profile, storage, dns, CloneCredentials.NONE);
    }

    private static Scan scanOnce(ScanWorkerHandler handler, Path repo) throws Exception {
        Repository repository = repositories.localRepository(repo);
        Scan scan = scans.createQueued(repository.id(), "manual", "main", ScanFixture.head(repo));
        assertThat(handler.handleRequest(event(scan.id(), 1), null).getBatchItemFailures()).isEmpty();
        Scan done = scans.find(scan.id()).orElseThrow();
        assertThat(done.status()).as(String.valueOf(done.error())).isEqualTo(ScanStatus.COMPLETED);
        return done;
    }

    static SQSEvent event(UUID scanId, int receiveCount) {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId("m-" + scanId);
        message.setReceiptHandle("r-" + scanId);
        message.setBody("{\"scanId\":\"" + scanId + "\"}");
        message.setAttributes(Map.of("ApproximateReceiveCount", Integer.toString(receiveCount)));
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(message));
        return event;
    }


    /** fingerprint (with the repository path's own name removed) -> status */
    private static Map<String, String> ledger(UUID repositoryId) throws Exception {
        Map<String, String> ledger = new TreeMap<>();
        query("SELECT fingerprint, status FROM debt_items WHERE repository_id = ?", repositoryId,
                rows -> ledger.put(rows.getString(1), rows.getString(2)));
        return ledger;
    }

    private static Map<String, UUID> itemIds(UUID repositoryId) throws Exception {
        Map<String, UUID> ids = new TreeMap<>();
        query("SELECT fingerprint, id FROM debt_items WHERE repository_id = ?", repositoryId,
                rows -> ids.put(rows.getString(1), rows.getObject(2, UUID.class)));
        return ids;
    }

    private static UUID complexityItem(UUID repositoryId) throws Exception {
        List<UUID> ids = new ArrayList<>();
        query("SELECT id FROM debt_items WHERE repository_id = ? AND type = 'complexity' AND path LIKE '%Pricing.java'",
                repositoryId, rows -> ids.add(rows.getObject(1, UUID.class)));
        assertThat(ids).isNotEmpty();
        return ids.getFirst();
    }

    private static String status(UUID item) throws Exception {
        List<String> status = new ArrayList<>();
        query("SELECT status FROM debt_items WHERE id = ?", item, rows -> status.add(rows.getString(1)));
        return status.getFirst();
    }

    private static long events(UUID repositoryId) throws Exception {
        return count("SELECT count(*) FROM debt_item_events e JOIN debt_items i ON i.id = e.debt_item_id WHERE i.repository_id = ?",
                repositoryId);
    }

    private static long stat(UUID scanId, String key) throws Exception {
        List<Long> value = new ArrayList<>();
        query("SELECT (stats ->> '" + key.replace("'", "") + "')::bigint FROM scans WHERE id = ?", scanId,
                rows -> value.add(rows.getLong(1)));
        return value.getFirst();
    }

    private static long count(String sql, UUID parameter) throws Exception {
        List<Long> value = new ArrayList<>();
        query(sql, parameter, rows -> value.add(rows.getLong(1)));
        return value.getFirst();
    }

    private static void update(String sql, UUID parameter) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            statement.executeUpdate();
        }
    }

    private static UUID insertId(String sql, UUID parameter) throws Exception {
        List<UUID> id = new ArrayList<>();
        query(sql, parameter, rows -> id.add(rows.getObject(1, UUID.class)));
        return id.getFirst();
    }

    private interface RowReader {
        void read(ResultSet rows) throws Exception;
    }

    private static void query(String sql, UUID parameter, RowReader reader) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }
}
