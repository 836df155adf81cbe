package dev.debtos.worker;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.zaxxer.hikari.HikariDataSource;
import dev.debtos.platform.config.Profile;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.TestDatabase;
import dev.debtos.platform.scan.RepositoryStore;
import dev.debtos.platform.scan.Scan;
import dev.debtos.platform.scan.ScanStore;
import dev.debtos.worker.checkout.WorkspacePreparer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.jgit.api.Git;

/** A throwaway migrated database, git repositories with known content, and pipelines over them, for worker ITs. */
public final class ScanFixture implements AutoCloseable {
    public static final String PRICING = "src/main/java/shop/Pricing.java";
    public static final String SIMPLE_PRICING = "package shop;\n\nclass Pricing {\n    int price(int a) {\n        return a;\n    }\n}\n";

    public final TestDatabase database;
    public final HikariDataSource dataSource;
    public final ScanStore scans;
    public final RepositoryStore repositories;

    private ScanFixture(TestDatabase database, HikariDataSource dataSource) {
        this.database = database;
        this.dataSource = dataSource;
        this.scans = new ScanStore(dataSource);
        this.repositories = new RepositoryStore(dataSource);
    }

    public static ScanFixture create() throws Exception {
        TestDatabase database = TestDatabase.create();
        HikariDataSource dataSource = Database.pooled(database.settings(), 6);
        new Migrations().migrate(dataSource);
        return new ScanFixture(database, dataSource);
    }

    public ScanPipeline pipeline(String owner, ScanAnalyzer analyzer, Duration lease, StageHook hook) {
        return new ScanPipeline(ports(owner, analyzer, lease).withHook(hook));
    }

    /** The local profile's default checkout, this fixture's database, and nothing else. */
    public ScanPorts ports(String owner, ScanAnalyzer analyzer, Duration lease) {
        return ScanPorts.of(dataSource, WorkspacePreparer.defaults(Profile.LOCAL), analyzer, new LeaseTerms(owner, lease));
    }

    /** A queued scan of the repository's HEAD. */
    public Scan queue(Path repo) throws Exception {
        return scans.createQueued(repositories.localRepository(repo).id(), "manual", "main", head(repo));
    }

    public void update(String sql, Object... parameters) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** A value of the scan's stats as text, "" when absent. */
    public String stat(UUID scanId, String key) throws Exception {
        List<String> value = new ArrayList<>();
        query("SELECT COALESCE(stats ->> ?, '') FROM scans WHERE id = ?", rows -> value.add(rows.getString(1)), key, scanId);
        return value.getFirst();
    }

    /** The scan the repository's ledger reflects: its latest completed scan that is not a pull-request scan. */
    public UUID ledgerScan(UUID repositoryId) throws Exception {
        List<UUID> id = new ArrayList<>();
        query("""
                SELECT id FROM scans WHERE repository_id = ? AND status = 'completed' AND trigger <> 'webhook_pr'
                 ORDER BY finished_at DESC, id DESC LIMIT 1""", rows -> id.add(rows.getObject(1, UUID.class)), repositoryId);
        return id.getFirst();
    }

    /** Every stored column of a scan's file snapshots but ids (the measurement JSON holds the functions), one line per file. */
    public List<String> snapshotRows(UUID scanId) throws Exception {
        return snapshotRows(dataSource, scanId);
    }

    public static List<String> snapshotRows(DataSource dataSource, UUID scanId) throws Exception {
        List<String> rows = new ArrayList<>();
        query(dataSource, """
                SELECT concat_ws('|', s.path, s.language, s.loc, s.complexity, s.churn, s.hotspot_score, s.content_hash,
                                 s.measurements::text)
                  FROM file_snapshots s WHERE s.scan_id = ? ORDER BY s.path""", r -> rows.add(r.getString(1)), scanId);
        return rows;
    }

    private interface RowReader {
        void read(ResultSet rows) throws Exception;
    }

    private void query(String sql, RowReader reader, Object... parameters) throws Exception {
        query(dataSource, sql, reader, parameters);
    }

    private static void query(DataSource dataSource, String sql, RowReader reader, Object... parameters) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    public static SQSEvent event(UUID scanId, int receiveCount) {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId("m-" + scanId);
        message.setReceiptHandle("r-" + scanId + "-" + receiveCount);
        message.setBody("{\"scanId\":\"" + scanId + "\"}");
        message.setAttributes(Map.of("ApproximateReceiveCount", Integer.toString(receiveCount)));
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(message));
        return event;
    }

    /** Two commits: a Cart with a TODO, a Pricing with a FIXME and a 40-branch method. */
    public static Path gitRepository(Path repo) throws Exception {
        StringBuilder ifs = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            ifs.append("        if (a > ").append(i).append(") { a++; }\n");
        }
        Files.createDirectories(repo);
        Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call().close();
        commit(repo, "src/main/java/shop/Cart.java", "package shop;\n\n// TODO: support coupons\nclass Cart {\n    int total() {\n        return 0;\n    }\n}\n");
        commit(repo, PRICING, "package shop;\n\nclass Pricing {\n    // FIXME: rounding is wrong for refunds\n"
                + "    int price(int a) {\n" + ifs + "        return a;\n    }\n}\n");
        return repo;
    }

    public static void commit(Path repo, String path, String content) throws Exception {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        try (Git git = Git.open(repo.toFile())) {
            git.add().addFilepattern(path).call();
            git.commit().setMessage("change " + path).setAuthor("Dev", "dev@example.com").setCommitter("Dev", "dev@example.com")
                    .setSign(false).call();
        }
    }

    public static String head(Path repo) throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            return git.getRepository().resolve("HEAD").name();
        }
    }

    @Override
    public void close() throws Exception {
        dataSource.close();
        database.close();
    }
}
