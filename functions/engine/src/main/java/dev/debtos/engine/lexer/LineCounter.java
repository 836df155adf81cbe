package dev.debtos.engine.lexer;

/** Physical lines as cloc and editors count them: a final newline does not start another line. */
public final class LineCounter {

    private LineCounter() {
    }

    public static int count(char[] source) {
        if (source.length == 0) {
            return 0;
        }
        int lines = 1;
        for (char c : source) {
            if (c == '\n') {
                lines++;
            }
        }
        return source[source.length - 1] == '\n' ? lines - 1 : lines;
    }
}
