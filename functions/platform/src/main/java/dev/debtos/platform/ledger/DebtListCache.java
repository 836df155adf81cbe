package dev.debtos.platform.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * What GET /api/repos/{id}/debt keeps in {@link LedgerCache}: the exact {@code total} per filter, and each filter's
 * rendered first page. The count visits every matching row (at 100k items the route's whole cost) while a page is an
 * index-ordered LIMIT, so the count runs once per ledger state and filter. Keys hold the repository's ledger
 * version: a completed scan or a status change makes the next list count (and render) again, so the total and the
 * first page a user sees are always those of the current ledger. Redis down → the database answers (fail open).
 *
 * <p>Only first pages (offset 0, what a user opens) are kept whole; deeper pages are read each time and use the
 * cached total, so paging through a large ledger cannot fill Redis. A total's key is a SHA-256 of the normalised
 * filter (value lists sorted and de-duplicated, the path glob as its SQL prefix and regex, the text as given): sort,
 * order, limit and offset do not change a total, so every page and sort of one filter share it. The text is hashed,
 * never stored in a key.
 */
public final class DebtListCache {
    private final DebtQueries queries;
    private final LedgerCache cache;

    public DebtListCache(DebtQueries queries, LedgerCache cache) {
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

    /** The rendered answer to a first page ({@code offset} 0), from the cache or {@code render}. */
    public LedgerCache.Read firstPage(OwnedRepositories.OwnedRepository repository, DebtListQuery query,
                                      LedgerCache.Loader render) throws SQLException {
        if (query.offset() != 0) {
            throw new IllegalArgumentException("only first pages are cached");
        }
        String page = query.sort() + ":" + (query.descending() ? "desc" : "asc") + ":" + query.limit();
        return cache.read(repository, "debt-page", filterKey(query) + ":" + page, render);
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
