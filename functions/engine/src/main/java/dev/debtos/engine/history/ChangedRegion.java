package dev.debtos.engine.history;

import java.util.Arrays;

/**
 * The part of two versions of a text that is not common whole lines at the start or at the end: {@code
 * before[start, endBefore)} became {@code after[start, endAfter)}. Found on raw bytes with vectorized
 * {@link Arrays#mismatch}, so lines outside the region are never split or hashed; the same lines a line-by-line
 * trim would keep, because a line is common only when its bytes and its end are.
 */
record ChangedRegion(int start, int endBefore, int endAfter) {

    private static final int BLOCK = 256;

    static ChangedRegion between(byte[] before, byte[] after) {
        int mismatch = Arrays.mismatch(before, after);
        if (mismatch < 0) {
            return new ChangedRegion(before.length, before.length, after.length);
        }
        int start = mismatch;
        while (start > 0 && before[start - 1] != '\n') {
            start--; // back to the start of the line holding the first difference
        }
        int suffix = commonSuffix(before, after, Math.min(before.length, after.length) - start);
        int endBefore = before.length - suffix;
        int endAfter = after.length - suffix;
        // forward to a point that starts a line in both versions (the bytes from here on are equal in both)
        while (endBefore < before.length && !(lineStart(before, endBefore, start) && lineStart(after, endAfter, start))) {
            endBefore++;
            endAfter++;
        }
        return new ChangedRegion(start, endBefore, endAfter);
    }

    boolean isEmpty() {
        return start == endBefore && start == endAfter;
    }

    private static boolean lineStart(byte[] text, int at, int regionStart) {
        return at == regionStart || text[at - 1] == '\n';
    }

    /** Equal bytes at the ends of both arrays, at most {@code limit}. */
    private static int commonSuffix(byte[] a, byte[] b, int limit) {
        int matched = 0;
        while (matched < limit) {
            int length = Math.min(BLOCK, limit - matched);
            int endA = a.length - matched;
            int endB = b.length - matched;
            if (Arrays.mismatch(a, endA - length, endA, b, endB - length, endB) < 0) {
                matched += length;
                continue;
            }
            for (int i = 1; i <= length; i++) { // the block differs somewhere: find the last difference
                if (a[endA - i] != b[endB - i]) {
                    return matched + i - 1;
                }
            }
        }
        return matched;
    }
}
