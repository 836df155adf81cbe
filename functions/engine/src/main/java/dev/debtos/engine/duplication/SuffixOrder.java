package dev.debtos.engine.duplication;

/**
 * Sorts positions by the token sequence that starts there (suffix order within one class of equal windows), by
 * merge sort over a primitive array: comparing two positions costs one common-length query, O(log n).
 */
final class SuffixOrder {

    private SuffixOrder() {
    }

    static void sort(int[] positions, int count, PrefixHashes hashes, int known, int[] codes) {
        int[] buffer = new int[count];
        for (int width = 1; width < count; width <<= 1) {
            for (int from = 0; from < count - width; from += 2 * width) {
                merge(positions, buffer, from, from + width, Math.min(from + 2 * width, count), hashes, known, codes);
            }
        }
    }

    private static void merge(int[] positions, int[] buffer, int from, int middle, int to, PrefixHashes hashes,
                              int known, int[] codes) {
        System.arraycopy(positions, from, buffer, from, to - from);
        int left = from;
        int right = middle;
        for (int out = from; out < to; out++) {
            boolean takeLeft = right >= to
                    || left < middle && compare(buffer[left], buffer[right], hashes, known, codes) <= 0;
            positions[out] = takeLeft ? buffer[left++] : buffer[right++];
        }
    }

    /** Separator codes (one per file) end every sequence, so two different positions never compare equal. */
    private static int compare(int a, int b, PrefixHashes hashes, int known, int[] codes) {
        int common = hashes.commonLength(a, b, known, Integer.MAX_VALUE);
        return Integer.compare(codes[a + common], codes[b + common]);
    }
}
