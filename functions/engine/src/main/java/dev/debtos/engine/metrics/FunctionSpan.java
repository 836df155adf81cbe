package dev.debtos.engine.metrics;

/**
 * Where a function sits in its file's token stream.
 *
 * @param nameToken  token index of the name (or of the keyword that stands for it)
 * @param paramOpen  token index of the parameter list's '(' (-1 when it has none)
 * @param paramClose token index of the matching ')'
 * @param bodyStart  first token index of the body (the '{' for brace languages)
 * @param bodyEnd    last token index of the body (the '}' for brace languages)
 */
public record FunctionSpan(String name, int nameToken, int paramOpen, int paramClose, int bodyStart, int bodyEnd,
                           int startLine, int endLine) {

    public boolean contains(FunctionSpan other) {
        return other != this && other.bodyStart > bodyStart && other.bodyEnd <= bodyEnd;
    }
}
