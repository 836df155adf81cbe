package dev.debtos.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The total's cache key: one entry per set of selected rows, whatever the spelling, sort or page; different filters
 * never share one. The cache's behaviour against Redis and the ledger is DebtCacheIT's (functions/local).
 */
class DebtListCacheTest {

    private static DebtListQuery query(List<String> types, List<String> severities, List<String> statuses, String glob,
                                       String text, DebtListQuery.Sort sort, boolean descending, int limit, int offset) {
        return new DebtListQuery(types, severities, statuses, Optional.ofNullable(glob).map(PathGlob::parse),
                Optional.ofNullable(text), sort, descending, limit, offset);
    }

    private static DebtListQuery filter(List<String> statuses, String glob, String text) {
        return query(List.of(), List.of(), statuses, glob, text, DebtListQuery.Sort.PRIORITY, true, 50, 0);
    }

    @Test
    void spellingSortAndPageDoNotChangeTheTotalsKey() {
        String key = DebtListCache.filterKey(filter(List.of("open", "planned"), "src/**", "todo"));
        assertThat(DebtListCache.filterKey(query(List.of(), List.of(), List.of("planned", "open", "open"), "src/**", "todo",
                DebtListQuery.Sort.AGE, false, 10, 500))).isEqualTo(key);
        assertThat(key).matches("[0-9a-f]{64}").doesNotContain("todo");
    }

    @Test
    void differentFiltersHaveDifferentKeys() {
        List<DebtListQuery> filters = List.of(
                filter(List.of(), null, null),
                filter(List.of("open"), null, null),
                filter(List.of("open", "planned"), null, null),
                filter(List.of(), "src/**", null),
                filter(List.of(), "src/*", null),
                filter(List.of(), null, "todo"),
                filter(List.of(), null, "TODO"),
                query(List.of("open"), List.of(), List.of(), null, null, DebtListQuery.Sort.PRIORITY, true, 50, 0),
                query(List.of(), List.of("high"), List.of(), null, null, DebtListQuery.Sort.PRIORITY, true, 50, 0));
        assertThat(filters.stream().map(DebtListCache::filterKey).distinct()).hasSize(filters.size());
    }

    @Test
    void onlyFirstPagesAreKeptWhole() {
        var cache = new DebtListCache(null, new LedgerCache(() -> {
            throw new IllegalStateException("not reached");
        }));
        var repository = new OwnedRepositories.OwnedRepository(UUID.randomUUID(), "a/b", "0-0");
        DebtListQuery second = query(List.of(), List.of(), List.of(), null, null, DebtListQuery.Sort.PRIORITY, true, 50, 50);
        assertThatThrownBy(() -> cache.firstPage(repository, second, () -> "{}")).isInstanceOf(IllegalArgumentException.class);
    }
}
