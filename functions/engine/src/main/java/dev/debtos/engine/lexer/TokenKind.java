package dev.debtos.engine.lexer;

/** What a token is. Comments are not tokens: the lexer reports them separately (see {@link TokenStream#comments()}). */
public enum TokenKind {
    IDENTIFIER, KEYWORD, NUMBER, STRING, OPERATOR,
    OPEN_BRACE, CLOSE_BRACE, OPEN_PAREN, CLOSE_PAREN, OPEN_BRACKET, CLOSE_BRACKET,
    SEMICOLON, COMMA;

    private static final TokenKind[] VALUES = values();

    static TokenKind of(int ordinal) {
        return VALUES[ordinal];
    }
}
