package dev.debtos.platform.embeddings;

import dev.debtos.platform.ledger.DebtSummaryStore;
import dev.debtos.platform.ledger.LedgerStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * "Not debt" feedback remembered by meaning ({@code debt_feedback_memory}). An item marked invalid has the embedding
 * of its code remembered (the smallest stored chunk holding its first line); after each scan, open items of the same
 * rule and repository whose code is within the repository's similarity threshold of a remembered one become
 * {@code suppressed} with {@code suppression = {"by": "feedback", ...}}, and the items it suppressed that are no
 * longer within it (the memory was forgotten: marked valid again) are open again. Suppressions of other origins
 * (inline comments, .debt-os.yml, settings) are the ledger's and left alone. Every change is a {@code status_change}
 * event without an actor. A change bumps the repository's {@code ledger_version} (cache keys) and recounts its stored
 * totals ({@link DebtSummaryStore}) in the same transaction.
 */
public final class FeedbackMemory {
    /**
     * Cosine similarity from which a finding counts as a look-alike of a remembered one. Chosen from measurement on
     * all-MiniLM-L6-v2 ({@code FeedbackMemoryIT}): a copy of a complex function with every name changed scores 0.76
     * against the original, a different complex function 0.17.
     */
    public static final double DEFAULT_SIMILARITY = 0.7;

    /** The smallest stored chunk holding the item's first line, of any model (alias {@code c}: model, embedding). */
    private static final String ITEM_CHUNK = """
            JOIN LATERAL (SELECT e.model, e.embedding FROM file_embeddings e
                           WHERE e.repository_id = d.repository_id AND e.path = d.path
                             AND e.start_line <= d.start_line AND e.end_line >= d.start_line
                           ORDER BY e.end_line - e.start_line, e.model LIMIT 1) c ON true""";

    private final DataSource dataSource;

    public FeedbackMemory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What one application changed. */
    public record Applied(int suppressed, int unsuppressed) {
    }

    /** Remembers the item's code; false when its code has no stored embedding (nothing to compare later findings with). */
    public boolean remember(UUID itemId, UUID actorId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO debt_feedback_memory (debt_item_id, repository_id, rule_key, model, embedding, created_by)
                     SELECT d.id, d.repository_id, d.rule_key, c.model, c.embedding, ? FROM debt_items d
                     """ + ITEM_CHUNK + """

                      WHERE d.id = ?
                     ON CONFLICT (debt_item_id) DO UPDATE SET model = EXCLUDED.model, embedding = EXCLUDED.embedding,
                                                              created_by = EXCLUDED.created_by, created_at = now()""")) {
            insert.setObject(1, actorId);
            insert.setObject(2, itemId);
            return insert.executeUpdate() == 1;
        }
    }

    /** The stored totals follow the moved items, and the ledger's cached documents are read again (a new cache key). */
    private static void ledgerChanged(Connection transaction, UUID repositoryId) throws SQLException {
        try (PreparedStatement bump = transaction.prepareStatement(
                "UPDATE repositories SET ledger_version = ledger_version + 1 WHERE id = ?")) {
            bump.setObject(1, repositoryId);
            bump.executeUpdate();
        }
        DebtSummaryStore.refresh(transaction, repositoryId);
    }

    /** Forgets the item's code; true when it was remembered. */
    public boolean forget(UUID itemId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM debt_feedback_memory WHERE debt_item_id = ?")) {
            delete.setObject(1, itemId);
            return delete.executeUpdate() == 1;
        }
    }

    /**
     * Suppresses the open look-alikes among the items {@code scanId} saw and lifts the suppressed items that no
     * longer are, at the repository's {@code feedbackSimilarity} setting (default {@link #DEFAULT_SIMILARITY}), in one
     * transaction, recording the counts in the scan's stats ({@code feedbackSuppressed},
     * {@code feedbackLifted}).
     */
    public Applied apply(UUID repositoryId, UUID scanId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement apply = connection.prepareStatement("""
                         WITH threshold AS (
                             SELECT coalesce((settings ->> 'feedbackSimilarity')::float8, ?) AS similarity
                               FROM repositories WHERE id = ?),
                         seen AS (
                             SELECT d.id, d.status,
                                    EXISTS (SELECT 1 FROM debt_feedback_memory m
                                             WHERE m.repository_id = d.repository_id AND m.rule_key = d.rule_key
                                               AND m.model = c.model
                                               AND 1 - (m.embedding <=> c.embedding) >= (SELECT similarity FROM threshold)) AS alike
                               FROM debt_items d
                             """ + ITEM_CHUNK + """

                              WHERE d.repository_id = ? AND d.last_seen_scan_id = ?
                                AND (d.status = 'open' OR d.status = 'suppressed' AND d.suppression ->> 'by' = 'feedback')
                                AND d.path IS NOT NULL AND d.start_line IS NOT NULL),
                         suppressed AS (
                             UPDATE debt_items d SET status = 'suppressed', updated_at = now(),
                                    suppression = jsonb_build_object('by', 'feedback', 'reason', 'looks like an item marked invalid')
                               FROM seen s WHERE d.id = s.id AND s.status = 'open' AND s.alike
                             RETURNING d.id),
                         lifted AS (
                             UPDATE debt_items d SET status = 'open', suppression = NULL, updated_at = now() FROM seen s
                              WHERE d.id = s.id AND s.status = 'suppressed' AND NOT s.alike
                             RETURNING d.id),
                         events AS (
                             INSERT INTO debt_item_events (debt_item_id, kind, from_status, to_status, note)
                             SELECT id, 'status_change', 'open', 'suppressed', 'looks like an item marked invalid' FROM suppressed
                             UNION ALL
                             SELECT id, 'status_change', 'suppressed', 'open', 'no longer like an item marked invalid' FROM lifted)
                         SELECT (SELECT count(*) FROM suppressed), (SELECT count(*) FROM lifted)""");
                 PreparedStatement stats = connection.prepareStatement("""
                         UPDATE scans SET stats = coalesce(stats, '{}'::jsonb)
                                || jsonb_build_object('feedbackSuppressed', ?::int, 'feedbackLifted', ?::int) WHERE id = ?""")) {
                new LedgerStore().lock(connection, repositoryId); // as a scan does: the repository row, then its items
                apply.setDouble(1, DEFAULT_SIMILARITY);
                apply.setObject(2, repositoryId);
                apply.setObject(3, repositoryId);
                apply.setObject(4, scanId);
                Applied applied;
                try (ResultSet rows = apply.executeQuery()) {
                    rows.next();
                    applied = new Applied(rows.getInt(1), rows.getInt(2));
                }
                stats.setInt(1, applied.suppressed());
                stats.setInt(2, applied.unsuppressed());
                stats.setObject(3, scanId);
                stats.executeUpdate();
                if (applied.suppressed() + applied.unsuppressed() > 0) {
                    ledgerChanged(connection, repositoryId);
                }
                connection.commit();
                return applied;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
