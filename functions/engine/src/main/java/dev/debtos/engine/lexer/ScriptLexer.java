package dev.debtos.engine.lexer;

import dev.debtos.engine.source.Language;

/**
 * The lexer for Python and Ruby: '#' comments, their string forms (Python prefixes and triple quotes; Ruby
 * %-literals, heredocs and =begin/=end blocks), and columns kept exact because Python's blocks are indentation.
 */
public final class ScriptLexer {
    private final char[] src;
    private final boolean ruby;
    private final Keywords keywords;
    private final TokenStream out;
    private int pos;
    private int line = 1;
    private int lineStart;

    private ScriptLexer(char[] src, Language language) {
        this.src = src;
        this.ruby = language == Language.RUBY;
        this.keywords = new Keywords(LanguageKeywords.of(language));
        this.out = new TokenStream(src, LineCounter.count(src));
    }

    public static TokenStream lex(char[] source, Language language) {
        ScriptLexer lexer = new ScriptLexer(source, language);
        lexer.run();
        if (!lexer.ruby) {
            lexer.relabelDocstrings();
        }
        return lexer.out;
    }

    /** cloc counts Python docstrings (strings standing alone on their lines) as comments; so do we. */
    private void relabelDocstrings() {
        for (int i = 0; i < out.size(); i++) {
            if (out.kind(i) != TokenKind.STRING || i > 0 && out.line(i - 1) == out.line(i)) {
                continue;
            }
            int endLine = out.line(i);
            for (int c = out.start(i); c < out.end(i); c++) {
                if (src[c] == '\n') {
                    endLine++;
                }
            }
            if (i + 1 == out.size() || out.line(i + 1) > endLine) {
                out.clearLines(out.line(i), endLine);
                out.markCommentText(out.start(i), out.end(i), out.line(i));
            }
        }
    }

    private char at(int index) {
        return index < src.length ? src[index] : '\0';
    }

    private void newLine(int index) {
        line++;
        lineStart = index + 1;
    }

    private void emit(TokenKind kind, int start, int startLine, int column) {
        out.add(kind, start, pos, startLine, column);
        out.markLines(startLine, line, TokenStream.LINE_CODE);
    }

    private void run() {
        while (pos < src.length) {
            char c = src[pos];
            int start = pos;
            int startLine = line;
            int column = pos - lineStart;
            if (c == '\n') {
                newLine(pos);
                pos++;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                pos++;
            } else if (c == '\\' && at(pos + 1) == '\n') {
                pos++; // explicit line continuation
            } else if (c == '#') {
                comment();
            } else if (ruby && c == '=' && column == 0 && startsWith(pos, "=begin")) {
                rubyBlockComment();
            } else if (Character.isDigit(c)) {
                while (pos < src.length && (Character.isLetterOrDigit(src[pos]) || src[pos] == '_' || src[pos] == '.' && Character.isDigit(at(pos + 1)))) {
                    pos++;
                }
                emit(TokenKind.NUMBER, start, startLine, column);
            } else if (c == '"' || c == '\'' || c == '`' && ruby || !ruby && isPrefixedString()) {
                pythonOrRubyString();
                emit(TokenKind.STRING, start, startLine, column);
            } else if (ruby && c == '%' && RubyLiterals.isPercentLiteral(src, pos, out)) {
                pos = RubyLiterals.percentLiteral(src, pos, this::newLine);
                emit(TokenKind.STRING, start, startLine, column);
            } else if (ruby && c == '<' && RubyLiterals.isHeredoc(src, pos)) {
                pos = RubyLiterals.heredoc(src, pos, this::newLine);
                emit(TokenKind.STRING, start, startLine, column);
            } else if (ruby && c == '/' && RegexLiterals.mayStartHere(out) && RegexLiterals.scan(src, pos) > pos + 1) {
                pos = RegexLiterals.scan(src, pos);
                emit(TokenKind.STRING, start, startLine, column);
            } else if (Character.isJavaIdentifierStart(c) || ruby && (c == '@' || c == '$') && Character.isJavaIdentifierStart(at(pos + 1))) {
                identifier(start, startLine, column);
            } else {
                punctuation(c, start, startLine, column);
            }
        }
    }

    private boolean startsWith(int index, String text) {
        return src.length - index >= text.length() && new String(src, index, text.length()).equals(text);
    }

    private void comment() {
        int end = pos;
        while (end < src.length && src[end] != '\n') {
            end++;
        }
        out.addComment(new Comment(new String(src, pos + 1, end - pos - 1), line, line));
        out.markLines(line, line, TokenStream.LINE_COMMENT);
        pos = end;
    }

    private void rubyBlockComment() {
        int startLine = line;
        int textStart = pos + "=begin".length();
        while (pos < src.length && !(src[pos] == '=' && (pos == 0 || src[pos - 1] == '\n') && startsWith(pos, "=end"))) {
            if (src[pos] == '\n') {
                newLine(pos);
            }
            pos++;
        }
        int textEnd = pos;
        while (pos < src.length && src[pos] != '\n') {
            pos++;
        }
        out.addComment(new Comment(new String(src, textStart, Math.max(0, textEnd - textStart)), startLine, line));
        out.markCommentText(textStart - "=begin".length(), pos, startLine);
    }

    /** Python string prefixes: r, b, u, f and their pairs (rb, br, fr, rf), any case. */
    private boolean isPrefixedString() {
        int i = pos;
        while (i < src.length && i - pos < 2 && "rRbBuUfF".indexOf(src[i]) >= 0) {
            i++;
        }
        return i > pos && (at(i) == '"' || at(i) == '\'') && (pos == 0 || !Character.isJavaIdentifierPart(src[pos - 1]));
    }

    private void pythonOrRubyString() {
        while (src[pos] != '"' && src[pos] != '\'' && src[pos] != '`') {
            pos++; // prefix letters
        }
        StringScanner strings = new StringScanner(src, this::newLine);
        char quote = src[pos];
        if (!ruby && at(pos + 1) == quote && at(pos + 2) == quote) {
            pos = tripleQuoted(pos + 3, quote);
        } else if (ruby) {
            pos = strings.multiLine(pos + 1, quote);
        } else {
            pos = strings.quoted(pos + 1, quote);
        }
    }

    private int tripleQuoted(int from, char quote) {
        for (int i = from; i < src.length; i++) {
            char c = src[i];
            if (c == '\\') {
                if (at(i + 1) == '\n') {
                    newLine(i + 1);
                }
                i++;
            } else if (c == '\n') {
                newLine(i);
            } else if (c == quote && at(i + 1) == quote && at(i + 2) == quote) {
                return i + 3;
            }
        }
        return src.length;
    }

    private void identifier(int start, int startLine, int column) {
        pos++;
        while (pos < src.length && Character.isJavaIdentifierPart(src[pos]) && src[pos] != '\0') {
            pos++;
        }
        if (ruby && (at(pos) == '?' || at(pos) == '!') && at(pos + 1) != '=') {
            pos++; // predicate? and bang! methods
        }
        emit(keywords.contains(src, start, pos) ? TokenKind.KEYWORD : TokenKind.IDENTIFIER, start, startLine, column);
    }

    private void punctuation(char c, int start, int startLine, int column) {
        TokenKind kind = TokenKind.punctuation(c);
        pos += kind == TokenKind.OPERATOR ? Operators.length(src, pos) : 1;
        emit(kind, start, startLine, column);
    }
}
