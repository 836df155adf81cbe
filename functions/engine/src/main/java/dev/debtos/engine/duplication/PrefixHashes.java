package dev.debtos.engine.duplication;

/**
 * Polynomial prefix hashes over the corpus codes (Karp-Rabin, modulo 2^64): the hash of any window in O(1) and the
 * common length of two token sequences in O(log n) by galloping over window hashes. Hash equality is only a
 * candidate: the detector compares every reported copy token by token.
 */
final class PrefixHashes {
    private static final long BASE = 0x9E3779B97F4A7C15L; // odd, so powers never collapse to 0
    private static final int DIRECT = 32;

    private final TokenCorpus corpus;
    private final int[] codes;
    private final long[] prefix;
    private final long[] powers;

    PrefixHashes(TokenCorpus corpus) {
        this.corpus = corpus;
        this.codes = corpus.codes();
        int size = corpus.size();
        prefix = new long[size + 1];
        for (int i = 0; i < size; i++) {
            prefix[i + 1] = prefix[i] * BASE + mix(codes[i]);
        }
        powers = new long[corpus.longestFile() + 2];
        powers[0] = 1;
        for (int i = 1; i < powers.length; i++) {
            powers[i] = powers[i - 1] * BASE;
        }
    }

    /** Spreads small codes over all 64 bits so that windows differing in one token differ in many hash bits. */
    private static long mix(int code) {
        long x = code * 0xBF58476D1CE4E5B9L;
        return x ^ (x >>> 31);
    }

    /** Hash of the {@code length} tokens from {@code start} (length at most the longest file). */
    long window(int start, int length) {
        return prefix[start + length] - prefix[start] * powers[length];
    }

    /**
     * How many tokens the sequences at {@code a} and {@code b} have in common, at most {@code limit} and never past
     * either file's end, given that their first {@code known} tokens are already known to match.
     */
    int commonLength(int a, int b, int known, int limit) {
        limit = Math.min(limit, Math.min(fileEnd(a) - a, fileEnd(b) - b));
        int equal = Math.min(known, limit);
        int direct = Math.min(limit, equal + DIRECT);
        while (equal < direct) {
            if (codes[a + equal] != codes[b + equal]) {
                return equal;
            }
            equal++;
        }
        int step = DIRECT;
        while (equal + step <= limit && window(a + equal, step) == window(b + equal, step)) {
            equal += step;
            step <<= 1;
        }
        int unknownEnd = Math.min(equal + step, limit);
        while (unknownEnd - equal > DIRECT) {
            int middle = (equal + unknownEnd) >>> 1;
            if (window(a + equal, middle - equal) == window(b + equal, middle - equal)) {
                equal = middle;
            } else {
                unknownEnd = middle;
            }
        }
        while (equal < unknownEnd && codes[a + equal] == codes[b + equal]) {
            equal++;
        }
        return equal;
    }

    private int fileEnd(int position) {
        return corpus.fileEnd(corpus.fileOf(position));
    }
}
