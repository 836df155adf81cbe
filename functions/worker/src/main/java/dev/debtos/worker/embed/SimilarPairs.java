package dev.debtos.worker.embed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The pairs of unit vectors whose cosine similarity is at least a threshold, without comparing every pair: each
 * vector is hashed by the signs of its projections on {@link #BITS} random hyperplanes, in {@link #TABLES} tables;
 * vectors sharing a bucket in any table are compared exactly. Two vectors at cosine 0.75 (41.4 degrees) land in the
 * same bucket of one table with probability (1 - 41.4/180)^8 = 0.12, in at least one of 20 tables with 0.93; closer
 * pairs more surely. The hyperplanes come from a fixed seed, so a scan's pairs do not change from run to run.
 */
final class SimilarPairs {
    static final int BITS = 8;
    static final int TABLES = 20;
    /** A bucket this full is a cluster of near-identical code; its members are compared with its first few only. */
    private static final int MAX_BUCKET = 200;

    private SimilarPairs() {
    }

    /** Index pairs {i, j} with i < j and cosine(vectors[i], vectors[j]) >= threshold, each once. */
    static List<int[]> find(List<float[]> vectors, double threshold) {
        if (vectors.size() < 2) {
            return List.of();
        }
        int dimensions = vectors.getFirst().length;
        Random random = new Random(0x5EED_C10EL);
        Set<Long> seen = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (int table = 0; table < TABLES; table++) {
            float[][] planes = new float[BITS][dimensions];
            for (float[] plane : planes) {
                for (int d = 0; d < dimensions; d++) {
                    plane[d] = (float) random.nextGaussian();
                }
            }
            Map<Integer, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < vectors.size(); i++) {
                buckets.computeIfAbsent(hash(vectors.get(i), planes), h -> new ArrayList<>()).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                for (int a = 0; a < bucket.size(); a++) {
                    for (int b = a + 1; b < bucket.size() && (a < MAX_BUCKET || b < MAX_BUCKET); b++) {
                        int i = bucket.get(a);
                        int j = bucket.get(b);
                        long key = (long) Math.min(i, j) << 32 | Math.max(i, j);
                        if (seen.add(key) && dot(vectors.get(i), vectors.get(j)) >= threshold) {
                            pairs.add(new int[] {Math.min(i, j), Math.max(i, j)});
                        }
                    }
                }
            }
        }
        return pairs;
    }

    private static int hash(float[] vector, float[][] planes) {
        int hash = 0;
        for (int bit = 0; bit < planes.length; bit++) {
            if (dot(vector, planes[bit]) >= 0) {
                hash |= 1 << bit;
            }
        }
        return hash;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
