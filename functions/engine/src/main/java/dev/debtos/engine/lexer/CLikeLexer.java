package dev.debtos.engine.lexer;

import dev.debtos.engine.source.Language;

/**
 * One hand-written lexer for the brace languages (Java, Kotlin, JavaScript, TypeScript, Go, Rust, C#, C, C++,
 * PHP, Scala, Swift), parameterised by {@link LexerSpec}. It separates code from comments and strings exactly
 * enough for metrics, SATD and clone detection; it does not build a syntax tree (see the engine's docs for why:
 * a parser-per-language approach measured 3-4x slower than the whole-analysis budget).
 */
public final class CLikeLexer {
    private final char[] src;
    private final LexerSpec spec;
    private final Language language;
    private final TokenStream out;
    private int pos;
    private int line = 1;
    private int lineStart;

    private final boolean jsx;

    private CLikeLexer(char[] src, Language language, boolean jsx) {
        this.src = src;
        this.language = language;
        this.jsx = jsx;
        this.spec = LexerSpec.of(language);
        this.out = new TokenStream(src, LineCounter.count(src));
    }

    public static TokenStream lex(char[] source, Language language) {
        return lex(source, language, false);
    }

    /** @param jsx whether JSX elements may appear (JavaScript, .tsx): their text is not code structure */
    public static TokenStream lex(char[] source, Language language, boolean jsx) {
        CLikeLexer lexer = new CLikeLexer(source, language, jsx);
        lexer.lexUntil(false);
        return lexer.out;
    }

    /** {@link Character#isJavaIdentifierStart} and {@link Character#isJavaIdentifierPart} of the ASCII characters. */
    private static final boolean[] ASCII_IDENTIFIER_START = new boolean[128];
    private static final boolean[] ASCII_IDENTIFIER_PART = new boolean[128];
    private static final boolean[] ASCII_DIGIT = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_IDENTIFIER_START[c] = Character.isJavaIdentifierStart(c);
            ASCII_IDENTIFIER_PART[c] = Character.isJavaIdentifierPart(c);
            ASCII_DIGIT[c] = Character.isDigit(c);
        }
    }

    /** The JDK's answers, from a table for ASCII (the lexer asks for every character). */
    private static boolean isIdentifierStart(char c) {
        return c < 128 ? ASCII_IDENTIFIER_START[c] : Character.isJavaIdentifierStart(c);
    }

    private static boolean isIdentifierPart(char c) {
        return c < 128 ? ASCII_IDENTIFIER_PART[c] : Character.isJavaIdentifierPart(c);
    }

    private static boolean isDigit(char c) {
        return c < 128 ? ASCII_DIGIT[c] : Character.isDigit(c);
    }

    private char at(int index) {
        return index < src.length ? src[index] : '\0';
    }

    /**
     * The main loop. With {@code stopAtUnmatchedBrace} it lexes a JSX expression container and returns after
     * consuming the '}' that closes it.
     */
    private void lexUntil(boolean stopAtUnmatchedBrace) {
        int depth = 0;
        while (pos < src.length) {
            char c = src[pos];
            if (stopAtUnmatchedBrace && c == '}' && depth == 0) {
                // a separator token ends the container's expressions (a lambda's body, an operator sequence)
                out.add(TokenKind.COMMA, pos, pos + 1, line, pos - lineStart);
                pos++;
                return;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            if (c == '<' && jsx && startsJsx()) {
                jsxElement();
            } else if (c == '\n') {
                newLine(pos);
                pos++;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                pos++;
            } else if (c == '/' && at(pos + 1) == '/') {
                lineComment(pos + 2);
            } else if (c == '/' && at(pos + 1) == '*') {
                blockComment();
            } else if (c == '#' && spec.hashComments() && at(pos + 1) != '[') {
                lineComment(pos + 1);
            } else if (c == '#' && isDirectiveLanguage() && onlyWhitespaceBefore(pos)) {
                directive();
            } else if (isDigit(c) || (c == '.' && isDigit(at(pos + 1)))) {
                number();
            } else if (startsString(c)) {
                string();
            } else if (isIdentifierStart(c) && (c != '$' || spec.dollarIdentifiers())) {
                identifier();
            } else {
                punctuation(c);
            }
        }
    }

    private boolean startsJsx() {
        char next = at(pos + 1);
        return (Character.isLetter(next) || next == '>') && RegexLiterals.mayStartHere(out);
    }

    /**
     * A JSX element: one STRING token stands for it; the code inside its {expression} containers is lexed as
     * usual; tag names, attributes and text are not code structure ("for" in text is not a loop).
     */
    private void jsxElement() {
        int startLine = line;
        out.add(TokenKind.STRING, pos, pos + 1, line, pos - lineStart);
        JsxScanner.element(this);
        out.markLines(startLine, line, TokenStream.LINE_CODE);
    }

    // --- used by JsxScanner -------------------------------------------------------------------------

    char[] source() {
        return src;
    }

    int position() {
        return pos;
    }

    void moveTo(int position) {
        for (int i = pos; i < position && i < src.length; i++) {
            if (src[i] == '\n') {
                newLine(i);
            }
        }
        pos = position;
    }

    /** Lexes a {...} container's code; {@code pos} is at the '{'. */
    void jsxExpression() {
        pos++;
        lexUntil(true);
    }

    private void newLine(int newlineIndex) {
        line++;
        lineStart = newlineIndex + 1;
    }

    private void emit(TokenKind kind, int start, int startLine) {
        out.add(kind, start, pos, startLine, start - lineStartOf(startLine, start));
        out.markLines(startLine, line, TokenStream.LINE_CODE);
    }

    private int lineStartOf(int startLine, int start) {
        if (startLine == line) {
            return lineStart;
        }
        int i = start;
        while (i > 0 && src[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    private void lineComment(int textStart) {
        int end = textStart;
        while (end < src.length && src[end] != '\n') {
            end++;
        }
        out.addComment(new Comment(new String(src, textStart, end - textStart), line, line));
        out.markLines(line, line, TokenStream.LINE_COMMENT);
        pos = end;
    }

    private void blockComment() {
        int startLine = line;
        int textStart = pos + 2;
        int depth = 1;
        pos += 2;
        out.markLines(line, line, TokenStream.LINE_COMMENT);
        boolean lineHasText = false;
        while (pos < src.length && depth > 0) {
            char c = src[pos];
            if (c == '\n') {
                newLine(pos);
                lineHasText = false;
            } else if (!lineHasText && c != ' ' && c != '\t' && c != '\r') {
                lineHasText = true; // a whitespace-only line inside a comment stays blank, as cloc counts it
                out.markLines(line, line, TokenStream.LINE_COMMENT);
            }
            if (c == '\n') {
                // handled above
            } else if (c == '*' && at(pos + 1) == '/') {
                depth--;
                pos++;
            } else if (spec.nestedBlockComments() && c == '/' && at(pos + 1) == '*') {
                depth++;
                pos++;
            }
            pos++;
        }
        int textEnd = depth == 0 ? pos - 2 : pos;
        out.addComment(new Comment(new String(src, textStart, Math.max(0, textEnd - textStart)), startLine, line));
    }

    private boolean isDirectiveLanguage() {
        return language == Language.C || language == Language.CPP || language == Language.CSHARP || language == Language.SWIFT;
    }

    private boolean onlyWhitespaceBefore(int index) {
        for (int i = index - 1; i >= lineStart; i--) {
            if (src[i] != ' ' && src[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** A preprocessor line (#include, #if ...) is one token: its words are not code structure. */
    private void directive() {
        int start = pos;
        int startLine = line;
        while (pos < src.length && src[pos] != '\n') {
            if (src[pos] == '\\' && at(pos + 1) == '\n') {
                pos++;
                newLine(pos);
            } else if (src[pos] == '/' && (at(pos + 1) == '/' || at(pos + 1) == '*')) {
                break;
            }
            pos++;
        }
        emit(TokenKind.OPERATOR, start, startLine);
    }

    private void number() {
        int start = pos;
        boolean hex = src[pos] == '0' && (at(pos + 1) == 'x' || at(pos + 1) == 'X');
        pos++;
        while (pos < src.length) {
            char c = src[pos];
            if (Character.isLetterOrDigit(c) || c == '_' || c == '\'' && language == Language.CPP) {
                pos++;
            } else if (c == '.' && at(pos + 1) != '.' && !Character.isJavaIdentifierStart(at(pos + 1))) {
                pos++;
            } else if ((c == '+' || c == '-') && !hex && (src[pos - 1] == 'e' || src[pos - 1] == 'E')) {
                pos++;
            } else {
                break;
            }
        }
        emit(TokenKind.NUMBER, start, line);
    }

    private boolean startsString(char c) {
        return switch (c) {
            case '"', '\'' -> true;
            case '`' -> spec.backtickStrings();
            case '@' -> spec.csharpStrings() && (at(pos + 1) == '"' || at(pos + 1) == '$' && at(pos + 2) == '"');
            case '$' -> spec.csharpStrings() && (at(pos + 1) == '"' || at(pos + 1) == '@' && at(pos + 2) == '"');
            case 'r', 'b' -> spec.rustStrings() && RustLiterals.startsRawOrByte(src, pos);
            case 'R' -> spec.cppRawStrings() && at(pos + 1) == '"';
            default -> false;
        };
    }

    private void string() {
        int start = pos;
        int startLine = line;
        StringScanner strings = new StringScanner(src, this::newLine);
        char c = src[pos];
        TokenKind kind = TokenKind.STRING;
        if (c == '\'' && !spec.singleQuoteStrings()) {
            int end = strings.charLiteral(pos);
            if (end < 0) { // a Rust lifetime or Scala symbol, not a char literal
                pos++;
                emit(TokenKind.OPERATOR, start, startLine);
                return;
            }
            pos = end;
        } else if (c == '`' && (language == Language.KOTLIN || language == Language.SCALA || language == Language.SWIFT)) {
            pos = strings.until(pos + 1, '`');
            kind = TokenKind.IDENTIFIER;
        } else if (c == '`') {
            pos = language == Language.GO ? strings.until(pos + 1, '`') : strings.template(pos + 1);
        } else if (c == '@' || c == '$') {
            pos = strings.csharp(pos);
        } else if (c == 'r' || c == 'b') {
            pos = RustLiterals.scan(src, pos, strings);
        } else if (c == 'R') {
            pos = strings.cppRaw(pos + 1);
        } else if (c == '"' && spec.tripleQuoteStrings() && at(pos + 1) == '"' && at(pos + 2) == '"') {
            pos = strings.tripleQuoted(pos + 3);
        } else {
            pos = strings.quoted(pos + 1, c);
        }
        emit(kind, start, startLine);
    }

    private void identifier() {
        int start = pos;
        pos++;
        while (pos < src.length && isIdentifierPart(src[pos]) && src[pos] != '\0') {
            pos++;
        }
        emit(spec.keywords().contains(src, start, pos) ? TokenKind.KEYWORD : TokenKind.IDENTIFIER, start, line);
    }

    private void punctuation(char c) {
        int start = pos;
        TokenKind kind = TokenKind.punctuation(c);
        if (kind != TokenKind.OPERATOR) {
            pos++;
        } else if (c == '/' && spec.regexLiterals() && RegexLiterals.mayStartHere(out)
                && RegexLiterals.scan(src, pos) > pos + 1) {
            pos = RegexLiterals.scan(src, pos);
            emit(TokenKind.STRING, start, line);
            return;
        } else {
            pos += Operators.length(src, pos);
        }
        emit(kind, start, line);
    }
}
