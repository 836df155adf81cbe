package dev.debtos.engine.duplication;

import java.util.Arrays;

/**
 * Finds every window of {@code minimumTokens} tokens that occurs more than once and hands each set of equal windows
 * (a class, positions ascending) to a consumer. Two passes over a bit set first discard almost all windows that occur
 * once, so only the repeated ones (plus a few bit-set collisions) are sorted: near-linear with little memory.
 */
final class RepeatedWindows {

    interface ClassConsumer {
        /** {@code members[0..count)}: the start positions of equal windows, ascending; the array is reused. */
        void accept(int[] members, int count);
    }

    private RepeatedWindows() {
    }

    static void forEachClass(TokenCorpus corpus, PrefixHashes hashes, int windowLength, ClassConsumer consumer) {
        long[] candidates = candidates(corpus, hashes, windowLength);
        HashRadixSort.sort(candidates, candidates.length);
        int[] members = new int[64];
        int from = 0;
        while (from < candidates.length) {
            int to = from + 1;
            while (to < candidates.length && (candidates[to] >>> 32) == (candidates[from] >>> 32)) {
                to++;
            }
            if (to - from > 1) {
                if (members.length < to - from) {
                    members = new int[Integer.highestOneBit(to - from) * 2];
                }
                splitByFullHash(candidates, from, to, hashes, windowLength, members, consumer);
            }
            from = to;
        }
    }

    /** Per file, in small methods the JIT compiles early (see {@link CandidateRegions}). */
    private static long[] candidates(TokenCorpus corpus, PrefixHashes hashes, int windowLength) {
        int bits = Math.clamp(64 - Long.numberOfLeadingZeros(Math.max(1, corpus.size())) + 3, 16, 31);
        long[] seen = new long[(1 << bits) >>> 6];
        long[] seenTwice = new long[seen.length];
        for (int file = 0; file < corpus.fileCount(); file++) {
            markRepeats(hashes, corpus.fileStart(file), corpus.fileEnd(file) - windowLength, windowLength, bits, seen, seenTwice);
        }
        long[] candidates = new long[1024];
        int count = 0;
        for (int file = 0; file < corpus.fileCount(); file++) {
            int from = corpus.fileStart(file);
            int last = corpus.fileEnd(file) - windowLength;
            if (count + last - from + 1 > candidates.length) {
                candidates = Arrays.copyOf(candidates, Math.max(candidates.length * 2, count + last - from + 1));
            }
            count = collectRepeats(hashes, from, last, windowLength, bits, seenTwice, candidates, count);
        }
        return Arrays.copyOf(candidates, count);
    }

    private static void markRepeats(PrefixHashes hashes, int from, int last, int windowLength, int bits,
                                    long[] seen, long[] seenTwice) {
        for (int p = from; p <= last; p++) {
            int bit = (int) (hashes.window(p, windowLength) >>> (64 - bits));
            long mask = 1L << bit;
            if ((seen[bit >>> 6] & mask) != 0) {
                seenTwice[bit >>> 6] |= mask;
            } else {
                seen[bit >>> 6] |= mask;
            }
        }
    }

    /** Appends (32 hash bits, position) for each window whose bit was seen twice; returns the new count. */
    private static int collectRepeats(PrefixHashes hashes, int from, int last, int windowLength, int bits,
                                      long[] seenTwice, long[] candidates, int count) {
        for (int p = from; p <= last; p++) {
            long hash = hashes.window(p, windowLength);
            int bit = (int) (hash >>> (64 - bits));
            if ((seenTwice[bit >>> 6] & (1L << bit)) != 0) {
                candidates[count++] = (hash & 0xFFFF_FFFF_0000_0000L) | p;
            }
        }
        return count;
    }

    /**
     * Windows sharing 32 hash bits almost always share all 64; the rare others become separate classes. Works in
     * place on the candidates' range, keeping positions ascending.
     */
    private static void splitByFullHash(long[] candidates, int from, int to, PrefixHashes hashes, int windowLength,
                                        int[] members, ClassConsumer consumer) {
        int end = to;
        while (end - from > 1) {
            long first = hashes.window((int) candidates[from], windowLength);
            int count = 0;
            int rest = from;
            for (int i = from; i < end; i++) {
                int position = (int) candidates[i];
                if (hashes.window(position, windowLength) == first) {
                    members[count++] = position;
                } else {
                    candidates[rest++] = candidates[i];
                }
            }
            if (count > 1) {
                consumer.accept(members, count);
            }
            end = rest;
        }
    }
}
