package dev.debtos.worker.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.debtos.platform.config.Profile;
import dev.debtos.platform.embeddings.ChunkVectorStore;
import dev.debtos.platform.embeddings.TextEmbedder;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Semantic clones with the real model: a mean computed twice in different words (names changed, an index loop for a
 * for-each), too short and too different for token clone detection, is one finding with both copies; functions that
 * merely share a subject are not.
 */
class SemanticClonesIT {
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
    void aRewordedCopyThatTokenDetectionMissesIsReportedWithBothCopies() throws Exception {
        Path repo = EmbeddingScanIT.repository(dir.resolve("stats"));
        ScanFixture.commit(repo, "src/main/java/stats/Averages.java", """
                package stats;

                final class Averages {
                    static double average(int[] values) {
                        if (values.length == 0) {
                            return 0;
                        }
                        long sum = 0;
                        for (int value : values) {
                            sum += value;
                        }
                        return (double) sum / values.length;
                    }
                }
                """);
        ScanFixture.commit(repo, "src/main/java/report/Figures.java", """
                package report;

                final class Figures {
                    static double meanOf(int[] samples) {
                        if (samples.length == 0) {
                            return 0;
                        }
                        long total = 0;
                        for (int i = 0; i < samples.length; i++) {
                            total += samples[i];
                        }
                        return (double) total / samples.length;
                    }

                    static int maximumOf(int[] samples) {
                        int best = Integer.MIN_VALUE;
                        for (int sample : samples) {
                            if (sample > best) {
                                best = sample;
                            }
                        }
                        return best;
                    }
                }
                """);
        Repository repository = new RepositoryStore(dataSource).localRepository(repo);
        scan(repository, repo);

        List<String> clones = findings(repository.id(), SemanticCloneStage.RULE_KEY);
        assertThat(clones).containsExactly("duplication src/main/java/report/Figures.java:4 related src/main/java/stats/Averages.java:4");
        assertThat(findings(repository.id(), "DEBT-DUPLICATION-001")).as("token detection misses it").isEmpty();
    }

    private void scan(Repository repository, Path repo) throws Exception {
        ScanStore scans = new ScanStore(dataSource);
        Scan scan = scans.createQueued(repository.id(), "manual", "main", ScanFixture.head(repo));
        ScanPorts ports = ScanPorts.of(dataSource, WorkspacePreparer.defaults(Profile.LOCAL),
                ScanAnalyzer.engine(EmbeddingStages.of(model, new ChunkVectorStore(dataSource))),
                new LeaseTerms("worker-" + UUID.randomUUID(), Duration.ofMinutes(1)));
        assertThat(new ScanWorkerHandler(new ScanPipeline(ports)).handleRequest(ScanFixture.event(scan.id(), 1), null)
                .getBatchItemFailures()).isEmpty();
        Scan done = scans.find(scan.id()).orElseThrow();
        assertThat(done.status()).as(String.valueOf(done.error())).isEqualTo(ScanStatus.COMPLETED);
        printSimilarities(repository.id());
    }

    /** Every pair of function chunks with its cosine similarity and token-shape similarity, for choosing thresholds. */
    private void printSimilarities(UUID repositoryId) throws Exception {
        var functions = new ChunkVectorStore(dataSource).functions(repositoryId, model.model(), 1);
        for (int i = 0; i < functions.size(); i++) {
            for (int j = i + 1; j < functions.size(); j++) {
                double dot = 0;
                for (int d = 0; d < functions.get(i).vector().length; d++) {
                    dot += functions.get(i).vector()[d] * functions.get(j).vector()[d];
                }
                System.out.printf("similarity %.3f %s %s%n", dot, functions.get(i).name(), functions.get(j).name());
            }
        }
    }

    private static List<String> findings(UUID repositoryId, String rule) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement("""
                SELECT type, path, start_line, related_locations FROM debt_items WHERE repository_id = ? AND rule_key = ?
                 ORDER BY path""")) {
            select.setObject(1, repositoryId);
            select.setString(2, rule);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    var related = dev.debtos.platform.json.Json.mapper().readTree(rows.getString(4));
                    StringBuilder text = new StringBuilder(rows.getString(1) + " " + rows.getString(2) + ":" + rows.getInt(3));
                    for (var location : related) {
                        text.append(" related ").append(location.get("path").asText()).append(':').append(location.get("startLine").asInt());
                    }
                    found.add(text.toString());
                }
            }
        }
        return found;
    }
}
