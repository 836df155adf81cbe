package dev.debtos.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.pgvector.PGvector;
import dev.debtos.platform.embeddings.EmbeddingQueries;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Search through the HNSW index ({@link EmbeddingQueries#nearest}, the migration's index m=16, ef_construction=64)
 * against exact search, on 20,000 vectors in 400 clusters (code embeds in clusters: one idiom, many copies) plus 5,000
 * of a second repository the filter must skip. Stated tolerance: recall@10 at least 0.95 over 50 queries.
 */
class HnswRecallIT {
    private static final int DIMENSIONS = 384;

    @Test
    void recallAtTenOfTheIndexMatchesExactSearchWithinTolerance() throws Exception {
        try (TestDatabase database = TestDatabase.create(); var dataSource = Database.pooled(database.settings(), 2)) {
            new Migrations().migrate(dataSource);
            SchemaFixtures fixtures = new SchemaFixtures(dataSource);
            UUID repository = fixtures.repository();
            UUID other = fixtures.repository();
            Random random = new Random(2026);
            float[][] centres = new float[400][];
            for (int i = 0; i < centres.length; i++) {
                centres[i] = unit(gaussian(random, 1));
            }
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                connection.setNetworkTimeout(Runnable::run, 0);
                statement.execute("DROP INDEX idx_file_embeddings_embedding");
                StringBuilder rows = new StringBuilder();
                for (int i = 0; i < 25_000; i++) {
                    UUID owner = i < 20_000 ? repository : other;
                    rows.append(owner).append("\tf").append(i).append(".java\t0\t1\t10\th").append(i).append('\t')
                            .append(new PGvector(near(centres[random.nextInt(centres.length)], random))).append("\tall-minilm-l6-v2\n");
                }
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY file_embeddings (repository_id, path, chunk_index,"
                        + " start_line, end_line, content_hash, embedding, model) FROM STDIN", new StringReader(rows.toString()));
                statement.execute("CREATE INDEX idx_file_embeddings_embedding ON file_embeddings USING hnsw (embedding vector_cosine_ops)"
                        + " WITH (m = 16, ef_construction = 64)");
                statement.execute("ANALYZE file_embeddings");
            }
            EmbeddingQueries queries = new EmbeddingQueries(dataSource);
            var filter = new EmbeddingQueries.Filter("all-minilm-l6-v2", List.of(), List.of());
            double recall = 0;
            int queriesRun = 50;
            for (int q = 0; q < queriesRun; q++) {
                float[] query = near(centres[random.nextInt(centres.length)], random);
                Set<String> found = new HashSet<>();
                queries.nearest(repository, query, filter, 10).forEach(match -> found.add(match.path()));
                Set<String> exact = ExactVectorSearch.nearestPaths(dataSource, repository, "all-minilm-l6-v2", query, 10);
                assertThat(found).hasSize(10);
                found.retainAll(exact);
                recall += found.size() / 10.0;
            }
            recall /= queriesRun;
            System.out.printf("HNSW recall@10 vs exact: %.3f%n", recall);
            assertThat(recall).isGreaterThanOrEqualTo(0.95);
            assertThat(plan(dataSource, repository)).contains("idx_file_embeddings_embedding");
        }
    }

    private static String plan(javax.sql.DataSource dataSource, UUID repository) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement explain = connection.prepareStatement("EXPLAIN SELECT path FROM file_embeddings"
                     + " WHERE repository_id = ? AND model = 'all-minilm-l6-v2' ORDER BY embedding <=> ? LIMIT 10")) {
            explain.setObject(1, repository);
            explain.setObject(2, new PGvector(unit(gaussian(new Random(1), 1))));
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    /** A unit vector at cosine ~0.8 from {@code centre}. */
    private static float[] near(float[] centre, Random random) {
        float[] noise = gaussian(random, 0.04);
        float[] v = new float[DIMENSIONS];
        for (int d = 0; d < DIMENSIONS; d++) {
            v[d] = centre[d] + noise[d];
        }
        return unit(v);
    }

    private static float[] gaussian(Random random, double sigma) {
        float[] v = new float[DIMENSIONS];
        for (int d = 0; d < DIMENSIONS; d++) {
            v[d] = (float) (random.nextGaussian() * sigma);
        }
        return v;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        for (int d = 0; d < v.length; d++) {
            v[d] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
