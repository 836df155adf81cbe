package dev.debtos.engine.history;

import java.util.Arrays;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;

/**
 * A range of a text blob as a diff sequence of lines, each with a hash, found in one pass 8 bytes at a time.
 * JGit's RawText makes three byte-by-byte passes (line map, binary check, hashing) and was the largest cost of
 * mining. Numstat semantics are kept: a line includes its '\n', so a last line without one differs from the same
 * text with one, as in git.
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

    private final byte[] content;
    private int[] starts; // line i is content[starts[i] .. starts[i + 1])
    private int[] hashes;
    private int count;

    private HashedLines(byte[] content, int capacity) {
        this.content = content;
        this.starts = new int[capacity];
        this.hashes = new int[capacity];
    }

    /** The lines of {@code content[from, to)}; the array is kept, not copied. */
    static HashedLines of(byte[] content, int from, int to) {
        HashedLines lines = new HashedLines(content, (to - from) / 32 + 2);
        int lineStart = from;
        int i = from;
        long hash = 0;
        // Words are read from each line's start, so equal lines get equal hashes wherever they are.
        while (i < to) {
            long word = i + 8 <= to ? (long) TextBytes.LONGS.get(content, i) : tail(content, i, to);
            long newlines = TextBytes.zeroBytes(word ^ TextBytes.NEWLINES);
            if (newlines == 0) {
                hash = mix(hash, word);
                i += 8;
                continue;
            }
            int at = Long.numberOfTrailingZeros(newlines) >>> 3;
            hash = mix(hash, at == 7 ? word : word & ((1L << ((at + 1) << 3)) - 1));
            i += at + 1;
            lines.add(lineStart, hash);
            lineStart = i;
            hash = 0;
        }
        if (lineStart < to) { // a last line without '\n'
            lines.add(lineStart, hash);
        }
        lines.starts[lines.count] = to;
        return lines;
    }

    @Override
    public int size() {
        return count;
    }

    private void add(int start, long hash) {
        if (count + 1 >= starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
            hashes = Arrays.copyOf(hashes, starts.length);
        }
        starts[count] = start;
        hashes[count++] = (int) (hash ^ (hash >>> 32));
    }

    private static long mix(long hash, long word) {
        return Long.rotateLeft((hash ^ word) * 0x9E3779B97F4A7C15L, 29);
    }

    /** The last 1..7 bytes before {@code to} as a little-endian word, zero-padded, as a masked full read gives. */
    private static long tail(byte[] content, int from, int to) {
        long word = 0;
        for (int i = to - 1; i >= from; i--) {
            word = (word << 8) | (content[i] & 0xFF);
        }
        return word;
    }
}
