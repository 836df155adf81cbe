package dev.debtos.platform.embeddings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.debtos.platform.embeddings.ChunkVectorStore.ChunkRow;
import dev.debtos.platform.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A scan's embedding work in {@code embedding_batches}: written by the scan's embed stage, taken by the embedding worker.
 * A batch is finished exactly once: {@link #complete} stores its files' vectors and marks it done in one transaction,
 * and only while it is still pending, so a redelivered or superseded batch writes nothing. Every change of a batch's
 * status refreshes its scan's {@code stats.embeddings} from the table ({@link EmbeddingProgress}).
 */
public final class EmbeddingBatchStore {
    private static final TypeReference<List<BatchChunk>> CHUNKS = new TypeReference<>() {
    };

    private final DataSource dataSource;

    public EmbeddingBatchStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A chunk to embed: where it is, what a search result shows of it, and the normalised text the model reads. */
    public record BatchChunk(String path, int index, int startLine, int endLine, String hash, String name, String language,
                             String snippet, String text) {
    }

    /** A batch still to embed. */
    public record PendingBatch(UUID id, UUID scanId, UUID repositoryId, String model, int dimensions, Instant deadline,
                               List<BatchChunk> chunks) {

        /** The batch's files: their rows are replaced together. */
        public Set<String> paths() {
            Set<String> paths = new LinkedHashSet<>();
            chunks.forEach(chunk -> paths.add(chunk.path()));
            return paths;
        }
    }

    /**
     * Writes a scan's batches (whole files each, in order) and drops the pending batches of the repository's earlier
     * scans for the same model: this scan's tree replaces theirs. A retried scan's pending batches from its earlier
     * attempt are deleted (its done ones stay, numbered before the new ones). Returns the new batches' ids, in order.
     */
    public List<UUID> create(UUID scanId, UUID repositoryId, String model, int dimensions, Instant deadline,
                             List<List<BatchChunk>> batches) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Set<UUID> superseded = new LinkedHashSet<>();
                try (PreparedStatement drop = connection.prepareStatement("""
                        UPDATE embedding_batches SET status = 'dropped', files = NULL, finished_at = now(),
                               reason = 'superseded by a later scan of the repository'
                         WHERE repository_id = ? AND model = ? AND status = 'pending' AND scan_id <> ?
                        RETURNING scan_id""")) {
                    drop.setObject(1, repositoryId);
                    drop.setString(2, model);
                    drop.setObject(3, scanId);
                    try (ResultSet rows = drop.executeQuery()) {
                        while (rows.next()) {
                            superseded.add(rows.getObject(1, UUID.class));
                        }
                    }
                }
                int first;
                try (PreparedStatement retried = connection.prepareStatement(
                        "DELETE FROM embedding_batches WHERE scan_id = ? AND status = 'pending'");
                     PreparedStatement next = connection.prepareStatement(
                             "SELECT COALESCE(max(seq) + 1, 0) FROM embedding_batches WHERE scan_id = ?")) {
                    retried.setObject(1, scanId);
                    retried.executeUpdate();
                    next.setObject(1, scanId);
                    try (ResultSet row = next.executeQuery()) {
                        row.next();
                        first = row.getInt(1);
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO embedding_batches (scan_id, repository_id, model, dimensions, seq, files, chunk_count, deadline)
                        VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?) RETURNING id""")) {
                    for (int seq = 0; seq < batches.size(); seq++) {
                        insert.setObject(1, scanId);
                        insert.setObject(2, repositoryId);
                        insert.setString(3, model);
                        insert.setInt(4, dimensions);
                        insert.setInt(5, first + seq);
                        insert.setString(6, Json.mapper().writeValueAsString(batches.get(seq)));
                        insert.setInt(7, batches.get(seq).size());
                        insert.setTimestamp(8, Timestamp.from(deadline));
                        try (ResultSet row = insert.executeQuery()) {
                            row.next();
                            ids.add(row.getObject(1, UUID.class));
                        }
                    }
                }
                for (UUID earlier : superseded) {
                    EmbeddingProgress.refresh(connection, earlier);
                }
                connection.commit();
            } catch (SQLException | JsonProcessingException | RuntimeException e) {
                connection.rollback();
                throw e instanceof SQLException sql ? sql : new SQLException("writing embedding batches failed", e);
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return ids;
    }

    /** The batch when it is still pending; empty when it is done, dropped or unknown. */
    public Optional<PendingBatch> pending(UUID batchId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT scan_id, repository_id, model, dimensions, deadline, files::text FROM embedding_batches
                      WHERE id = ? AND status = 'pending'""")) {
            select.setObject(1, batchId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                List<BatchChunk> chunks = Json.mapper().readValue(row.getString(6), CHUNKS);
                return Optional.of(new PendingBatch(batchId, row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getString(3), row.getInt(4), row.getTimestamp(5).toInstant(), chunks));
            } catch (JsonProcessingException e) {
                throw new SQLException("embedding batch " + batchId + " holds unreadable chunks", e);
            }
        }
    }

    /**
     * In one transaction, while the batch is still pending: replaces its files' rows with {@code rows}, marks it done
     * with {@code embedded} (the chunks the model embedded for it) and refreshes its scan's figures. False, with
     * nothing written, when the batch is no longer pending (done by an earlier delivery, dropped, superseded).
     */
    public boolean complete(PendingBatch batch, List<ChunkRow> rows, int embedded) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!finish(connection, batch.id(), "done", embedded, null)) {
                    connection.rollback();
                    return false;
                }
                ChunkVectorStore.replace(connection, batch.repositoryId(), batch.model(), batch.dimensions(), batch.paths(),
                        rows);
                EmbeddingProgress.refresh(connection, batch.scanId());
                connection.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Drops a pending batch with its reason (shown in the scan's figures); false when it was no longer pending. */
    public boolean drop(UUID batchId, String reason) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                boolean dropped = finish(connection, batchId, "dropped", 0, reason);
                if (dropped) {
                    try (PreparedStatement scan = connection.prepareStatement(
                            "SELECT scan_id FROM embedding_batches WHERE id = ?")) {
                        scan.setObject(1, batchId);
                        try (ResultSet row = scan.executeQuery()) {
                            row.next();
                            EmbeddingProgress.refresh(connection, row.getObject(1, UUID.class));
                        }
                    }
                }
                connection.commit();
                return dropped;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /**
     * Drops every batch still pending at {@code now} past its deadline (a message lost or parked in the dead-letter
     * queue leaves its batch pending): the scan then says its embeddings are incomplete. Returns how many.
     */
    public int dropExpired(Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Set<UUID> scans = new LinkedHashSet<>();
                try (PreparedStatement drop = connection.prepareStatement("""
                        UPDATE embedding_batches SET status = 'dropped', files = NULL, finished_at = now(),
                               reason = 'not embedded by its deadline'
                         WHERE status = 'pending' AND deadline < ? RETURNING scan_id""")) {
                    drop.setTimestamp(1, Timestamp.from(now));
                    int count = 0;
                    try (ResultSet rows = drop.executeQuery()) {
                        while (rows.next()) {
                            scans.add(rows.getObject(1, UUID.class));
                            count++;
                        }
                    }
                    for (UUID scan : scans) {
                        EmbeddingProgress.refresh(connection, scan);
                    }
                    connection.commit();
                    return count;
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static boolean finish(Connection connection, UUID batchId, String status, int embedded, String reason)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE embedding_batches SET status = ?, files = NULL, embedded = ?, reason = ?, finished_at = now()
                 WHERE id = ? AND status = 'pending'""")) {
            update.setString(1, status);
            update.setInt(2, embedded);
            update.setString(3, reason);
            update.setObject(4, batchId);
            return update.executeUpdate() == 1;
        }
    }
}
