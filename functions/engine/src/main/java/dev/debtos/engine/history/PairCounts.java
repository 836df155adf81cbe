package dev.debtos.engine.history;

/**
 * Counts unordered pairs of small non-negative ints without boxing: open addressing over {@code long} keys.
 * Coupling adds n(n-1)/2 pairs per commit, so a boxed map would dominate the mining time on wide commits.
 */
final class PairCounts {

    @FunctionalInterface
    interface PairConsumer {
        void accept(int first, int second, int count);
    }

    private long[] keys = new long[1024]; // 0 = empty slot: a key always has second > first >= 0, so never 0
    private int[] counts = new int[1024];
    private int size;

    void increment(int a, int b) {
        long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == 0) {
            keys[slot] = key;
            if (++size * 2 > keys.length) {
                counts[slot] = 1;
                grow();
                return;
            }
        }
        counts[slot]++;
    }

    int size() {
        return size;
    }

    void forEach(PairConsumer consumer) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                consumer.accept((int) (keys[i] >>> 32), (int) keys[i], counts[i]);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = mix(oldKeys[i]) & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
