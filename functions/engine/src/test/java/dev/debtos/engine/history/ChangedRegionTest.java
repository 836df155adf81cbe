package dev.debtos.engine.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChangedRegionTest {

    static ChangedRegion between(String before, String after) {
        return ChangedRegion.between(before.getBytes(StandardCharsets.UTF_8), after.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keepsOnlyWholeCommonLinesOutside() {
        // the difference is inside line 2: lines 1 and 3 are common
        assertThat(between("one\ntwo\nthree\n", "one\ntwX\nthree\n")).isEqualTo(new ChangedRegion(4, 8, 8));
        // a line shared as a prefix is not common when it continues differently
        assertThat(between("ab\n", "abc\n")).isEqualTo(new ChangedRegion(0, 3, 4));
        // an inserted line
        assertThat(between("a\nc\n", "a\nb\nc\n")).isEqualTo(new ChangedRegion(2, 2, 4));
    }

    @Test
    void aLastLineWithoutNewlineIsNotTheSameLineWithOne() {
        assertThat(between("x", "x\ny\n")).isEqualTo(new ChangedRegion(0, 1, 4));
        assertThat(between("x\ny", "x\ny\n")).isEqualTo(new ChangedRegion(2, 3, 4));
    }

    @Test
    void theSuffixStartsAtALineStartInBothVersions() {
        // equal tails "b\nc\n" but "xb\n" and "yb\n" are different lines
        assertThat(between("a\nxb\nc\n", "a\nyb\nc\n")).isEqualTo(new ChangedRegion(2, 5, 5));
        // the suffix may not reach into the common prefix
        assertThat(between("a\na\n", "a\na\na\n")).isEqualTo(new ChangedRegion(4, 4, 6));
    }

    @Test
    void equalTextsHaveAnEmptyRegion() {
        assertThat(between("same\n", "same\n").isEmpty()).isTrue();
        assertThat(between("", "").isEmpty()).isTrue();
        assertThat(between("", "a\n")).isEqualTo(new ChangedRegion(0, 0, 2));
    }

    @Test
    void longTextsWithTheChangeFarFromTheEnds() {
        String head = "line\n".repeat(300);
        String tail = "tail line\n".repeat(300);

        assertThat(between(head + "old\n" + tail, head + "new\nmore\n" + tail))
                .isEqualTo(new ChangedRegion(1500, 1504, 1509));
    }
}
