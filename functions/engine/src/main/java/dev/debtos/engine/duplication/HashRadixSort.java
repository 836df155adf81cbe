package dev.debtos.engine.duplication;

/**
 * Stable LSD radix sort of (32 hash bits, position) keys by their hash bits alone: three passes of 11 bits, several
 * times faster than a comparison sort here, and positions stay ascending within a hash because they went in so.
 */
final class HashRadixSort {
    private static final int BITS = 11;
    private static final int BUCKETS = 1 << BITS;

    private HashRadixSort() {
    }

    static void sort(long[] keys, int count) {
        long[] buffer = new long[count];
        long[] from = keys;
        long[] to = buffer;
        int[] starts = new int[BUCKETS];
        for (int shift = 32; shift < 64; shift += BITS) {
            java.util.Arrays.fill(starts, 0);
            for (int i = 0; i < count; i++) {
                starts[digit(from[i], shift)]++;
            }
            int sum = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int size = starts[b];
                starts[b] = sum;
                sum += size;
            }
            for (int i = 0; i < count; i++) {
                to[starts[digit(from[i], shift)]++] = from[i];
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        if (from != keys) { // an odd number of passes leaves the result in the buffer
            System.arraycopy(from, 0, keys, 0, count);
        }
    }

    private static int digit(long key, int shift) {
        return (int) (key >>> shift) & (BUCKETS - 1);
    }
}
