package dev.debtos.engine.lexer;

/** Rust's prefixed literals: raw strings r"..", r#".."#, byte strings b"..", br"..", byte chars b'x'. */
final class RustLiterals {

    private RustLiterals() {
    }

    static boolean startsRawOrByte(char[] src, int pos) {
        if (pos > 0 && Character.isJavaIdentifierPart(src[pos - 1])) {
            return false; // inside an identifier such as "bar"
        }
        int i = pos;
        if (src[i] == 'b') {
            i++;
            if (i < src.length && (src[i] == '"' || src[i] == '\'')) {
                return true;
            }
        }
        if (i < src.length && src[i] == 'r') {
            i++;
            while (i < src.length && src[i] == '#') {
                i++;
            }
            return i < src.length && src[i] == '"';
        }
        return false;
    }

    static int scan(char[] src, int pos, StringScanner strings) {
        int i = pos;
        if (src[i] == 'b') {
            i++;
            if (src[i] == '"') {
                return strings.quoted(i + 1, '"');
            }
            if (src[i] == '\'') {
                int end = strings.charLiteral(i);
                return end < 0 ? i + 1 : end;
            }
        }
        i++; // the r
        int hashes = 0;
        while (src[i] == '#') {
            hashes++;
            i++;
        }
        StringBuilder closing = new StringBuilder("\"");
        closing.append("#".repeat(hashes));
        String close = closing.toString();
        for (int j = i + 1; j < src.length; j++) {
            if (src[j] == '"' && j + close.length() <= src.length && new String(src, j, close.length()).equals(close)) {
                return j + close.length();
            }
        }
        return src.length;
    }
}
