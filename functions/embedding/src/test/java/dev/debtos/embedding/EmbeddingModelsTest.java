package dev.debtos.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.debtos.platform.embeddings.TextEmbedder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The real all-MiniLM-L6-v2 from its Maven artifact: unit vectors of 384 numbers, loaded once per process. */
class EmbeddingModelsTest {

    @Test
    void theModelLoadedDuringInitIsTheOneTheFirstMessageUses() {
        assertThat(EmbeddingModels.preload(Map.<String, String>of()::get)).contains("all-minilm-l6-v2");
        TextEmbedder created = new EmbeddingModels().create(Map.<String, String>of()::get);

        assertThat(created).isSameAs(EmbeddingModels.minilm());
        assertThat(TextEmbedder.fromEnvironment(Map.<String, String>of()::get)).containsSame(created);
        assertThat(EmbeddingModels.preload(Map.of("EMBEDDING_MODEL", "openai")::get)).isEqualTo(Optional.empty());
    }

    @Test
    void vectorsAreUnitLengthAndCloserForTextsThatMeanTheSame() {
        List<float[]> vectors = EmbeddingModels.minilm().embedAll(List.of(
                "return the sum of all numbers in the list", "add up every value of the array", "open a network socket"));

        assertThat(vectors).hasSize(3).allSatisfy(v -> {
            assertThat(v).hasSize(384);
            assertThat(dot(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        });
        assertThat(dot(vectors.get(0), vectors.get(1))).isGreaterThan(dot(vectors.get(0), vectors.get(2)));
    }

    @Test
    void anUnknownModelOrOpenAiWithoutKeyIsRefusedWithTheVariableNamed() {
        assertThatThrownBy(() -> new EmbeddingModels().create(Map.of("EMBEDDING_MODEL", "bert")::get))
                .hasMessageStartingWith("EMBEDDING_MODEL must be");
        assertThatThrownBy(() -> new EmbeddingModels().create(Map.of("EMBEDDING_MODEL", "openai")::get))
                .hasMessageContaining("OPENAI_API_KEY");
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
