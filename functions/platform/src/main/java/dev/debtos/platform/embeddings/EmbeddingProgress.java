package dev.debtos.platform.embeddings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A scan's embedding batches as figures in its {@code stats.embeddings}, always computed from {@code embedding_batches}
 * (never counted up), so a refresh is idempotent and the last writer is right: {@code embedded} (chunks the model
 * embedded for done batches), {@code batches} ({@code total}, {@code done}, {@code pending}, {@code dropped}),
 * {@code state} ({@code embedding} while a batch is pending, {@code incomplete} when one was dropped, else
 * {@code complete}) and, when incomplete, {@code droppedChunks} and the first drop's {@code reason}. A scan without
 * {@code stats.embeddings}, or whose embeddings were not split into batches, is left alone.
 */
public final class EmbeddingProgress {
    private final DataSource dataSource;

    public EmbeddingProgress(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The batches of one scan, counted. */
    public record Counts(int total, int done, int pending, int dropped) {
        public boolean finished() {
            return pending == 0;
        }
    }

    /** Refreshes the scan's figures (the scan's completion wrote the dispatch-time figures over them). */
    public void refresh(UUID scanId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            refresh(connection, scanId);
        }
    }

    public Counts counts(UUID scanId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT count(*), count(*) FILTER (WHERE status = 'done'), count(*) FILTER (WHERE status = 'pending'),
                            count(*) FILTER (WHERE status = 'dropped')
                       FROM embedding_batches WHERE scan_id = ?""")) {
            select.setObject(1, scanId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new Counts(row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4));
            }
        }
    }

    static void refresh(Connection connection, UUID scanId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE scans s SET stats = jsonb_set(s.stats, '{embeddings}',
                       ((s.stats -> 'embeddings') - 'droppedChunks' - 'reason') || b.figures)
                  FROM (SELECT jsonb_strip_nulls(jsonb_build_object(
                               'embedded', COALESCE(sum(embedded) FILTER (WHERE status = 'done'), 0),
                               'batches', jsonb_build_object('total', count(*),
                                          'done', count(*) FILTER (WHERE status = 'done'),
                                          'pending', count(*) FILTER (WHERE status = 'pending'),
                                          'dropped', count(*) FILTER (WHERE status = 'dropped')),
                               'state', CASE WHEN count(*) FILTER (WHERE status = 'pending') > 0 THEN 'embedding'
                                             WHEN count(*) FILTER (WHERE status = 'dropped') > 0 THEN 'incomplete'
                                             ELSE 'complete' END,
                               'droppedChunks', sum(chunk_count) FILTER (WHERE status = 'dropped'),
                               'reason', (array_agg(reason ORDER BY seq) FILTER (WHERE status = 'dropped'))[1])) AS figures
                          FROM embedding_batches WHERE scan_id = ?) b
                 WHERE s.id = ? AND jsonb_typeof(s.stats -> 'embeddings' -> 'batches') = 'object'""")) {
            update.setObject(1, scanId);
            update.setObject(2, scanId);
            update.executeUpdate();
        }
    }
}
