package dev.debtos.platform.embeddings;

import com.pgvector.PGvector;
import dev.debtos.platform.ledger.PathGlob;
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
 * Reads file_embeddings: nearest chunks by cosine distance, debt items near another item's code, and how much of a
 * repository is embedded. The embed stage writes the rows ({@link ChunkVectorStore}); this answers from what is stored.
 *
 * <p>The HNSW index is global, so a repository filter applied after the index scan could starve the result. Search
 * therefore runs with pgvector 0.8's {@code hnsw.iterative_scan = strict_order}: the index scan continues until
 * {@code limit} rows of this repository are found (bounded by {@code hnsw.max_scan_tuples}). The index can only
 * serve an {@code ORDER BY} on the distance alone (with a tie-breaker column the planner falls back to a sequential
 * scan of every vector), so the nearest rows are found first and ordered by distance, path and chunk afterwards.
 */
public final class EmbeddingQueries {
    public static final int DIMENSIONS = 384;
    /**
     * The HNSW candidate list of a search ({@code hnsw.ef_search}), at least twice the limit. Chosen with
     * {@code scripts/bench embed --chunks 100000,1000000}: see the worker README's embedding figures.
     */
    public static final int EF_SEARCH = 100;

    /**
     * The search of {@link #nearest}: parameters query vector, repository, model, path regexes (twice), languages
     * (twice), query vector, limit.
     */
    public static final String NEAREST_SQL = """
            SELECT path, chunk_index, start_line, end_line, name, language, snippet, 1 - distance AS score
              FROM (SELECT path, chunk_index, start_line, end_line, name, language, snippet, embedding <=> ? AS distance
                      FROM file_embeddings
                     WHERE repository_id = ? AND model = ?
                       AND (cardinality(?::text[]) = 0 OR path ~ ANY (?::text[]))
                       AND (cardinality(?::text[]) = 0 OR language = ANY (?::text[]))
                     ORDER BY embedding <=> ? LIMIT ?) nearest
             ORDER BY distance, path, chunk_index""";

    private final DataSource dataSource;

    public EmbeddingQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A stored chunk near a query: {@code score} is the cosine similarity (1 is identical), 6 decimals. */
    public record Match(String path, int chunkIndex, int startLine, int endLine, String name, String language, String snippet,
                        double score) {
    }

    /** Which chunks a search looks at: one model's, optionally only paths matching a glob and some languages. */
    public record Filter(String model, List<PathGlob> pathGlobs, List<String> languages) {
        public Filter {
            pathGlobs = List.copyOf(pathGlobs);
            languages = List.copyOf(languages);
        }
    }

    /** Coverage of the latest completed scan's files; {@code scanId} null when the repository was never scanned. */
    public record Coverage(UUID repositoryId, String fullName, UUID scanId, long filesInScan, long filesEmbedded,
                           long chunks, List<ModelStats> models, Instant lastEmbeddedAt) {
    }

    public record ModelStats(String model, long chunks, long files) {
    }

    /** The chunks of the repository nearest to {@code vector} under {@code filter}, nearest first, through the HNSW index. */
    public List<Match> nearest(UUID repositoryId, float[] vector, Filter filter, int limit) throws SQLException {
        return nearest(repositoryId, vector, filter, limit, Math.max(EF_SEARCH, limit * 2));
    }

    /** {@link #nearest(UUID, float[], Filter, int)} with an explicit HNSW candidate list ({@code hnsw.ef_search}). */
    public List<Match> nearest(UUID repositoryId, float[] vector, Filter filter, int limit, int efSearch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement();
                 PreparedStatement select = connection.prepareStatement(NEAREST_SQL)) {
                settings.execute("SET LOCAL hnsw.iterative_scan = strict_order");
                settings.execute("SET LOCAL hnsw.ef_search = " + Math.clamp(efSearch, 1, 1000));
                PGvector query = new PGvector(vector);
                var paths = connection.createArrayOf("text", filter.pathGlobs().stream().map(PathGlob::regex).toArray());
                var languages = connection.createArrayOf("text", filter.languages().toArray());
                select.setObject(1, query);
                select.setObject(2, repositoryId);
                select.setString(3, filter.model());
                select.setArray(4, paths);
                select.setArray(5, paths);
                select.setArray(6, languages);
                select.setArray(7, languages);
                select.setObject(8, query);
                select.setInt(9, limit);
                List<Match> matches = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        matches.add(new Match(rows.getString(1), rows.getInt(2), rows.getInt(3), rows.getInt(4), rows.getString(5),
                                rows.getString(6), rows.getString(7), Math.round(rows.getDouble(8) * 1_000_000) / 1_000_000.0));
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

    /** A debt item near another one's code; {@code score} is the cosine similarity of their code's chunks. */
    public record SimilarItem(UUID id, String ruleKey, String type, String severity, String status, String title, String path,
                              Integer startLine, Integer endLine, double score) {
    }

    /**
     * The open debt items of the repository whose code is nearest to the chunk holding line {@code line} of
     * {@code path} (its smallest chunk, of any model), compared within that chunk's model; each item stands for the
     * smallest chunk holding its own first line. Empty when no stored chunk holds that line. Exact: a repository's
     * items are few enough to compare them all.
     */
    public java.util.Optional<List<SimilarItem>> similarItems(UUID repositoryId, UUID itemId, String path, int line, int limit)
            throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement anchor = connection.prepareStatement("""
                     SELECT embedding::text, model FROM file_embeddings
                      WHERE repository_id = ? AND path = ? AND start_line <= ? AND end_line >= ?
                      ORDER BY end_line - start_line, model LIMIT 1""");
             PreparedStatement select = connection.prepareStatement("""
                     SELECT d.id, d.rule_key, d.type, d.severity, d.status, d.title, d.path, d.start_line, d.end_line,
                            1 - (chunk.embedding <=> ?::vector) AS score
                       FROM debt_items d
                       JOIN LATERAL (SELECT e.embedding FROM file_embeddings e
                                      WHERE e.repository_id = d.repository_id AND e.model = ? AND e.path = d.path
                                        AND e.start_line <= d.start_line AND e.end_line >= d.start_line
                                      ORDER BY e.end_line - e.start_line LIMIT 1) chunk ON true
                      WHERE d.repository_id = ? AND d.id <> ? AND d.status = 'open'
                      ORDER BY score DESC, d.id LIMIT ?""")) {
            anchor.setObject(1, repositoryId);
            anchor.setString(2, path);
            anchor.setInt(3, line);
            anchor.setInt(4, line);
            String vector;
            String model;
            try (ResultSet rows = anchor.executeQuery()) {
                if (!rows.next()) {
                    return java.util.Optional.empty();
                }
                vector = rows.getString(1);
                model = rows.getString(2);
            }
            select.setString(1, vector);
            select.setString(2, model);
            select.setObject(3, repositoryId);
            select.setObject(4, itemId);
            select.setInt(5, limit);
            List<SimilarItem> items = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(new SimilarItem(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                            (Integer) rows.getObject(8), (Integer) rows.getObject(9),
                            Math.round(rows.getDouble(10) * 1_000_000) / 1_000_000.0));
                }
            }
            return java.util.Optional.of(items);
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
