package dev.debtos.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceExcerptsTest {

    @TempDir
    Path tree;

    @TempDir
    Path elsewhere;

    @Test
    void showsTheRegionWithTwoLinesOfContext() throws IOException {
        write("src/A.java", 20);

        CodeExcerpt excerpt = new SourceExcerpts(tree).around("src/A.java", 5, 6).orElseThrow();

        assertThat(excerpt.firstLine()).isEqualTo(3);
        assertThat(excerpt.lines()).containsExactly("line 3", "line 4", "line 5", "line 6", "line 7", "line 8");
        assertThat(excerpt.highlightFrom()).isEqualTo(5);
        assertThat(excerpt.highlightTo()).isEqualTo(6);
        assertThat(excerpt.clipped()).isFalse();
    }

    @Test
    void cutsLongRegionsAndStopsAtTheEndOfTheFile() throws IOException {
        write("Long.java", 60);
        write("Short.java", 4);
        SourceExcerpts excerpts = new SourceExcerpts(tree);

        CodeExcerpt region = excerpts.around("Long.java", 10, 50).orElseThrow();
        CodeExcerpt atEnd = excerpts.around("Short.java", 4, 4).orElseThrow();

        assertThat(region.lines()).hasSize(2 + SourceExcerpts.MAX_REGION_LINES);
        assertThat(region.clipped()).isTrue();
        assertThat(region.regionEnd()).isEqualTo(50);
        assertThat(atEnd.lines()).containsExactly("line 2", "line 3", "line 4");
    }

    @Test
    void neverReadsOutsideTheTree() throws IOException {
        Files.writeString(elsewhere.resolve("secret.txt"), "password=hunter2\n");
        Path link = Files.createSymbolicLink(tree.resolve("link.txt"), elsewhere.resolve("secret.txt"));
        SourceExcerpts excerpts = new SourceExcerpts(tree);

        assertThat(excerpts.around("../" + elsewhere.getFileName() + "/secret.txt", 1, 1)).isEmpty();
        assertThat(excerpts.around(elsewhere.resolve("secret.txt").toString(), 1, 1)).isEmpty();
        assertThat(excerpts.around("link.txt", 1, 1)).isEmpty();
        assertThat(excerpts.around("missing.java", 1, 1)).isEmpty();
        assertThat(excerpts.around("", 1, 1)).isEmpty();
        assertThat(new SourceExcerpts(null).around("src/A.java", 1, 1)).isEmpty();
        Files.delete(link);
    }

    @Test
    void replacesUndecodableBytesAndClipsLongLines() throws IOException {
        Files.write(tree.resolve("bin.txt"), new byte[] {'o', 'k', (byte) 0xff, '\n'});
        Files.writeString(tree.resolve("wide.js"), "x".repeat(500) + "\n");
        SourceExcerpts excerpts = new SourceExcerpts(tree);

        assertThat(excerpts.around("bin.txt", 1, 1).orElseThrow().lines()).containsExactly("ok\uFFFD");
        assertThat(excerpts.around("wide.js", 1, 1).orElseThrow().lines().getFirst())
                .hasSize(SourceExcerpts.MAX_LINE_CHARS + 2);
    }

    private void write(String path, int lines) throws IOException {
        Path file = tree.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, IntStream.rangeClosed(1, lines).mapToObj(i -> "line " + i)
                .collect(Collectors.joining("\n", "", "\n")));
    }
}
