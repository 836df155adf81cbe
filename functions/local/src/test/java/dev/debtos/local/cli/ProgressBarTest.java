package dev.debtos.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress bar's lines, and the timings it lists at the end when asked to (analyze --timings). */
class ProgressBarTest {

    @Test
    void listsEachTimedPartAtTheEndOnlyWhenAskedTo() {
        ByteArrayOutputStream withTimings = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(withTimings, true, StandardCharsets.UTF_8), false).withTimings();
        bar.update("rules", 0, 2);
        bar.timed("rules", "DEBT-SECRET-001", 12_400_000L, 9_600_000L);
        bar.timed("score", "places", 3_000_000L, -1);
        bar.update("rules", 2, 2);
        bar.finish();

        assertThat(withTimings.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "rules          0% (0/2)",
                "rules        100% (2/2)",
                "rules        DEBT-SECRET-001                12 ms wall 10 ms CPU",
                "score        places                          3 ms wall         ");

        ByteArrayOutputStream without = new ByteArrayOutputStream();
        ProgressBar plain = new ProgressBar(new PrintStream(without, true, StandardCharsets.UTF_8), false);
        plain.timed("rules", "DEBT-SECRET-001", 12_400_000L, 9_600_000L);
        plain.finish();
        assertThat(without.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
