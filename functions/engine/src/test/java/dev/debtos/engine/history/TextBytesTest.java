package dev.debtos.engine.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextBytesTest {

    static int lines(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return TextBytes.countLines(bytes, 0, bytes.length);
    }

    @Test
    void countsLinesAsGitDoes() {
        assertThat(lines("")).isZero();
        assertThat(lines("a\n")).isEqualTo(1);
        assertThat(lines("a\nb")).as("a last line without newline").isEqualTo(2);
        assertThat(lines("\n\n\n\n\n\n\n\n\n\n")).isEqualTo(10);
        assertThat(lines("a\r\nb\r\n")).isEqualTo(2);
        // bytes next to a newline that trip naive SWAR zero-byte tests (0x0B = '\n' ^ 0x01)
        assertThat(lines("\n\u000B\u000B\u000B\u000B\u000B\u000B\u000B\n")).isEqualTo(2);
    }

    @Test
    void aNulInTheFirst8000BytesMeansBinary() {
        byte[] early = new byte[10_000];
        Arrays.fill(early, (byte) 'a');
        early[7_999] = 0;
        byte[] late = new byte[10_000];
        Arrays.fill(late, (byte) 'a');
        late[8_500] = 0;

        assertThat(TextBytes.isBinary(early)).isTrue();
        assertThat(TextBytes.isBinary(late)).isFalse();
        assertThat(TextBytes.isBinary(new byte[] {'a', 0})).isTrue();
        assertThat(TextBytes.isBinary(new byte[0])).isFalse();
    }
}
