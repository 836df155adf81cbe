package dev.debtos.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Glob to SQL. The regex is checked with java.util.regex, whose syntax agrees with PostgreSQL's ARE for everything
 * the translation emits (anchors, groups, ?, .*, negated classes, backslash-escaped punctuation); PathGlob's SQL use
 * is covered against PostgreSQL by DebtApiIT.
 */
class PathGlobTest {
    private static final List<String> PATHS = List.of("src/Main.java", "src/a/b/Deep.java", "src/a/Util.kt", "test/src/Main.java",
            "Main.java", "docs/read.me", "docs/readme", "src/a+b/X.java", "100%/x.java");

    private static List<String> matches(String glob) {
        Pattern regex = Pattern.compile(PathGlob.parse(glob).regex());
        return PATHS.stream().filter(p -> regex.matcher(p).matches()).toList();
    }

    @Test
    void doubleStarSlashIsZeroOrMoreDirectories() {
        assertThat(matches("src/**/*.java")).containsExactly("src/Main.java", "src/a/b/Deep.java", "src/a+b/X.java");
        assertThat(PathGlob.parse("src/**/*.java")).isEqualTo(new PathGlob("src/%", "^src/(.*/)?[^/]*\\.java$"));
    }

    @Test
    void singleStarStaysInOneSegment() {
        assertThat(matches("src/*.java")).containsExactly("src/Main.java");
        assertThat(matches("src/*/*.kt")).containsExactly("src/a/Util.kt");
    }

    @Test
    void aGlobWithoutSlashMatchesTheFileNameAtAnyDepth() {
        assertThat(matches("*.java")).containsExactly("src/Main.java", "src/a/b/Deep.java", "test/src/Main.java", "Main.java",
                "src/a+b/X.java", "100%/x.java");
        assertThat(PathGlob.parse("Main.java").likePrefix()).isEqualTo("%");
        assertThat(matches("Main.java")).containsExactly("src/Main.java", "test/src/Main.java", "Main.java");
    }

    @Test
    void questionMarkIsOneCharacterAndDotsAreLiteral() {
        assertThat(matches("docs/read?me")).containsExactly("docs/read.me");
        assertThat(matches("docs/read.me")).containsExactly("docs/read.me");
    }

    @Test
    void literalPrefixEscapesLikeWildcardsAndRegexMetacharactersAreLiteral() {
        assertThat(PathGlob.parse("100%/x_y.java").likePrefix()).isEqualTo("100\\%/x\\_y.java%");
        assertThat(matches("src/a+b/*")).containsExactly("src/a+b/X.java");
        assertThat(matches("100%/*")).containsExactly("100%/x.java");
        assertThat(PathGlob.parse("/src/*.java").regex()).isEqualTo("^src/[^/]*\\.java$");
    }

    @Test
    void emptyOverlongAndControlCharactersAreRefused() {
        assertThatThrownBy(() -> PathGlob.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PathGlob.parse("a".repeat(301))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PathGlob.parse("src/\n*.java")).isInstanceOf(IllegalArgumentException.class);
    }
}
