package dev.debtos.platform.db;

import com.pgvector.PGvector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cosine nearest neighbours through the HNSW index on 200 deterministic vectors: the query vector itself,
 * four vectors ever further from it, and 195 random ones.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VectorSearchIT {
    private static final int DIMENSIONS = 384;
    private static final String NEAREST_FIVE = "SELECT path FROM file_embeddings ORDER BY embedding <=> ? LIMIT 5";
    private static final List<String> EXPECTED = List.of("exact.java", "near-1.java", "near-2.java", "near-3.java", "near-4.java");

    private final Random random = new Random(20261124L);
    private TestDatabase database;
    private SingleConnectionDataSource dataSource;
    private float[] query;

    @BeforeAll
    void insertVectors() throws SQLException {
        database = TestDatabase.create();
        dataSource = Database.single(database.settings());
        new Migrations().migrate(dataSource);
        UUID repository = new SchemaFixtures(dataSource).repository();
        query = randomUnitVector();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO file_embeddings (repository_id, path, chunk_index, start_line, end_line, content_hash, embedding, model)
                     VALUES (?, ?, 0, 1, 40, ?, ?, 'all-MiniLM-L6-v2')""")) {
            add(insert, repository, "exact.java", query);
            for (int i = 1; i <= 4; i++) {
                add(insert, repository, "near-" + i + ".java", nudged(query, 0.05f * i));
            }
            for (int i = 0; i < 195; i++) {
                add(insert, repository, "random-" + i + ".java", randomUnitVector());
            }
            assertThat(insert.executeBatch()).hasSize(200);
        }
    }

    @AfterAll
    void drop() throws SQLException {
        if (dataSource != null) {
            dataSource.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private static void add(PreparedStatement insert, UUID repository, String path, float[] vector) throws SQLException {
        insert.setObject(1, repository);
        insert.setString(2, path);
        insert.setString(3, "hash-" + path);
        insert.setObject(4, new PGvector(vector));
        insert.addBatch();
    }

    private float[] randomUnitVector() {
        float[] vector = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return normalised(vector);
    }

    /** The vector moved by {@code distance} in a random direction, normalised again. */
    private float[] nudged(float[] vector, float distance) {
        float[] direction = randomUnitVector();
        float[] moved = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            moved[i] = vector[i] + distance * direction[i];
        }
        return normalised(moved);
    }

    private static float[] normalised(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return vector;
    }

    /** Runs {@code sql} with the query vector in one transaction after the given SET LOCAL statements. */
    private List<String> inTransaction(String sql, String... setLocal) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement()) {
                for (String setting : setLocal) {
                    settings.execute(setting); // constant SQL, no input: SET takes no bind parameters
                }
            }
            List<String> lines = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, new PGvector(query));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        lines.add(rows.getString(1));
                    }
                }
            }
            connection.commit();
            return lines;
        }
    }

    private List<String> approximateNearest(String sql) throws SQLException {
        // A 200-row table is cheaper to scan than to search; enable_seqscan=off makes the planner use the index.
        return inTransaction(sql, "SET LOCAL hnsw.ef_search = 100", "SET LOCAL enable_seqscan = off");
    }

    @Test
    void hnswSearchFindsTheQueryVectorFirstAndThenItsNeighboursInOrder() throws SQLException {
        assertThat(approximateNearest(NEAREST_FIVE)).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void hnswSearchAgreesWithExactSearch() throws SQLException {
        List<String> exact = inTransaction(NEAREST_FIVE, "SET LOCAL enable_indexscan = off");

        assertThat(exact).containsExactlyElementsOf(EXPECTED);
        assertThat(approximateNearest(NEAREST_FIVE)).isEqualTo(exact);
    }

    @Test
    void theQueryPlanUsesTheHnswIndex() throws SQLException {
        String plan = String.join("\n", approximateNearest("EXPLAIN " + NEAREST_FIVE));

        assertThat(plan).contains("Index Scan using idx_file_embeddings_embedding");
    }
}
