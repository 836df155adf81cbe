package dev.debtos.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Severity;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LedgerUpdateTest {

    private static Finding finding(String fingerprint) {
        return new Finding("DEBT-COMPLEXITY-001", DebtType.COMPLEXITY, Severity.HIGH, "src/A.java", 3, 9, "Too complex",
                "if if if", 30, fingerprint, 2.5);
    }

    private static LedgerUpdate.Existing item(String fingerprint, String status) {
        return new LedgerUpdate.Existing(UUID.randomUUID(), fingerprint, status);
    }

    @Test
    void aFindingWithoutAnItemIsNew() {
        LedgerUpdate update = LedgerUpdate.plan(List.of(), List.of(finding("a"), finding("b")));

        assertThat(update.created()).extracting(Finding::fingerprint).containsExactly("a", "b");
        assertThat(update.stillOpen()).isEmpty();
        assertThat(update.reopened()).isEmpty();
        assertThat(update.resolved()).isEmpty();
    }

    @Test
    void aFindingWhoseItemIsOpenIsStillOpen() {
        LedgerUpdate.Existing open = item("a", "open");

        LedgerUpdate update = LedgerUpdate.plan(List.of(open), List.of(finding("a")));

        assertThat(update.created()).isEmpty();
        assertThat(update.stillOpen()).extracting(LedgerUpdate.Seen::item).containsExactly(open);
        assertThat(update.resolved()).isEmpty();
    }

    @Test
    void anItemWhoseFindingIsGoneIsResolved() {
        LedgerUpdate.Existing open = item("a", "open");
        LedgerUpdate.Existing planned = item("b", "planned");

        LedgerUpdate update = LedgerUpdate.plan(List.of(open, planned), List.of());

        assertThat(update.resolved()).containsExactly(open, planned);
    }

    @Test
    void aResolvedItemWhoseFindingIsBackIsReopened() {
        LedgerUpdate.Existing resolved = item("a", "resolved");

        LedgerUpdate update = LedgerUpdate.plan(List.of(resolved), List.of(finding("a")));

        assertThat(update.reopened()).extracting(LedgerUpdate.Seen::item).containsExactly(resolved);
        assertThat(update.stillOpen()).isEmpty();
        assertThat(update.created()).isEmpty();
    }

    @Test
    void aResolvedItemStillGoneStaysAsItIs() {
        LedgerUpdate update = LedgerUpdate.plan(List.of(item("a", "resolved")), List.of());

        assertThat(update.resolved()).isEmpty();
        assertThat(update.reopened()).isEmpty();
    }

    @Test
    void wontFixIsKeptWhetherTheFindingIsPresentOrGone() {
        LedgerUpdate.Existing present = item("a", "wont_fix");
        LedgerUpdate.Existing gone = item("b", "wont_fix");

        LedgerUpdate update = LedgerUpdate.plan(List.of(present, gone), List.of(finding("a")));

        assertThat(update.stillOpen()).extracting(LedgerUpdate.Seen::item).containsExactly(present);
        assertThat(update.resolved()).isEmpty();
        assertThat(update.reopened()).isEmpty();
    }

    @Test
    void humanStatusesAreKeptWhileTheFindingIsPresent() {
        List<LedgerUpdate.Existing> items = List.of(item("a", "acknowledged"), item("b", "planned"), item("c", "in_progress"));

        LedgerUpdate update = LedgerUpdate.plan(items, List.of(finding("a"), finding("b"), finding("c")));

        assertThat(update.stillOpen()).extracting(LedgerUpdate.Seen::item).containsExactlyElementsOf(items);
        assertThat(update.resolved()).isEmpty();
    }

    @Test
    void duplicateFingerprintsCountOnce() {
        LedgerUpdate update = LedgerUpdate.plan(List.of(), List.of(finding("a"), finding("a")));

        assertThat(update.created()).hasSize(1);
    }
}
