package dev.debtos.engine.lexer;

/** What a token is. Comments are not tokens: the lexer reports them separately (see {@link TokenStream#comments()}). */
public enum TokenKind {
    IDENTIFIER, KEYWORD, NUMBER, STRING, OPERATOR,
    OPEN_BRACE, CLOSE_BRACE, OPEN_PAREN, CLOSE_PAREN, OPEN_BRACKET, CLOSE_BRACKET,
    SEMICOLON, COMMA;

    private static final TokenKind[] VALUES = values();

    /** The kind of a one-character bracket or separator; OPERATOR for anything else. */
    static TokenKind punctuation(char c) {
        return switch (c) {
            case '{' -> OPEN_BRACE;
            case '}' -> CLOSE_BRACE;
            case '(' -> OPEN_PAREN;
            case ')' -> CLOSE_PAREN;
            case '[' -> OPEN_BRACKET;
            case ']' -> CLOSE_BRACKET;
            case ';' -> SEMICOLON;
            case ',' -> COMMA;
            default -> OPERATOR;
        };
    }

    static TokenKind of(int ordinal) {
        return VALUES[ordinal];
    }
}
