package dev.debtos.engine.history;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;

/**
 * A text blob as a diff sequence of lines, each with a hash, found in one pass over the bytes. JGit's RawText makes
 * three passes (line map, binary check, hashing) and was the largest cost of mining; this keeps numstat semantics:
 * a line includes its '\n', so a last line without one differs from the same text with one, as in git.
 */
final class HashedLines extends Sequence {

    /** Compares lines by hash, then by bytes. */
    static final SequenceComparator<HashedLines> COMPARATOR = new SequenceComparator<>() {
        @Override
        public boolean equals(HashedLines a, int ai, HashedLines b, int bi) {
            return a.hashes[ai] == b.hashes[bi]
                    && Arrays.equals(a.content, a.starts[ai], a.starts[ai + 1], b.content, b.starts[bi], b.starts[bi + 1]);
        }

        @Override
        public int hash(HashedLines seq, int line) {
            return seq.hashes[line];
        }
    };

    /** Stands for a binary blob (or one too big to diff): it has no lines to count. */
    static final HashedLines BINARY = new HashedLines(new byte[0], new int[1], new int[0], 0);

    private static final int BINARY_PROBE_BYTES = 8000; // git's buffer_is_binary: a NUL in the first 8000 bytes

    private final byte[] content;
    private final int[] starts; // line i is content[starts[i] .. starts[i + 1])
    private final int[] hashes;
    private final int count;

    private HashedLines(byte[] content, int[] starts, int[] hashes, int count) {
        this.content = content;
        this.starts = starts;
        this.hashes = hashes;
        this.count = count;
    }

    /** The lines of {@code content}, or {@link #BINARY}. The array is kept, not copied: callers must not change it. */
    static HashedLines of(byte[] content) {
        if (hasNul(content, Math.min(content.length, BINARY_PROBE_BYTES))) {
            return BINARY;
        }
        LineIndex index = new LineIndex(content.length / 32 + 2);
        int length = content.length;
        int lineStart = 0;
        int i = 0;
        long hash = 0;
        // 8 bytes at a time: find '\n' in a word with SWAR and hash whole words. Words are read from each line's
        // start, so equal lines get equal hashes wherever they are.
        while (i < length) {
            long word = i + 8 <= length ? (long) LONGS.get(content, i) : tail(content, i);
            long newlines = zeroBytes(word ^ NEWLINES);
            if (newlines == 0) {
                hash = mix(hash, word);
                i += 8;
                continue;
            }
            int at = Long.numberOfTrailingZeros(newlines) >>> 3; // lowest match is exact; higher ones may not be
            hash = mix(hash, at == 7 ? word : word & ((1L << ((at + 1) << 3)) - 1));
            i += at + 1;
            index.add(lineStart, hash);
            lineStart = i;
            hash = 0;
        }
        if (lineStart < length) { // a last line without '\n'
            index.add(lineStart, hash);
        }
        return new HashedLines(content, index.finish(length), index.hashes, index.count);
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /** High bit set in each byte of {@code x} that is zero (exact for the lowest such byte). */
    private static long zeroBytes(long x) {
        return (x - ONES) & ~x & HIGHS;
    }

    private static long mix(long hash, long word) {
        return Long.rotateLeft((hash ^ word) * 0x9E3779B97F4A7C15L, 29);
    }

    /** The last 1..7 bytes as a little-endian word, zero-padded: the same value a masked full read would give. */
    private static long tail(byte[] content, int from) {
        long word = 0;
        for (int i = content.length - 1; i >= from; i--) {
            word = (word << 8) | (content[i] & 0xFF);
        }
        return word;
    }

    private static boolean hasNul(byte[] content, int length) {
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

    /** Growable line starts and hashes. */
    private static final class LineIndex {
        int[] starts;
        int[] hashes;
        int count;

        LineIndex(int capacity) {
            starts = new int[capacity];
            hashes = new int[capacity];
        }

        void add(int start, long hash) {
            if (count + 1 >= starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
                hashes = Arrays.copyOf(hashes, starts.length);
            }
            starts[count] = start;
            hashes[count++] = (int) (hash ^ (hash >>> 32));
        }

        int[] finish(int length) {
            starts[count] = length;
            return starts;
        }
    }

    boolean isBinary() {
        return this == BINARY;
    }

    /** Bytes held, for the cache's budget. */
    int footprint() {
        return content.length + 8 * starts.length + 64;
    }

    @Override
    public int size() {
        return count;
    }
}
