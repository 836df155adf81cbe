package dev.debtos.worker.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import dev.debtos.platform.config.ConfigException;
import dev.debtos.platform.config.Profile;
import dev.debtos.platform.embeddings.ChunkVectorStore;
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
import java.util.UUID;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans with the embed stage: the real all-MiniLM-L6-v2 model, real PostgreSQL + pgvector, real git repositories. */
class EmbeddingScanIT {
    static final String NUMBERS = "src/main/java/util/Numbers.java";
    static final String TEXT = "src/main/java/util/Text.java";

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
    void aScanEmbedsItsChunksAndAnUnchangedRescanEmbedsNothing() throws Exception {
        Path repo = repository(dir.resolve("utils"));
        Repository repository = new RepositoryStore(dataSource).localRepository(repo);

        JsonNode first = scan(repository, repo).path("embeddings");
        assertThat(first.path("model").asText()).isEqualTo("all-minilm-l6-v2");
        int chunks = first.path("chunks").asInt();
        assertThat(chunks).isGreaterThanOrEqualTo(5);
        assertThat(first.path("embedded").asInt()).isEqualTo(chunks);
        assertThat(first.path("reused").asInt()).isZero();
        assertThat(count("SELECT count(*) FROM file_embeddings WHERE repository_id = ? AND model = 'all-minilm-l6-v2'"
                + " AND dimensions = 384", repository.id())).isEqualTo(chunks);
        assertThat(count("SELECT count(*) FROM file_embeddings WHERE repository_id = ? AND name = 'isPrime'"
                + " AND snippet LIKE '%isPrime%' AND language = 'java'", repository.id())).isOne();

        JsonNode again = scan(repository, repo).path("embeddings");
        assertThat(again.path("embedded").asInt()).isZero();
        assertThat(again.path("reused").asInt()).isEqualTo(chunks);

        ScanFixture.commit(repo, TEXT, Files.readString(repo.resolve(TEXT)).replace("return builder.reverse().toString();",
                "String reversed = builder.reverse().toString();\n        return reversed;"));
        JsonNode changed = scan(repository, repo).path("embeddings");
        assertThat(changed.path("chunks").asInt()).isEqualTo(chunks);
        assertThat(changed.path("embedded").asInt()).as("only the edited function").isOne();
        assertThat(changed.path("reused").asInt()).isEqualTo(chunks - 1);
        assertThat(count("SELECT count(*) FROM file_embeddings WHERE repository_id = ?", repository.id())).isEqualTo(chunks);

        try (Git git = Git.open(repo.toFile())) {
            git.rm().addFilepattern(NUMBERS).call();
            git.commit().setMessage("drop numbers").setAuthor("Dev", "dev@example.com").setCommitter("Dev", "dev@example.com")
                    .setSign(false).call();
        }
        JsonNode removed = scan(repository, repo).path("embeddings");
        assertThat(removed.path("embedded").asInt()).isZero();
        assertThat(count("SELECT count(*) FROM file_embeddings WHERE repository_id = ? AND path = '" + NUMBERS + "'",
                repository.id())).isZero();
        assertThat(count("SELECT count(*) FROM file_embeddings WHERE repository_id = ?", repository.id()))
                .isEqualTo(removed.path("chunks").asInt());
    }

    @Test
    void aScanEmbedsAtMostItsBudgetInWholeFilesAndTheNextAnalysedScanEmbedsTheRest() throws Exception {
        Path repo = repository(dir.resolve("budget"));
        Repository repository = new RepositoryStore(dataSource).localRepository(repo);

        JsonNode first = scan(repository, repo, 1).path("embeddings");
        int chunks = first.path("chunks").asInt();
        long filesWithRows = count("SELECT count(DISTINCT path) FROM file_embeddings WHERE repository_id = ?", repository.id());
        long rows = count("SELECT count(*) FROM file_embeddings WHERE repository_id = ?", repository.id());
        assertThat(filesWithRows).as("one whole file, however small the budget").isOne();
        assertThat(first.path("embedded").asLong()).isEqualTo(rows);
        assertThat(first.path("deferred").asInt()).isPositive().isEqualTo(chunks - (int) rows);

        ScanFixture.commit(repo, "docs/notes.txt", "the tree changes, no code does\n");
        JsonNode second = scan(repository, repo, 1).path("embeddings");
        assertThat(second.path("embedded").asInt()).as("the deferred file's chunks").isEqualTo(chunks - (int) rows);
        assertThat(count("SELECT count(DISTINCT path) FROM file_embeddings WHERE repository_id = ? AND path LIKE '%.java'",
                repository.id())).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM file_embeddings WHERE repository_id = ? AND name = 'isPrime'",
                repository.id())).isOne();
    }

    @Test
    void theBudgetVariableIsAWholeNumberOfAtLeastOne() {
        assertThat(EmbeddingStages.budget(null)).isEqualTo(EmbeddingStages.DEFAULT_BUDGET);
        assertThat(EmbeddingStages.budget(" 250 ")).isEqualTo(250);
        for (String bad : new String[] {"0", "-3", "lots", "1.5"}) {
            assertThatThrownBy(() -> EmbeddingStages.budget(bad)).isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith("EMBED_MAX_CHUNKS_PER_SCAN must be a whole number");
        }
    }

    /** Two files of small, clearly named functions. */
    static Path repository(Path repo) throws Exception {
        Files.createDirectories(repo);
        Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call().close();
        ScanFixture.commit(repo, NUMBERS, """
                package util;

                final class Numbers {
                    static boolean isPrime(int n) {
                        if (n < 2) {
                            return false;
                        }
                        for (int d = 2; (long) d * d <= n; d++) {
                            if (n % d == 0) {
                                return false;
                            }
                        }
                        return true;
                    }

                    static long factorial(int n) {
                        long result = 1;
                        for (int i = 2; i <= n; i++) {
                            result *= i;
                        }
                        return result;
                    }

                    static int greatestCommonDivisor(int a, int b) {
                        while (b != 0) {
                            int t = a % b;
                            a = b;
                            b = t;
                        }
                        return a;
                    }
                }
                """);
        ScanFixture.commit(repo, TEXT, """
                package util;

                import java.util.ArrayList;
                import java.util.List;

                final class Text {
                    static String reverse(String value) {
                        StringBuilder builder = new StringBuilder(value);
                        return builder.reverse().toString();
                    }

                    static List<String> splitCsvLine(String line) {
                        List<String> fields = new ArrayList<>();
                        StringBuilder field = new StringBuilder();
                        boolean quoted = false;
                        for (char c : line.toCharArray()) {
                            if (c == '"') {
                                quoted = !quoted;
                            } else if (c == ',' && !quoted) {
                                fields.add(field.toString());
                                field.setLength(0);
                            } else {
                                field.append(c);
                            }
                        }
                        fields.add(field.toString());
                        return fields;
                    }

                    static boolean isValidEmailAddress(String address) {
                        int at = address.indexOf('@');
                        return at > 0 && at == address.lastIndexOf('@') && address.indexOf('.', at) > at + 1;
                    }
                }
                """);
        return repo;
    }

    private JsonNode scan(Repository repository, Path repo) throws Exception {
        return scan(repository, repo, EmbeddingStages.DEFAULT_BUDGET);
    }

    private JsonNode scan(Repository repository, Path repo, int chunkBudget) throws Exception {
        ScanStore scans = new ScanStore(dataSource);
        Scan scan = scans.createQueued(repository.id(), "manual", "main", ScanFixture.head(repo));
        ScanPorts ports = ScanPorts.of(dataSource, WorkspacePreparer.defaults(Profile.LOCAL),
                ScanAnalyzer.engine(EmbeddingStages.of(model, new ChunkVectorStore(dataSource), chunkBudget)),
                new LeaseTerms("worker-" + UUID.randomUUID(), Duration.ofMinutes(1)));
        assertThat(new ScanWorkerHandler(new ScanPipeline(ports)).handleRequest(ScanFixture.event(scan.id(), 1), null)
                .getBatchItemFailures()).isEmpty();
        Scan done = scans.find(scan.id()).orElseThrow();
        assertThat(done.status()).as(String.valueOf(done.error())).isEqualTo(ScanStatus.COMPLETED);
        return Json.mapper().readTree(done.stats());
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
