package dev.debtos.engine.duplication;

import java.util.Arrays;

/**
 * Turns one class of equal windows into clone groups: the maximal repeats that start with that window. Members are
 * sorted by what follows the window; each interval of members sharing {@code length >= minimumTokens} tokens (an
 * LCP interval, i.e. a suffix-tree node) is a repeat that cannot grow to the right; it is reported only if its copies
 * are not all preceded by the same token (else it grows to the left and the class one token earlier reports it).
 */
final class MaximalRepeats implements RepeatedWindows.ClassConsumer {
    /** Above this many copies only the whole class is reported (degenerate input, e.g. thousands of equal tests). */
    static final int LARGE_CLASS = 256;

    private final TokenCorpus corpus;
    private final int[] codes;
    private final PrefixHashes hashes;
    private final int minimumTokens;
    private final CandidateGroups groups;
    private int[] positions = new int[LARGE_CLASS + 1];
    private final int[] common = new int[LARGE_CLASS + 1];
    private final int[] stackLength = new int[LARGE_CLASS + 2];
    private final int[] stackFrom = new int[LARGE_CLASS + 2];

    MaximalRepeats(TokenCorpus corpus, PrefixHashes hashes, int minimumTokens, CandidateGroups groups) {
        this.corpus = corpus;
        this.codes = corpus.codes();
        this.hashes = hashes;
        this.minimumTokens = minimumTokens;
        this.groups = groups;
    }

    @Override
    public void accept(int[] members, int count) {
        int kept = collapseRuns(members, count);
        if (kept < 2 || !leftBranching(members, 0, kept)) {
            return;
        }
        if (kept > LARGE_CLASS) {
            wholeClass(members, kept);
            return;
        }
        SuffixOrder.sort(members, kept, hashes, minimumTokens, codes);
        for (int i = 1; i < kept; i++) {
            common[i] = hashes.commonLength(members[i - 1], members[i], minimumTokens, Integer.MAX_VALUE);
        }
        common[kept] = 0; // closes every open interval
        enumerateIntervals(members, kept);
    }

    /**
     * Keeps the first window of each run of overlapping equal windows (same file, closer than the window length):
     * such a run is one periodic region, e.g. an array literal, not many copies of itself.
     */
    private int collapseRuns(int[] members, int count) {
        int kept = 1;
        for (int i = 1; i < count; i++) {
            if (members[i] - members[i - 1] >= minimumTokens || corpus.fileOf(members[i]) != corpus.fileOf(members[i - 1])) {
                members[kept++] = members[i];
            }
        }
        return kept;
    }

    private boolean leftBranching(int[] members, int from, int to) {
        int before = codes[members[from] - 1];
        for (int i = from + 1; i < to; i++) {
            if (codes[members[i] - 1] != before) {
                return true;
            }
        }
        return false;
    }

    /** Bottom-up traversal of the LCP intervals (Abouelhoda et al.) with an explicit stack. */
    private void enumerateIntervals(int[] sorted, int count) {
        int top = 0;
        stackLength[0] = 0;
        stackFrom[0] = 0;
        for (int i = 1; i <= count; i++) {
            int length = common[i];
            int from = i - 1;
            while (length < stackLength[top]) {
                int intervalLength = stackLength[top];
                from = stackFrom[top];
                top--;
                report(sorted, from, i, intervalLength, Math.max(length, stackLength[top]));
            }
            if (length > stackLength[top]) {
                top++;
                stackLength[top] = length;
                stackFrom[top] = from;
            }
        }
    }

    private void report(int[] sorted, int from, int to, int length, int parentLength) {
        if (!leftBranching(sorted, from, to)) {
            return;
        }
        int size = to - from;
        System.arraycopy(sorted, from, positions, 0, size);
        Arrays.sort(positions, 0, size);
        int trimmed = Math.min(length, shortestGap(positions, size));
        // a trimmed interval no longer than its parent repeats what the parent (more copies) reports
        if (trimmed >= minimumTokens && (trimmed == length || trimmed > parentLength)) {
            addVerified(trimmed, positions, size);
        }
    }

    /** Huge classes: one group of all copies, as long as they all agree and do not overlap. */
    private void wholeClass(int[] members, int count) {
        int length = shortestGap(members, count);
        for (int i = 1; i < count && length >= minimumTokens; i++) {
            length = hashes.commonLength(members[0], members[i], minimumTokens, length);
        }
        if (length >= minimumTokens) {
            if (positions.length < count) {
                positions = new int[count];
            }
            System.arraycopy(members, 0, positions, 0, count);
            addVerified(length, positions, count);
        }
    }

    /** Copies in one file may not overlap: a longer match is cut to the distance between them. */
    private int shortestGap(int[] ascending, int size) {
        int gap = Integer.MAX_VALUE;
        for (int i = 1; i < size; i++) {
            if (corpus.fileOf(ascending[i]) == corpus.fileOf(ascending[i - 1])) {
                gap = Math.min(gap, ascending[i] - ascending[i - 1]);
            }
        }
        return gap;
    }

    /** Hashes only propose: every copy is compared token by token with the first, and the group cut to what agrees. */
    private void addVerified(int length, int[] ascending, int size) {
        int agreed = length;
        for (int i = 1; i < size; i++) {
            int a = ascending[0];
            int b = ascending[i];
            int k = 0;
            while (k < agreed && codes[a + k] == codes[b + k]) {
                k++;
            }
            agreed = k;
        }
        if (agreed >= minimumTokens) {
            groups.add(agreed, ascending, size);
        }
    }
}
