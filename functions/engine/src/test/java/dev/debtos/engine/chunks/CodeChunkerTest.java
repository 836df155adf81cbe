package dev.debtos.engine.chunks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.metrics.FunctionMetrics;
import dev.debtos.engine.secrets.SecretMask;
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

    @Test
    void eachChunkIsTheMaskedCodeNormalisedCutAndHashedWhateverTheLinesHold() {
        String[] pieces = {"int total = price * count;", "\t\treturn  items.get(i)\t+\r1;\f\r", "", "   ", "}",
                "String accessKey = \"AKIAQ3EGUFRJ7ZKTY2WN\";", "password = \"s3cr3t-Pa55word\"",
                "db.url=postgres://app:hunter2hunter2@db.internal:5432/app", "\u2003indented\u00A0with\u2003odd\u000B spaces\u2003",
                "String blob = \"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0123456789abcdefghijklmnop\";",
                "// " + "a long comment line ".repeat(12), "x", "  if (a  &&   b) {  ", "\f"};
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            int lines = 1 + random.nextInt(260);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < lines; i++) {
                text.append(pieces[random.nextInt(pieces.length)]).append('\n');
            }
            List<FunctionMetrics> functions = new java.util.ArrayList<>();
            for (int line = 1 + random.nextInt(20); line < lines; line += 1 + random.nextInt(60)) {
                int end = Math.min(lines, line + random.nextInt(200));
                functions.add(function("f" + line, line, end));
                line = end;
            }
            FileMetrics file = file(functions, lines);
            SourceFile source = source(text.toString());

            assertThat(chunker.chunks(file, source)).isEqualTo(byDefinition(file, source));
            assertThat(CodeChunker.normalise(text.toString())).isEqualTo(reference(text.toString()));
        }
    }

    /** The chunks as the class comment defines them, computed the plain way: the whole chunk masked, then normalised. */
    private static List<CodeChunk> byDefinition(FileMetrics file, SourceFile source) {
        List<CodeChunk> chunks = new java.util.ArrayList<>();
        int next = 1;
        int coveredTo = 0;
        List<FunctionMetrics> sorted = new java.util.ArrayList<>(file.functions());
        sorted.sort(java.util.Comparator.comparingInt(FunctionMetrics::startLine).thenComparing(f -> -f.endLine()));
        for (FunctionMetrics function : sorted) {
            if (function.startLine() <= coveredTo) {
                continue;
            }
            coveredTo = function.endLine();
            windowsByDefinition(source, next, function.startLine() - 1, null, chunks);
            int end = Math.min(function.endLine(), file.physicalLines());
            if (end - function.startLine() + 1 > CodeChunker.MAX_FUNCTION_LINES) {
                windowsByDefinition(source, function.startLine(), end, function.name(), chunks);
            } else {
                chunkByDefinition(source, function.startLine(), end, function.name(), 0, chunks);
            }
            next = end + 1;
        }
        windowsByDefinition(source, next, file.physicalLines(), null, chunks);
        return chunks;
    }

    private static void windowsByDefinition(SourceFile source, int from, int to, String name, List<CodeChunk> chunks) {
        for (int start = from; start <= to; start += CodeChunker.WINDOW_LINES) {
            chunkByDefinition(source, start, Math.min(to, start + CodeChunker.WINDOW_LINES - 1), name,
                    CodeChunker.MIN_WINDOW_CHARACTERS, chunks);
        }
    }

    private static void chunkByDefinition(SourceFile source, int start, int end, String name, int minimum,
                                          List<CodeChunk> chunks) {
        if (end < start) {
            return;
        }
        String masked = SecretMask.mask(source.lines(start, end));
        String normalised = reference(masked);
        if (normalised.isEmpty() || normalised.replace(" ", "").replace("\n", "").length() < minimum) {
            return;
        }
        String embedded = normalised.length() > CodeChunker.MAX_EMBEDDED_CHARACTERS
                ? normalised.substring(0, CodeChunker.MAX_EMBEDDED_CHARACTERS) : normalised;
        String[] head = masked.split("\n", 13);
        String snippet = String.join("\n", java.util.Arrays.asList(head).subList(0, Math.min(head.length, 12)));
        chunks.add(new CodeChunk(source.path(), "java", chunks.size(), start, end, name, embedded,
                CodeChunker.hash(embedded), snippet.length() > 600 ? snippet.substring(0, 600) : snippet));
    }

    /** Normalisation as defined: each line stripped with its runs of white space as one space, blank lines dropped. */
    private static String reference(String raw) {
        StringBuilder text = new StringBuilder();
        for (String line : raw.split("\n", -1)) {
            String trimmed = line.strip().replaceAll("\\s+", " ");
            if (!trimmed.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(trimmed);
            }
        }
        return text.toString();
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
