package dev.debtos.engine.duplication;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;
import dev.debtos.engine.source.Language;

/**
 * Import-like statements, which clone detection skips as CPD's ignore-imports does: every file has them and a shared
 * import list says nothing about copied logic. Covers Java/Kotlin/Scala/Swift import and package, Go import blocks,
 * Python import/from, JS/TS import, re-exports and require, C# and C++ using, C/C++ #include, Rust use/extern
 * crate/mod, PHP use/namespace/require and Ruby require.
 */
final class ImportStatements {
    private final TokenStream t;
    private final Language language;
    private final ScriptModuleStatements scriptModules;
    private final boolean identifierStarts; // require, require_once, global using
    private final boolean directiveStarts;  // #include

    ImportStatements(TokenStream tokens, Language language) {
        this.t = tokens;
        this.language = language;
        this.scriptModules = new ScriptModuleStatements(tokens);
        this.identifierStarts = language == Language.JAVASCRIPT || language == Language.TYPESCRIPT
                || language == Language.CSHARP || language == Language.PHP || language == Language.RUBY;
        this.directiveStarts = language == Language.C || language == Language.CPP;
    }

    /** Index just past the import statement that starts at token {@code i}, or {@code i} when none starts there. */
    int end(int i) {
        TokenKind kind = t.kind(i);
        boolean mayStart = kind == TokenKind.KEYWORD || kind == TokenKind.IDENTIFIER && identifierStarts
                || kind == TokenKind.OPERATOR && directiveStarts;
        return mayStart && language != null && startsStatement(i) ? statementEnd(i) : i;
    }

    /** Kept apart from the cheap test above so that the test inlines into the caller's loop. */
    private int statementEnd(int i) {
        return switch (language) {
            case JAVA -> t.is(i, "import") || t.is(i, "package") ? throughSemicolon(i) : i;
            case KOTLIN, SCALA, SWIFT -> t.is(i, "import") ? restOfLine(i, false) : t.is(i, "package") ? restOfLine(i, true) : i;
            case GO -> t.is(i, "import") && t.is(i + 1, "(") ? closing(t, i + 1) + 1
                    : t.is(i, "import") || t.is(i, "package") ? restOfLine(i, false) : i;
            case PYTHON -> t.is(i, "import") || t.is(i, "from") ? restOfLine(i, false) : i;
            case JAVASCRIPT, TYPESCRIPT -> scriptModules.end(i);
            case CSHARP -> t.is(i, "using") ? usingDirective(i, true)
                    : t.is(i, "global") && t.is(i + 1, "using") ? usingDirective(i + 1, true) : i;
            case CPP -> isInclude(i) ? i + 1 : t.is(i, "using") ? usingDirective(i, false) : i;
            case C -> isInclude(i) ? i + 1 : i;
            case RUST -> rustItem(i);
            case PHP -> t.is(i, "namespace") ? throughSemicolonOrBefore(i)
                    : t.is(i, "use") || t.is(i, "require") || t.is(i, "include") || t.is(i, "require_once")
                    || t.is(i, "include_once") ? throughSemicolon(i) : i;
            case RUBY -> t.is(i, "require") || t.is(i, "require_relative") ? restOfLine(i, false) : i;
        };
    }

    private boolean startsStatement(int i) {
        if (i == 0 || t.line(i) != t.line(i - 1)) {
            return true;
        }
        TokenKind previous = t.kind(i - 1);
        return previous == TokenKind.SEMICOLON || previous == TokenKind.OPEN_BRACE || previous == TokenKind.CLOSE_BRACE;
    }

    /** A preprocessor line is one OPERATOR token; {@code # include <x>} allows blanks after the '#'. */
    private boolean isInclude(int i) {
        char[] source = t.source();
        int at = t.start(i);
        int end = t.end(i);
        if (source[at] != '#') {
            return false;
        }
        at++;
        while (at < end && (source[at] == ' ' || source[at] == '\t')) {
            at++;
        }
        return startsWith(source, at, end, "include") || startsWith(source, at, end, "import");
    }

    private static boolean startsWith(char[] source, int at, int end, String word) {
        if (end - at < word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (source[at + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** C# {@code using A.B;}, {@code using static ...;}, {@code using X = A.B;}; C++ {@code using namespace std;}. */
    private int usingDirective(int i, boolean aliasAllowed) {
        for (int j = i + 1; j < t.size(); j++) {
            TokenKind kind = t.kind(j);
            if (kind == TokenKind.SEMICOLON) {
                return j + 1;
            }
            if (kind == TokenKind.OPEN_PAREN || kind == TokenKind.OPEN_BRACE || kind == TokenKind.CLOSE_BRACE
                    || t.is(j, "var") || !aliasAllowed && t.is(j, "=")) {
                return i; // a using statement or declaration, or a C++ type alias: code
            }
        }
        return i;
    }

    private int rustItem(int i) {
        if (t.is(i, "pub")) { // pub use, pub(crate) use: re-exports
            int afterVisibility = t.is(i + 1, "(") ? closing(t, i + 1) + 1 : i + 1;
            return t.is(afterVisibility, "use") ? throughSemicolon(afterVisibility) : i;
        }
        if (t.is(i, "use") && !t.is(i + 1, "<") || t.is(i, "extern") && t.is(i + 1, "crate")) {
            return throughSemicolon(i);
        }
        boolean moduleDeclaration = t.is(i, "mod") && t.kind(i + 1) == TokenKind.IDENTIFIER && t.is(i + 2, ";");
        return moduleDeclaration ? i + 3 : i;
    }

    /** Through the statement's ';' at bracket depth 0; not an import (i) when a brace closes an outer block first. */
    private int throughSemicolon(int i) {
        int depth = 0;
        for (int j = i + 1; j < t.size(); j++) {
            TokenKind kind = t.kind(j);
            if (kind == TokenKind.SEMICOLON && depth == 0) {
                return j + 1;
            }
            depth += opens(kind) ? 1 : closes(kind) ? -1 : 0;
            if (depth < 0) {
                return i;
            }
        }
        return t.size();
    }

    /** PHP {@code namespace A;} or {@code namespace A { ... }}: the block itself is code. */
    private int throughSemicolonOrBefore(int i) {
        for (int j = i + 1; j < t.size(); j++) {
            if (t.kind(j) == TokenKind.SEMICOLON) {
                return j + 1;
            }
            if (t.kind(j) == TokenKind.OPEN_BRACE) {
                return j;
            }
        }
        return t.size();
    }

    /** The tokens on the statement's line, following brackets opened there; optionally stopping before a '{'. */
    private int restOfLine(int i, boolean stopAtBrace) {
        int line = t.line(i);
        int depth = 0;
        int j = i + 1;
        for (; j < t.size() && (depth > 0 || t.line(j) == line); j++) {
            TokenKind kind = t.kind(j);
            if (depth == 0 && (kind == TokenKind.SEMICOLON || stopAtBrace && kind == TokenKind.OPEN_BRACE)) {
                return kind == TokenKind.SEMICOLON ? j + 1 : j;
            }
            depth += opens(kind) ? 1 : closes(kind) ? -1 : 0;
            if (depth < 0) {
                return j;
            }
        }
        return j;
    }

    /** Index of the bracket closing the one at {@code open} (the last token when unbalanced). */
    static int closing(TokenStream t, int open) {
        int depth = 0;
        for (int j = open; j < t.size(); j++) {
            depth += opens(t.kind(j)) ? 1 : closes(t.kind(j)) ? -1 : 0;
            if (depth == 0) {
                return j;
            }
        }
        return t.size() - 1;
    }

    static boolean opens(TokenKind kind) {
        return kind == TokenKind.OPEN_BRACE || kind == TokenKind.OPEN_PAREN || kind == TokenKind.OPEN_BRACKET;
    }

    static boolean closes(TokenKind kind) {
        return kind == TokenKind.CLOSE_BRACE || kind == TokenKind.CLOSE_PAREN || kind == TokenKind.CLOSE_BRACKET;
    }
}
