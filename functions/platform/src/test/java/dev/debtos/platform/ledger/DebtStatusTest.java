package dev.debtos.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DebtStatusTest {
    private static final Map<DebtStatus, Set<DebtStatus>> TABLE = Map.of(
            DebtStatus.OPEN, EnumSet.of(DebtStatus.ACKNOWLEDGED, DebtStatus.PLANNED, DebtStatus.IN_PROGRESS, DebtStatus.WONT_FIX, DebtStatus.RESOLVED),
            DebtStatus.ACKNOWLEDGED, EnumSet.of(DebtStatus.PLANNED, DebtStatus.IN_PROGRESS, DebtStatus.WONT_FIX, DebtStatus.RESOLVED, DebtStatus.OPEN),
            DebtStatus.PLANNED, EnumSet.of(DebtStatus.IN_PROGRESS, DebtStatus.WONT_FIX, DebtStatus.OPEN),
            DebtStatus.IN_PROGRESS, EnumSet.of(DebtStatus.RESOLVED, DebtStatus.PLANNED, DebtStatus.OPEN),
            DebtStatus.RESOLVED, EnumSet.of(DebtStatus.OPEN),
            DebtStatus.WONT_FIX, EnumSet.of(DebtStatus.OPEN),
            DebtStatus.SUPPRESSED, EnumSet.noneOf(DebtStatus.class)); // only a scan moves items into or out of it

    @Test
    void everyPairFollowsTheDocumentedTable() {
        int allowed = 0;
        for (DebtStatus from : DebtStatus.values()) {
            for (DebtStatus to : DebtStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(TABLE.get(from).contains(to));
                allowed += from.canMoveTo(to) ? 1 : 0;
            }
        }
        assertThat(allowed).isEqualTo(18);
    }

    @Test
    void noStatusMovesToItself() {
        for (DebtStatus status : DebtStatus.values()) {
            assertThat(status.canMoveTo(status)).as(status.name()).isFalse();
        }
    }

    @Test
    void wireNamesMatchTheSchemaVocabulary() {
        assertThat(EnumSet.allOf(DebtStatus.class).stream().map(DebtStatus::wireName).toList())
                .containsExactlyElementsOf(DebtVocabulary.STATUSES);
        assertThat(DebtStatus.fromWire("in_progress")).contains(DebtStatus.IN_PROGRESS);
        assertThat(DebtStatus.fromWire("IN_PROGRESS")).isEmpty();
        assertThat(DebtStatus.fromWire("closed")).isEmpty();
    }
}
