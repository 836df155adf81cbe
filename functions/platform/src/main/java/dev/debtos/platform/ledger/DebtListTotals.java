package dev.debtos.platform.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * The {@code total} of GET /api/repos/{id}/debt, counted once per ledger state and filter. The count visits every
 * matching row (100k items: the list route's whole cost), while the page itself is an index-ordered LIMIT; so the
 * count goes through {@link LedgerCache}, whose keys hold the repository's ledger version: a completed scan or a
 * status change makes the next list count again, and the total a user sees is always that of the current ledger.
 * Redis down → counted in the database (fail open, as LedgerCache does).
 *
 * <p>The key's variant is a SHA-256 of the normalised filter (value lists sorted and de-duplicated, the path glob as
 * its SQL regex and prefix, the text as given): sort, order, limit and offset do not change a total, so every page
 * and every sort of one filter share one entry. The text is hashed, never stored in a key.
 */
public final class DebtListTotals {
    private final DebtQueries queries;
    private final LedgerCache cache;

    public DebtListTotals(DebtQueries queries, LedgerCache cache) {
        this.queries = queries;
        this.cache = cache;
    }

    /** The total and whether it came from the cache. */
    public record Total(long value, boolean hit) {
    }

    public Total total(OwnedRepositories.OwnedRepository repository, DebtListQuery query) throws SQLException {
        LedgerCache.Read read = cache.read(repository, "debt-total", filterKey(query),
                () -> Long.toString(queries.count(repository.id(), query)));
        return new Total(Long.parseLong(read.json()), read.hit());
    }

    /** Equal for queries whose filters select the same rows however they were spelled. */
    static String filterKey(DebtListQuery query) {
        String normalised = "type=" + sorted(query.types()) + "\nseverity=" + sorted(query.severities())
                + "\nstatus=" + sorted(query.statuses())
                + "\npath=" + query.path().map(glob -> glob.likePrefix() + "\u0000" + glob.regex()).orElse("")
                + "\nq=" + query.text().orElse("");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String sorted(List<String> values) {
        return String.join(",", new TreeSet<>(values));
    }
}
