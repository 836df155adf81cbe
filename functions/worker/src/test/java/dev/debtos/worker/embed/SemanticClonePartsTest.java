package dev.debtos.worker.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SemanticClonePartsTest {

    @Test
    void hashingFindsNearlyEveryPairAboveTheThresholdAndNothingBelowIt() {
        Random random = new Random(7);
        List<float[]> vectors = new ArrayList<>();
        for (int cluster = 0; cluster < 200; cluster++) {
            float[] centre = unit(gaussian(random, 384, 1));
            for (int member = 0; member < 5; member++) {
                float[] noise = gaussian(random, 384, 0.03);
                float[] v = new float[384];
                for (int d = 0; d < 384; d++) {
                    v[d] = centre[d] + noise[d];
                }
                vectors.add(unit(v));
            }
        }
        Set<Long> exact = new HashSet<>();
        for (int i = 0; i < vectors.size(); i++) {
            for (int j = i + 1; j < vectors.size(); j++) {
                if (dot(vectors.get(i), vectors.get(j)) >= 0.75) {
                    exact.add((long) i << 32 | j);
                }
            }
        }
        List<int[]> found = SimilarPairs.find(vectors, 0.75);

        assertThat(found).allMatch(p -> exact.contains((long) p[0] << 32 | p[1]));
        assertThat(found.size()).isGreaterThanOrEqualTo((int) (exact.size() * 0.9)).isPositive();
    }

    @Test
    void tokenShapesIgnoreNamesAndLiteralsButNotStructure() {
        String original = "long sum = 0; for (int value : values) { sum += value; } return sum / 2;";
        String renamed = "long total = 0; for (int sample : samples) { total += sample; } return total / 3;";
        String other = "if (text == null) throw new IllegalArgumentException(\"text\"); return text.trim().isEmpty();";

        assertThat(TokenShapes.similarity(TokenShapes.of(original), TokenShapes.of(renamed))).isEqualTo(1.0);
        assertThat(TokenShapes.similarity(TokenShapes.of(original), TokenShapes.of(other))).isLessThan(0.3);
        assertThat(TokenShapes.of("x = \"a\" + 42;")).isEqualTo("I = S + N ; ");
    }

    private static float[] gaussian(Random random, int dimensions, double sigma) {
        float[] v = new float[dimensions];
        for (int d = 0; d < dimensions; d++) {
            v[d] = (float) (random.nextGaussian() * sigma);
        }
        return v;
    }

    private static float[] unit(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        for (int d = 0; d < v.length; d++) {
            v[d] /= (float) norm;
        }
        return v;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += a[d] * b[d];
        }
        return sum;
    }
}
