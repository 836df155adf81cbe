package dev.debtos.engine.duplication;

import java.util.Arrays;

/**
 * A cheap first pass that keeps only the parts of the corpus that can hold a clone. Winnowing (Schleimer, Wilkerson
 * and Aiken) picks in every run of {@code w} consecutive k-grams the rightmost one with the smallest hash; with
 * {@code k + w - 1 = minimumTokens} each window of minimumTokens tokens holds exactly one such run, and the pick
 * depends on the window's content alone. A window that occurs twice therefore holds a picked k-gram that occurs twice,
 * so the tokens around repeated picks contain every clone; the rest of the code is never hashed again.
 */
final class CandidateRegions {
    private static final long BASE = 0x9E3779B97F4A7C15L;

    private CandidateRegions() {
    }

    /** The covered runs of each file, each as its own "file" of a new corpus (same paths and lines). */
    static TokenCorpus of(TokenCorpus corpus, int minimumTokens) {
        int k = Math.max(1, minimumTokens * 3 / 4); // longer k-grams: fewer chance repeats, a few more picks
        int w = minimumTokens - k + 1;
        long[] picks = picks(corpus, k, w);
        HashRadixSort.sort(picks, picks.length);
        int[] anchors = new int[picks.length];
        int count = 0;
        for (int i = 0; i < picks.length; i++) {
            boolean repeated = i > 0 && picks[i - 1] >>> 32 == picks[i] >>> 32
                    || i + 1 < picks.length && picks[i + 1] >>> 32 == picks[i] >>> 32;
            if (repeated) {
                anchors[count++] = (int) picks[i];
            }
        }
        Arrays.sort(anchors, 0, count);
        return covered(corpus, anchors, count, minimumTokens - k, minimumTokens);
    }

    /**
     * The picked k-grams as (32 hash bits, position). Window minima come from per-block prefix and suffix minima
     * (van Herk / Gil-Werman): no data-dependent branches. A key holds the hash above the inverted index, so the
     * smallest key is the smallest hash and, among equal ones, the rightmost k-gram. Each step is its own small method,
     * called once per file, so that the JIT compiles it early instead of waiting to replace one long-running loop.
     */
    private static long[] picks(TokenCorpus corpus, int k, int w) {
        Winnowing winnowing = new Winnowing(corpus, k, w);
        for (int file = 0; file < corpus.fileCount(); file++) {
            int start = corpus.fileStart(file);
            int grams = corpus.fileEnd(file) - start - k + 1;
            if (grams >= w) {
                winnowing.hashGrams(start, grams);
                winnowing.blockMinima(grams);
                winnowing.pick(start, grams);
            }
        }
        return Arrays.copyOf(winnowing.picks, winnowing.count);
    }

    private static final class Winnowing {
        private final int[] codes;
        private final int k;
        private final int w;
        private final long powerK;
        private final long[] keys;
        private final long[] prefixMin;
        private final long[] suffixMin;
        private long[] picks;
        private int count;

        Winnowing(TokenCorpus corpus, int k, int w) {
            this.codes = corpus.codes();
            this.k = k;
            this.w = w;
            long power = 1;
            for (int i = 0; i < k; i++) {
                power *= BASE;
            }
            this.powerK = power;
            keys = new long[corpus.longestFile()];
            prefixMin = new long[keys.length];
            suffixMin = new long[keys.length];
            picks = new long[Math.max(16, corpus.size() / Math.max(1, w / 2))];
        }

        void hashGrams(int start, int grams) {
            long hash = 0;
            for (int p = start; p < start + k - 1; p++) {
                hash = hash * BASE + codes[p];
            }
            for (int g = 0; g < grams; g++) {
                hash = hash * BASE + codes[start + g + k - 1] - (g > 0 ? codes[start + g - 1] * powerK : 0);
                keys[g] = (hash & 0xFFFF_FFFF_0000_0000L) | (~g & 0xFFFF_FFFFL);
            }
        }

        void blockMinima(int grams) {
            for (int g = 0, inBlock = 0; g < grams; g++, inBlock = inBlock + 1 == w ? 0 : inBlock + 1) {
                prefixMin[g] = inBlock == 0 ? keys[g] : Math.min(prefixMin[g - 1], keys[g]);
            }
            suffixMin[grams - 1] = keys[grams - 1];
            for (int g = grams - 2, blockEnd = (grams - 1) / w * w; g >= 0; g--) {
                boolean lastInBlock = g + 1 == blockEnd;
                suffixMin[g] = lastInBlock ? keys[g] : Math.min(suffixMin[g + 1], keys[g]);
                blockEnd = lastInBlock ? blockEnd - w : blockEnd;
            }
        }

        void pick(int start, int grams) {
            if (count + grams - w + 1 > picks.length) {
                picks = Arrays.copyOf(picks, Math.max(picks.length * 2, count + grams));
            }
            int lastPick = -1;
            for (int g = 0; g + w <= grams; g++) {
                long smallest = Math.min(suffixMin[g], prefixMin[g + w - 1]);
                int pick = ~(int) smallest;
                if (pick != lastPick) {
                    lastPick = pick;
                    picks[count++] = (smallest & 0xFFFF_FFFF_0000_0000L) | (start + pick);
                }
            }
        }
    }

    /** Copies [anchor - before, anchor + after) around each anchor (ascending), merged and clipped to its file. */
    private static TokenCorpus covered(TokenCorpus corpus, int[] anchors, int count, int before, int after) {
        TokenCorpus regions = new TokenCorpus();
        int file = 0;
        int i = 0;
        while (i < count) {
            while (corpus.fileEnd(file) <= anchors[i]) {
                file++;
            }
            int from = Math.max(corpus.fileStart(file), anchors[i] - before);
            int to = Math.min(corpus.fileEnd(file), anchors[i] + after);
            i++;
            while (i < count && anchors[i] - before <= to && anchors[i] < corpus.fileEnd(file)) {
                to = Math.min(corpus.fileEnd(file), anchors[i] + after);
                i++;
            }
            regions.startFile(corpus.path(file));
            regions.appendRange(corpus, from, to);
            regions.endFile();
        }
        return regions;
    }
}
