package dev.debtos.worker.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import dev.debtos.platform.config.Profile;
import dev.debtos.platform.embeddings.ChunkVectorStore;
import dev.debtos.platform.embeddings.FeedbackMemory;
import dev.debtos.platform.embeddings.TextEmbedder;
import dev.debtos.platform.json.Json;
import dev.debtos.platform.scan.Repository;
import dev.debtos.platform.scan.RepositoryStore;
import dev.debtos.platform.scan.Scan;
import dev.debtos.platform.scan.ScanStatus;
import dev.debtos.platform.scan.ScanStore;
import dev.debtos.worker.LeaseTerms;
import dev.debtos.worker.ScanAnalyzer;
import dev.debtos.worker.ScanFixture;
import dev.debtos.worker.ScanPipeline;
import dev.debtos.worker.ScanPorts;
import dev.debtos.worker.ScanWorkerHandler;
import dev.debtos.worker.checkout.WorkspacePreparer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Not debt" feedback remembered by meaning, with the real model and PostgreSQL + pgvector: an item marked invalid
 * silences its look-alike (a renamed copy) in the next scan but not a different complex function, and marking it valid
 * again lifts the suppression.
 */
class FeedbackMemoryIT {
    static final String ORIGINAL = "src/main/java/shop/Discounts.java";
    static final String LOOK_ALIKE = "src/main/java/billing/Rebates.java";
    static final String DIFFERENT = "src/main/java/io/Tokens.java";
    static final String COMPLEXITY = "DEBT-COMPLEXITY-001";

    private static ModelDatabase bed;
    private static HikariDataSource dataSource;
    private static TextEmbedder model;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() throws Exception {
        bed = ModelDatabase.open();
        dataSource = bed.dataSource();
        model = bed.model();
    }

    @AfterAll
    static void close() throws Exception {
        bed.close();
    }

    @Test
    void anInvalidVerdictSuppressesLookAlikesInTheNextScanAndAValidVerdictLiftsIt() throws Exception {
        Path repo = dir.resolve("shop");
        Files.createDirectories(repo);
        Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call().close();
        ScanFixture.commit(repo, ORIGINAL, discount("shop", "Discounts", "discountFor", "customer", "basket"));
        Repository repository = new RepositoryStore(dataSource).localRepository(repo);
        scan(repository, repo);
        UUID original = item(repository.id(), ORIGINAL);
        FeedbackMemory memory = new FeedbackMemory(dataSource);

        assertThat(memory.remember(original, null)).isTrue();
        ScanFixture.commit(repo, LOOK_ALIKE, discount("billing", "Rebates", "rebateOf", "client", "cart"));
        ScanFixture.commit(repo, DIFFERENT, tokenizer());
        JsonNode stats = scan(repository, repo);

        double lookAlike = similarity(repository.id(), ORIGINAL, LOOK_ALIKE);
        double different = similarity(repository.id(), ORIGINAL, DIFFERENT);
        System.out.printf("feedback memory similarities: renamed copy %.3f, different complex function %.3f%n", lookAlike, different);
        assertThat(statuses(repository.id())).containsEntry(ORIGINAL, "suppressed").containsEntry(LOOK_ALIKE, "suppressed")
                .containsEntry(DIFFERENT, "open");
        assertThat(stats.path("feedbackSuppressed").asInt()).isEqualTo(2);
        assertThat(lookAlike).isGreaterThanOrEqualTo(FeedbackMemory.DEFAULT_SIMILARITY);
        assertThat(different).isLessThan(FeedbackMemory.DEFAULT_SIMILARITY);

        assertThat(memory.forget(original)).isTrue();
        JsonNode lifted = scan(repository, repo); // the same tree: the earlier scan is reused, the memory still applied
        assertThat(statuses(repository.id())).containsEntry(ORIGINAL, "open").containsEntry(LOOK_ALIKE, "open");
        assertThat(lifted.path("feedbackLifted").asInt()).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM debt_item_events e JOIN debt_items d ON d.id = e.debt_item_id"
                + " WHERE d.repository_id = ? AND e.to_status = 'suppressed' AND e.actor_id IS NULL", repository.id())).isEqualTo(2);
    }

    /** A discount table as chains of conditions under a guard: cognitive complexity over 15. */
    static String discount(String pkg, String type, String method, String who, String what) {
        return """
                package %1$s;

                final class %2$s {
                    static int %3$s(int %4$sYears, int %5$sTotal, boolean member) {
                        int percent = 0;
                        if (member || %4$sYears > 0) {
                            if (%4$sYears > 10) {
                                percent += 5;
                            } else if (%4$sYears > 5) {
                                percent += 3;
                            } else if (%4$sYears > 1) {
                                percent += 1;
                            }
                            if (%5$sTotal > 1000) {
                                percent += 10;
                            } else if (%5$sTotal > 500) {
                                percent += 5;
                            } else if (%5$sTotal > 100) {
                                percent += 2;
                            }
                            if (member && percent < 20) {
                                percent += 2;
                            }
                            if (member && %5$sTotal > 2000 || %4$sYears > 20) {
                                percent += 3;
                            }
                        }
                        return percent > 25 ? 25 : percent;
                    }
                }
                """.formatted(pkg, type, method, who, what);
    }

    /** A different complex function: splitting text into tokens. */
    static String tokenizer() {
        return """
                package io;

                import java.util.ArrayList;
                import java.util.List;

                final class Tokens {
                    static List<String> split(String text) {
                        List<String> tokens = new ArrayList<>();
                        StringBuilder current = new StringBuilder();
                        for (int i = 0; i < text.length(); i++) {
                            char c = text.charAt(i);
                            if (Character.isWhitespace(c)) {
                                if (current.length() > 0) {
                                    tokens.add(current.toString());
                                    current.setLength(0);
                                }
                            } else if (c == '(' || c == ')' || c == ',' || c == ';') {
                                if (current.length() > 0) {
                                    tokens.add(current.toString());
                                    current.setLength(0);
                                }
                                tokens.add(String.valueOf(c));
                            } else if (c == '"') {
                                int end = text.indexOf('"', i + 1);
                                tokens.add(text.substring(i, end < 0 ? text.length() : end + 1));
                                i = end < 0 ? text.length() : end;
                            } else {
                                current.append(c);
                            }
                        }
                        if (current.length() > 0) {
                            tokens.add(current.toString());
                        }
                        return tokens;
                    }
                }
                """;
    }

    private JsonNode scan(Repository repository, Path repo) throws Exception {
        ScanStore scans = new ScanStore(dataSource);
        Scan scan = scans.createQueued(repository.id(), "manual", "main", ScanFixture.head(repo));
        ScanPorts ports = ScanPorts.of(dataSource, WorkspacePreparer.defaults(Profile.LOCAL),
                ScanAnalyzer.engine(EmbeddingStages.of(model, new ChunkVectorStore(dataSource))),
                new LeaseTerms("worker-" + UUID.randomUUID(), Duration.ofMinutes(1)));
        assertThat(new ScanWorkerHandler(new ScanPipeline(ports)).handleRequest(ScanFixture.event(scan.id(), 1), null)
                .getBatchItemFailures()).isEmpty();
        Scan done = scans.find(scan.id()).orElseThrow();
        assertThat(done.status()).as(String.valueOf(done.error())).isEqualTo(ScanStatus.COMPLETED);
        return Json.mapper().readTree(done.stats());
    }

    private static UUID item(UUID repositoryId, String path) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM debt_items WHERE repository_id = ? AND path = ? AND rule_key = ?")) {
            select.setObject(1, repositoryId);
            select.setString(2, path);
            select.setString(3, COMPLEXITY);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).as("a complexity item in " + path).isTrue();
                return rows.getObject(1, UUID.class);
            }
        }
    }

    private static Map<String, String> statuses(UUID repositoryId) throws Exception {
        Map<String, String> statuses = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT path, status FROM debt_items WHERE repository_id = ? AND rule_key = ?")) {
            select.setObject(1, repositoryId);
            select.setString(2, COMPLEXITY);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    statuses.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return statuses;
    }

    /** Cosine similarity of the function chunks of two files (each holds one function). */
    private static double similarity(UUID repositoryId, String a, String b) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement("""
                SELECT 1 - (x.embedding <=> y.embedding) FROM file_embeddings x, file_embeddings y
                 WHERE x.repository_id = ? AND y.repository_id = x.repository_id AND x.path = ? AND y.path = ?
                   AND x.name IS NOT NULL AND y.name IS NOT NULL""")) {
            select.setObject(1, repositoryId);
            select.setString(2, a);
            select.setString(3, b);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getDouble(1);
            }
        }
    }

    private static long count(String sql, UUID repositoryId) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, repositoryId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
