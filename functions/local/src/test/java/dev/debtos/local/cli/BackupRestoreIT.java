package dev.debtos.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * {@code debt-os backup} and {@code debt-os restore} as the packaged command line runs them, with the machine's real
 * pg_dump and pg_restore: a ledger with items, events and embeddings is backed up, restored into a second (empty)
 * database and compared row by row, table by table; the backup directory is pruned to the retention; a non-empty
 * target is refused without {@code --force}. Both databases are this run's own and dropped at the end.
 *
 * <p>{@code -Ddebtos.backup.items=100000} seeds that many debt items (default 2,000) and prints the timings:
 * {@code mvn -B -ntp -q verify -pl functions/local -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=BackupRestoreIT -Ddebtos.backup.items=100000}.
 */
class BackupRestoreIT {
    private static final List<String> TABLES = List.of("users", "repositories", "scans", "debt_items", "debt_item_events",
            "file_embeddings", "databasechangelog");

    @Test
    void aBackupRestoresIntoAnEmptyDatabaseWithTheSameLedgerAndTheDirectoryKeepsOneBackupPerDay() throws Exception {
        int items = Integer.getInteger("debtos.backup.items", 2000);
        Path out = Files.createTempDirectory("debt-os-backups");
        System.setProperty("liquibase.duplicateFileMode", "WARN"); // the platform jar twice on failsafe's class path
        try (TestDatabase source = TestDatabase.create(); TestDatabase target = TestDatabase.create()) {
            try (var data = Database.single(source.settings())) {
                new Migrations().migrate(data);
                seed(data, items);
            }
            // earlier backups: two on one day, one on another, one of another database and a stranger's file
            for (String name : List.of("debt-os-" + source.name() + "-20260101T010000Z.dump", "debt-os-" + source.name()
                    + "-20260101T020000Z.dump", "debt-os-" + source.name() + "-20251231T230000Z.dump",
                    "debt-os-otherdb-20200101T000000Z.dump", "notes.txt")) {
                Files.writeString(out.resolve(name), "old");
            }

            long t0 = System.nanoTime();
            var backup = CliProcess.run(CliProcess.databaseEnv(source), "backup", "--out", out.toString(), "--keep-daily", "2");
            long backupMs = (System.nanoTime() - t0) / 1_000_000;
            assertThat(backup.exitCode()).as(backup.err()).isZero();
            assertThat(backup.out()).matches("(?s)backup .*debt-os-" + source.name()
                    + "-\\d{8}T\\d{6}Z\\.dump: [\\d.]+ (KiB|MiB) in [\\d.]+ s; 2 older backup\\(s\\) pruned, keeping 2 day\\(s\\)\\n");
            Path dump;
            try (Stream<Path> files = Files.list(out)) {
                List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
                assertThat(names).hasSize(4).contains("debt-os-" + source.name() + "-20260101T020000Z.dump",
                        "debt-os-otherdb-20200101T000000Z.dump", "notes.txt");
                dump = out.resolve(names.stream().filter(n -> n.startsWith("debt-os-" + source.name()) && !n.contains("2026010"))
                        .findFirst().orElseThrow());
            }

            t0 = System.nanoTime();
            var restore = CliProcess.run(CliProcess.databaseEnv(target), "restore", dump.toString());
            long restoreMs = (System.nanoTime() - t0) / 1_000_000;
            assertThat(restore.exitCode()).as(restore.err()).isZero();
            assertThat(restore.out()).contains("restored " + dump.getFileName() + " into " + target.name())
                    .contains(items + " debt items, " + (items + 1) + " events, 2 embeddings; 0 migration(s) applied");
            try (var from = Database.single(source.settings()); var to = Database.single(target.settings())) {
                for (String table : TABLES) {
                    assertThat(rows(to, table)).as(table).isNotEmpty().isEqualTo(rows(from, table));
                }
                // the restored database works: its indexes answer a nearest-neighbour query and migrations are current
                assertThat(query(to, "SELECT path FROM file_embeddings ORDER BY embedding <=> (SELECT embedding FROM"
                        + " file_embeddings WHERE path = 'b.java') LIMIT 1")).containsExactly("b.java");
            }
            System.out.printf("backup/restore round trip of %,d debt items: backup %,d ms, restore %,d ms (command line,"
                    + " JVM start included), dump %,d bytes%n", items, backupMs, restoreMs, Files.size(dump));

            var refused = CliProcess.run(CliProcess.databaseEnv(target), "restore", dump.toString());
            assertThat(refused.exitCode()).isEqualTo(1);
            // (the database's name may come out masked: the test role's password is a part of it)
            assertThat(refused.err().strip()).startsWith("debt-os: the database ").contains(" is not empty (").doesNotContain("\n");
            var forced = CliProcess.run(CliProcess.databaseEnv(target), "restore", "--force", dump.toString());
            assertThat(forced.exitCode()).as(forced.err()).isZero();

            var missing = CliProcess.run(CliProcess.databaseEnv(target), "restore", out.resolve("nothing.dump").toString());
            assertThat(missing.exitCode()).isEqualTo(2);
            var notADump = CliProcess.run(CliProcess.databaseEnv(target), "restore", "--force", out.resolve("notes.txt").toString());
            assertThat(notADump.exitCode()).isEqualTo(1);
            assertThat(notADump.err()).contains("is not a pg_dump custom-format backup");
        } finally {
            try (Stream<Path> files = Files.list(out)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(out);
        }
    }

    private static void seed(DataSource data, int items) throws Exception {
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO users (email, display_name) VALUES ('backup@localhost', 'backup')");
            s.execute("INSERT INTO repositories (owner_id, provider, full_name, clone_url) SELECT id, 'github', 'acme/shop',"
                    + " 'https://github.com/acme/shop.git' FROM users");
            s.execute("INSERT INTO scans (repository_id, status, trigger, started_at, finished_at, stats) SELECT id, 'completed',"
                    + " 'manual', now(), now(), '{\"rating\":\"B\"}' FROM repositories");
            s.execute("INSERT INTO debt_items (repository_id, fingerprint, rule_key, type, severity, status, path, title, message,"
                    + " effort_minutes, priority, related_locations) SELECT r.id, md5(g::text), 'TEST-' || (g % 7), 'complexity',"
                    + " (ARRAY['critical','high','medium','low','info'])[1 + g % 5], 'open', 'src/F' || g || '.java',"
                    + " 'Finding ' || g, 'Überall „quoted“ \\ and '' text ' || g, 5 + g % 120, (g % 1000) / 10.0,"
                    + " '[{\"path\":\"x.java\",\"startLine\":1,\"endLine\":2,\"startColumn\":0}]'"
                    + " FROM repositories r, generate_series(1, " + items + ") g");
            s.execute("INSERT INTO debt_item_events (debt_item_id, kind, to_status) SELECT id, 'detected', 'open' FROM debt_items");
            s.execute("INSERT INTO debt_item_events (debt_item_id, kind, from_status, to_status, note) SELECT id, 'status_change',"
                    + " 'open', 'planned', 'later' FROM debt_items ORDER BY id LIMIT 1");
            for (String file : List.of("a.java", "b.java")) {
                s.execute("INSERT INTO file_embeddings (repository_id, path, chunk_index, start_line, end_line, content_hash,"
                        + " embedding, model) SELECT id, '" + file + "', 0, 1, 9, md5('" + file + "'), (SELECT array_agg("
                        + (file.startsWith("a") ? "sin(i)" : "cos(i)") + ")::vector(384) FROM generate_series(1, 384) i),"
                        + " 'all-MiniLM-L6-v2' FROM repositories");
            }
        }
    }

    private static List<String> rows(DataSource data, String table) throws Exception {
        return query(data, "SELECT t::text FROM " + table + " t ORDER BY 1");
    }

    private static List<String> query(DataSource data, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = data.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
