package dev.debtos.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.debtos.platform.embeddings.TextEmbedder;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The in-process models give the vectors of LangChain4j's own in-process models of the same files, whatever else is
 * embedded in the same call: short and long code (past the tokenizer's 128 word pieces), one text or many.
 */
class ParallelBertEmbedderTest {
    private static final List<String> TEXTS = texts();

    @Test
    void fp32VectorsEqualLangChain4jsForEveryText() {
        assertSameVectors(EmbeddingModels.minilm(), new AllMiniLmL6V2EmbeddingModel());
    }

    @Test
    void int8VectorsEqualLangChain4jsForEveryText() {
        assertSameVectors(EmbeddingModels.minilmQuantized(), new AllMiniLmL6V2QuantizedEmbeddingModel());
    }

    @Test
    void aTextGetsTheSameVectorAloneAsAmongOthers() {
        TextEmbedder model = EmbeddingModels.minilmQuantized();
        List<float[]> together = model.embedAll(TEXTS);

        for (int i = 0; i < TEXTS.size(); i++) {
            assertThat(model.embed(TEXTS.get(i))).containsExactly(together.get(i), Offset.offset(1e-6f));
        }
    }

    private static void assertSameVectors(TextEmbedder ours, EmbeddingModel reference) {
        List<float[]> vectors = ours.embedAll(TEXTS);
        var expected = reference.embedAll(TEXTS.stream().map(TextSegment::from).toList()).content();

        assertThat(vectors).hasSize(TEXTS.size());
        for (int i = 0; i < TEXTS.size(); i++) {
            assertThat(vectors.get(i)).as(TEXTS.get(i)).containsExactly(expected.get(i).vector(), Offset.offset(1e-5f));
        }
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(
                "return the sum of all numbers in the list",
                "public int sum(int[] values) {\nint total = 0;\nfor (int v : values) total += v;\nreturn total;\n}",
                "def parse(line):\n    key, _, value = line.partition('=')\n    return key.strip(), value.strip()",
                "x",
                "Ünïcödé façade — naïve café 数据"));
        StringBuilder longMethod = new StringBuilder("private static void copyAll(java.io.InputStream in, java.io.OutputStream out) {\n");
        for (int i = 0; i < 60; i++) {
            longMethod.append("buffer").append(i).append(" = in.readNBytes(").append(i * 17).append(");\nout.write(buffer").append(i).append(");\n");
        }
        texts.add(longMethod.append('}').toString());
        for (int i = 0; i < 10; i++) {
            texts.add("if (index" + i + " >= size) throw new IndexOutOfBoundsException(\"index \" + index" + i + ");");
        }
        return texts;
    }
}
