package dev.debtos.engine.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairCountsTest {

    @Test
    void countsUnorderedPairsThroughManyGrowths() {
        PairCounts counts = new PairCounts();
        for (int a = 0; a < 100; a++) {
            for (int b = a + 1; b < 100; b++) {
                for (int k = 0; k < (a + b) % 3 + 1; k++) {
                    if (k % 2 == 0) {
                        counts.increment(a, b);
                    } else {
                        counts.increment(b, a);
                    }
                }
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        counts.forEach((first, second, count) -> seen.put(first + "-" + second, count));

        assertThat(counts.size()).isEqualTo(100 * 99 / 2);
        assertThat(seen).hasSize(100 * 99 / 2);
        assertThat(seen).containsEntry("0-1", 2).containsEntry("0-2", 3).containsEntry("98-99", 3)
                .containsEntry("1-2", 1);
    }
}
