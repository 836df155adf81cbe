package dev.debtos.engine.history;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Facts about a blob's bytes that numstat needs, read 8 bytes at a time (SWAR): whether it is binary and how many
 * lines a range holds.
 */
final class TextBytes {

    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final int BINARY_PROBE_BYTES = 8000; // git's buffer_is_binary: a NUL in the first 8000 bytes

    private TextBytes() {
    }

    /** High bit set in exactly the bytes of {@code x} that are zero. */
    static long zeroBytes(long x) {
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }

    static boolean isBinary(byte[] content) {
        int length = Math.min(content.length, BINARY_PROBE_BYTES);
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            if (zeroBytes((long) LONGS.get(content, i)) != 0) {
                return true;
            }
        }
        for (; i < length; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Lines in {@code content[from, to)}: its newlines, plus one for a last line without one. */
    static int countLines(byte[] content, int from, int to) {
        int lines = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            lines += Long.bitCount(zeroBytes((long) LONGS.get(content, i) ^ NEWLINES));
        }
        for (; i < to; i++) {
            if (content[i] == '\n') {
                lines++;
            }
        }
        return to > from && content[to - 1] != '\n' ? lines + 1 : lines;
    }
}
