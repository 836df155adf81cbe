package dev.debtos.platform.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The stored words of scan statuses are those of the scans table's CHECK constraint (004-scans.sql). */
class ScanStatusTest {

    @Test
    void theStoredWordsAreTheTablesAndOnlyTheFinalOnesAreFinal() {
        assertThat(ScanCounts.STATUSES).containsExactly("queued", "cloning", "analyzing", "llm", "embedding", "completed",
                "failed", "cancelled");
        assertThat(ScanStatus.ACTIVE_SQL).isEqualTo("('queued', 'cloning', 'analyzing', 'llm', 'embedding')");
        assertThat(ScanStatus.values()).filteredOn(ScanStatus::isFinal)
                .containsExactly(ScanStatus.COMPLETED, ScanStatus.FAILED, ScanStatus.CANCELLED);
        for (ScanStatus status : ScanStatus.values()) {
            assertThat(ScanStatus.fromKey(status.key())).isEqualTo(status);
        }
    }

    @Test
    void anUnknownWordIsRefused() {
        assertThatThrownBy(() -> ScanStatus.fromKey("paused")).isInstanceOf(IllegalArgumentException.class);
    }
}
