package dev.debtos.platform.ledger;

import java.util.List;
import java.util.Optional;

/**
 * What GET /api/repos/{id}/debt asks for; every list holds values of {@link DebtVocabulary} only (the handler
 * validated them), an empty list meaning "any".
 */
public record DebtListQuery(List<String> types, List<String> severities, List<String> statuses, Optional<PathGlob> path,
                            Optional<String> text, Sort sort, boolean descending, int limit, int offset) {

    /** Sort keys; every one ends with priority and id so pages never overlap. */
    public enum Sort {
        PRIORITY("priority %s, id"),
        SEVERITY(DebtVocabulary.SEVERITY_RANK_SQL + " %s, priority DESC, id"),
        EFFORT("effort_minutes %s, priority DESC, id"),
        // age descending = oldest first
        AGE("created_at %s, id");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }

        String orderBy(boolean descending) {
            boolean sqlDescending = this == AGE ? !descending : descending;
            return orderBy.formatted(sqlDescending ? "DESC" : "ASC");
        }
    }

    public DebtListQuery {
        types = List.copyOf(types);
        severities = List.copyOf(severities);
        statuses = List.copyOf(statuses);
    }
}
