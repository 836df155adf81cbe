package dev.debtos.platform.embeddings;

import com.pgvector.PGvector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads file_embeddings: nearest chunks by cosine distance, and how much of a repository is embedded. The embed
 * stage that writes the rows is another component; this answers from what is stored.
 *
 * <p>The HNSW index is global, so a repository filter applied after the index scan could starve the result. Search
 * therefore runs with pgvector 0.8's {@code hnsw.iterative_scan = strict_order}: the index scan continues until
 * {@code limit} rows of this repository are found (bounded by {@code hnsw.max_scan_tuples}).
 */
public final class EmbeddingQueries {
    public static final int DIMENSIONS = 384;

    private final DataSource dataSource;

    public EmbeddingQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Match(String path, int chunkIndex, int startLine, int endLine, String contentHash, String model,
                        double similarity) {
    }

    /** Coverage of the latest completed scan's files; {@code scanId} null when the repository was never scanned. */
    public record Coverage(UUID repositoryId, String fullName, UUID scanId, long filesInScan, long filesEmbedded,
                           long chunks, List<ModelStats> models, Instant lastEmbeddedAt) {
    }

    public record ModelStats(String model, long chunks, long files) {
    }

    public List<Match> nearest(UUID repositoryId, float[] vector, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement();
                 PreparedStatement select = connection.prepareStatement("""
                         SELECT path, chunk_index, start_line, end_line, content_hash, model, 1 - (embedding <=> ?) AS similarity
                           FROM file_embeddings WHERE repository_id = ? ORDER BY embedding <=> ?, path, chunk_index LIMIT ?""")) {
                settings.execute("SET LOCAL hnsw.iterative_scan = strict_order");
                PGvector query = new PGvector(vector);
                select.setObject(1, query);
                select.setObject(2, repositoryId);
                select.setObject(3, query);
                select.setInt(4, limit);
                List<Match> matches = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        matches.add(new Match(rows.getString(1), rows.getInt(2), rows.getInt(3), rows.getInt(4), rows.getString(5),
                                rows.getString(6), Math.round(rows.getDouble(7) * 1_000_000) / 1_000_000.0));
                    }
                }
                connection.commit();
                return matches;
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    /** Coverage of every repository {@code ownerId} owns, by full name. */
    public List<Coverage> coverageOf(UUID ownerId) throws SQLException {
        List<Coverage> all = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id, full_name FROM repositories WHERE owner_id = ? ORDER BY full_name, id")) {
            select.setObject(1, ownerId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    all.add(coverage(connection, rows.getObject(1, UUID.class), rows.getString(2)));
                }
            }
        }
        return all;
    }

    public Coverage coverage(UUID repositoryId, String fullName) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return coverage(connection, repositoryId, fullName);
        }
    }

    private static Coverage coverage(Connection connection, UUID repositoryId, String fullName) throws SQLException {
        try (PreparedStatement files = connection.prepareStatement("""
                 WITH latest AS (SELECT id FROM scans WHERE repository_id = ? AND status = 'completed' AND pr_number IS NULL
                                  ORDER BY created_at DESC LIMIT 1)
                 SELECT (SELECT id FROM latest),
                        (SELECT count(*) FROM file_snapshots f WHERE f.scan_id = (SELECT id FROM latest)),
                        (SELECT count(*) FROM file_snapshots f WHERE f.scan_id = (SELECT id FROM latest)
                            AND EXISTS (SELECT 1 FROM file_embeddings e WHERE e.repository_id = ? AND e.path = f.path))""");
             PreparedStatement models = connection.prepareStatement("""
                 SELECT model, count(*), count(DISTINCT path), max(created_at) FROM file_embeddings
                  WHERE repository_id = ? GROUP BY model ORDER BY model""")) {
            files.setObject(1, repositoryId);
            files.setObject(2, repositoryId);
            UUID scanId;
            long inScan;
            long embedded;
            try (ResultSet rows = files.executeQuery()) {
                rows.next();
                scanId = rows.getObject(1, UUID.class);
                inScan = rows.getLong(2);
                embedded = rows.getLong(3);
            }
            models.setObject(1, repositoryId);
            List<ModelStats> perModel = new ArrayList<>();
            long chunks = 0;
            Instant last = null;
            try (ResultSet rows = models.executeQuery()) {
                while (rows.next()) {
                    perModel.add(new ModelStats(rows.getString(1), rows.getLong(2), rows.getLong(3)));
                    chunks += rows.getLong(2);
                    Timestamp at = rows.getTimestamp(4);
                    last = last == null || at.toInstant().isAfter(last) ? at.toInstant() : last;
                }
            }
            return new Coverage(repositoryId, fullName, scanId, inScan, embedded, chunks, perModel, last);
        }
    }
}
