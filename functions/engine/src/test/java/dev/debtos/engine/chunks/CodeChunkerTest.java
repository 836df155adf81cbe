package dev.debtos.engine.chunks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.metrics.FunctionMetrics;
import dev.debtos.engine.source.Language;
import dev.debtos.engine.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeChunkerTest {
    private final CodeChunker chunker = new CodeChunker();

    @Test
    void oneChunkPerOutermostFunctionAndWindowsBetweenThem() {
        StringBuilder text = new StringBuilder("package shop;\n\nclass Cart {\n");          // lines 1-3
        text.append("    int total() {\n        return items.stream().mapToInt(i -> i.price()).sum();\n    }\n"); // 4-6
        for (int i = 0; i < 10; i++) {                                                       // 7-16: fields
            text.append("    private final String configurationValueNumber").append(i).append(" = \"value\";\n");
        }
        text.append("    void clear() {\n        items.clear();\n    }\n}\n");                // 17-20
        List<FunctionMetrics> functions = List.of(function("total", 4, 6), function("lambda", 5, 5), function("clear", 17, 19));

        List<CodeChunk> chunks = chunker.chunks(file(functions, 20), source(text.toString()));

        assertThat(chunks).extracting(CodeChunk::name, CodeChunk::startLine, CodeChunk::endLine)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("total", 4, 6),
                        org.assertj.core.groups.Tuple.tuple(null, 7, 16),
                        org.assertj.core.groups.Tuple.tuple("clear", 17, 19));
        assertThat(chunks).extracting(CodeChunk::index).containsExactly(0, 1, 2);
        assertThat(chunks.getFirst().text()).isEqualTo("int total() {\nreturn items.stream().mapToInt(i -> i.price()).sum();\n}");
        assertThat(chunks.getFirst().snippet()).startsWith("    int total() {");
        assertThat(chunks.getFirst().language()).isEqualTo("java");
    }

    @Test
    void aSecretInTheCodeIsMaskedInTheEmbeddedTextAndTheSnippet() {
        String key = "AKIAQ3EGUFRJ7ZKTY2WN";
        String code = "String connect() {\n    String accessKey = \"" + key + "\";\n    return client(accessKey).connect();\n}\n";
        CodeChunk chunk = chunker.chunks(file(List.of(function("connect", 1, 4)), 4), source(code)).getFirst();

        assertThat(chunk.text()).doesNotContain(key).contains("AKIA****");
        assertThat(chunk.snippet()).doesNotContain(key).contains("AKIA****");
    }

    @Test
    void reformattingKeepsTheHashAndEditingChangesIt() {
        List<FunctionMetrics> one = List.of(function("f", 1, 3));
        CodeChunk original = chunker.chunks(file(one, 3), source("int f() {\n    return 1 + 2;\n}\n")).getFirst();
        CodeChunk reindented = chunker.chunks(file(List.of(function("f", 1, 4)), 4), source("int f() {\n\n        return 1  +  2;\n}\n")).getFirst();
        CodeChunk edited = chunker.chunks(file(one, 3), source("int f() {\n    return 1 + 3;\n}\n")).getFirst();

        assertThat(reindented.contentHash()).isEqualTo(original.contentHash()).hasSize(32);
        assertThat(edited.contentHash()).isNotEqualTo(original.contentHash());
    }

    @Test
    void longFunctionsAreWindowedUnderTheirNameAndTinyWindowsDropped() {
        StringBuilder text = new StringBuilder("void run() {\n");
        for (int i = 0; i < 198; i++) {
            text.append("    step").append(i).append("(context, options, listener);\n");
        }
        text.append("}\n}\n");
        List<CodeChunk> chunks = chunker.chunks(file(List.of(function("run", 1, 200)), 201), source(text.toString()));

        assertThat(chunks).hasSize(5).allMatch(chunk -> "run".equals(chunk.name()));
        assertThat(chunks).extracting(CodeChunk::startLine).containsExactly(1, 41, 81, 121, 161);
        assertThat(chunks.getLast().endLine()).isEqualTo(200);
        assertThat(chunks).allMatch(chunk -> chunk.text().length() <= CodeChunker.MAX_EMBEDDED_CHARACTERS);
    }

    private static FunctionMetrics function(String name, int start, int end) {
        return new FunctionMetrics(name, start, end, end - start + 1, 1, 0, 0, 0);
    }

    private static FileMetrics file(List<FunctionMetrics> functions, int lines) {
        return new FileMetrics("src/Cart.java", Language.JAVA, lines, 0, 0, lines, functions);
    }

    private static SourceFile source(String text) {
        return new SourceFile("src/Cart.java", Language.JAVA, text.toCharArray());
    }
}
