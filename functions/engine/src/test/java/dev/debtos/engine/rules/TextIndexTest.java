package dev.debtos.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.source.Language;
import dev.debtos.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hints of all rules found in one pass: the same files and lines as looking for each hint in turn. */
class TextIndexTest {
    private static final Hints WORDS = Hints.files(List.of("executeQuery", "\"SELECT ", "x"));
    private static final Hints QUOTES_AND_PORT = Hints.lines(List.of("\"", "'", "port"));
    private static final Hints UNSHARED = Hints.of(List.of("Socket", "é!"));

    private static SourceFile file(String path, String text) {
        return new SourceFile(path, Language.JAVA, text.toCharArray()).compact();
    }

    private static List<String> visited(TextIndex index, SourceFile source, Hints hints) {
        List<String> lines = new ArrayList<>();
        index.forEachLine(source, hints, (number, text) -> lines.add(number + ":" + text));
        return lines;
    }

    @Test
    void findsWhichFilesHoldAHintWithoutLookingForEachInTurn() {
        SourceFile query = file("A.java", "class A {\n  void f() { s.executeQuery(sql); }\n}\n");
        SourceFile select = file("B.java", "String q = \"SELECT * FROM t\";");
        SourceFile neither = file("C.java", "class C { int y; }\n");
        TextIndex index = new TextIndex(Map.of("A.java", query, "B.java", select, "C.java", neither));

        assertThat(index.holds(query, WORDS)).isTrue();
        assertThat(index.holds(select, WORDS)).isTrue();
        assertThat(index.holds(neither, WORDS)).isFalse();
        assertThat(index.holds(file("D.java", "new Socket(h, 8080)"), UNSHARED)).isTrue();
        assertThat(UNSHARED.in("a café! there")).isTrue();
        assertThat(UNSHARED.in("a cafe! there")).isFalse();
    }

    @Test
    void visitsEachLineHoldingAHintOnceInLineOrderWithItsNumber() {
        SourceFile source = file("A.java", "int port = 8080;\nno hint here\nString s = \"a\" + 'b';\r\n\n  \"\"\nlast port");
        TextIndex index = new TextIndex(Map.of("A.java", source));

        List<String> expected = List.of("1:int port = 8080;", "3:String s = \"a\" + 'b';\r", "5:  \"\"", "6:last port");
        assertThat(visited(index, source, QUOTES_AND_PORT)).containsExactlyElementsOf(expected);
        // a file the index was not built over is searched on its own, with the same result
        assertThat(visited(new TextIndex(Map.of()), source, QUOTES_AND_PORT)).containsExactlyElementsOf(expected);
    }

    @Test
    void textBeyondLatin1KeepsItsPositionsAndNeverMatchesAPlaceholder() {
        String text = "// 日本語 ? 😀 port\nString s = \"😀\";\nplain ?\n";
        SourceFile source = file("U.java", text);
        TextIndex index = new TextIndex(Map.of("U.java", source));

        assertThat(visited(index, source, QUOTES_AND_PORT))
                .containsExactly("1:// 日本語 ? 😀 port", "2:String s = \"😀\";");
        assertThat(Hints.of(List.of("?")).in("日本")).isFalse();
        assertThat(Hints.of(List.of("本語 ?")).in(text)).isTrue();
    }

    @Test
    void aSetMadeAfterTheFilesWereScannedIsFoundByAScanOfItsOwn() {
        SourceFile source = file("A.java", "class A {}\n// late hint here\n");
        TextIndex index = new TextIndex(Map.of("A.java", source));
        index.prepare();

        Hints late = Hints.lines(List.of("late hint"));

        assertThat(index.holds(source, late)).isTrue();
        assertThat(visited(index, source, late)).containsExactly("2:// late hint here");
        assertThat(index.holds(source, WORDS)).isFalse();
    }

    @Test
    void lexesAFileOnceForEveryRuleThatAsksWhichLinesHoldCode() {
        SourceFile source = file("A.java", "// only a comment\nint x = 1; // and code\n/* block\n   comment */\n");
        TextIndex index = new TextIndex(Map.of("A.java", source));

        assertThat(index.hasCode(source, 1)).isFalse();
        assertThat(index.hasCode(source, 2)).isTrue();
        assertThat(index.hasCode(source, 3)).isFalse();
        assertThat(index.hasCode(source, 0)).isFalse();
        assertThat(index.hasCode(source, 99)).isFalse();
    }
}
