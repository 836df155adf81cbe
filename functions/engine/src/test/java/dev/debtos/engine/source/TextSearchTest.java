package dev.debtos.engine.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several strings in one pass: the same answers as {@link String#indexOf} per string, and as lower-casing first. */
class TextSearchTest {
    private static final List<String> WORDS = List.of("TODO", "hack", "\"", "quick", "é!");

    private static int naiveFirst(String text, List<String> strings) {
        int first = -1;
        for (String s : strings) {
            int at = text.indexOf(s);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    @Test
    void findsTheFirstOccurrenceOfAnyStringAsIndexOfWould() {
        TextSearch search = new TextSearch(WORDS);
        String longText = "x".repeat(300) + " a hack\n and a TODO";
        for (String text : List.of("", "nothing here", "a TODO: fix", "say \"hi\"", "quic", "quick", "café! ok", longText,
                "日本語 hack", "😀 TODO")) {
            assertThat(search.firstIn(text)).as(text).isEqualTo(naiveFirst(text, WORDS));
        }
    }

    @Test
    void reportsEveryOccurrenceInOrderWithItsLine() {
        List<String> seen = new ArrayList<>();
        new TextSearch(List.of("ab", "b", "abc")).scan("abc\nxb\nabab", (string, at, lineStart, lineNumber) -> {
            seen.add(string + "@" + at + ":" + lineNumber + "/" + lineStart);
            return true;
        });
        assertThat(seen).containsExactly("0@0:1/0", "2@0:1/0", "1@1:1/0", "1@5:2/4", "0@7:3/7", "1@8:3/7", "0@9:3/7",
                "1@10:3/7");
    }

    @Test
    void comparesAsciiLettersAlikeAndLeavesOtherTextToLowerCasing() {
        TextSearch phrases = new TextSearch(List.of("work around", "for now", "tbd", "x"));
        assertThat(phrases.firstIgnoringAsciiCase("We WORK AROUND it")).isEqualTo(3);
        assertThat(phrases.firstIgnoringAsciiCase("For Now only")).isZero();
        assertThat(phrases.firstIgnoringAsciiCase("TBD")).isZero();
        assertThat(phrases.firstIgnoringAsciiCase("nothing to see")).isEqualTo(-1);
        assertThat(phrases.firstIgnoringAsciiCase("X")).isZero();
        assertThat(phrases.firstIgnoringAsciiCase("tb")).isEqualTo(-1);
        // beyond ASCII before a match: the caller lower-cases (the Kelvin sign lower-cases to 'k')
        assertThat(phrases.firstIgnoringAsciiCase("café for now")).isEqualTo(TextSearch.NOT_ASCII);
        assertThat(phrases.firstIgnoringAsciiCase("for now, café")).isZero();
        assertThat(phrases.firstIgnoringAsciiCase("TB\u212A")).isEqualTo(TextSearch.NOT_ASCII);
    }
}
