package dev.debtos.engine.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HashedLinesTest {

    static HashedLines of(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return HashedLines.of(bytes, 0, bytes.length);
    }

    @Test
    void countsLinesAsGitDoes() {
        assertThat(of("").size()).isZero();
        assertThat(of("a\n").size()).isEqualTo(1);
        assertThat(of("a\nb").size()).as("a last line without newline").isEqualTo(2);
        assertThat(of("\n\n\n").size()).isEqualTo(3);
        assertThat(of("a\r\nb\r\n").size()).isEqualTo(2);
    }

    @Test
    void equalLinesAreEqualWhereverTheyAre() {
        String line = "    return calculateTotal(order, customer); // long enough for several words\n";
        HashedLines a = of(line + "x\n" + line);
        // lines of b: "short", the line less its first char, "y" + the line, "z", the line
        HashedLines b = of("short\n" + line.substring(1) + "y" + line + "z\n" + line);

        assertThat(HashedLines.COMPARATOR.equals(a, 0, a, 2)).isTrue();
        assertThat(HashedLines.COMPARATOR.hash(a, 0)).isEqualTo(HashedLines.COMPARATOR.hash(b, 4));
        assertThat(HashedLines.COMPARATOR.equals(a, 0, b, 4)).isTrue();
        // the same text at the end of the content (read in a short final word) hashes the same
        HashedLines tail = of("0123456789\n" + "abc\n");
        HashedLines middle = of("abc\n" + "0123456789\n");
        assertThat(HashedLines.COMPARATOR.hash(tail, 1)).isEqualTo(HashedLines.COMPARATOR.hash(middle, 0));
        assertThat(HashedLines.COMPARATOR.equals(tail, 1, middle, 0)).isTrue();
    }

    @Test
    void aLineWithoutItsNewlineDiffersFromTheSameLineWithOne() {
        HashedLines a = of("same");
        HashedLines b = of("same\n");

        assertThat(HashedLines.COMPARATOR.equals(a, 0, b, 0)).isFalse();
    }

    @Test
    void aRangeHoldsOnlyItsLines() {
        byte[] text = "skip\nkeep 1\nkeep 2\nskip\n".getBytes(StandardCharsets.UTF_8);

        HashedLines range = HashedLines.of(text, 5, 19);

        assertThat(range.size()).isEqualTo(2);
        assertThat(HashedLines.COMPARATOR.equals(range, 0, of("keep 1\n"), 0)).isTrue();
    }
}
