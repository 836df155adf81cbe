package dev.debtos.engine.imports;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;
import java.util.List;

/**
 * Python import statements: {@code import a.b [as c], d} gives {@code a.b} and {@code d}; {@code from ..a import
 * (b as c, d)} gives {@code ..a:b} and {@code ..a:d}; {@code from a import *} gives {@code a}.
 */
final class PythonImportReader {
    private final TokenStream t;

    PythonImportReader(TokenStream tokens) {
        this.t = tokens;
    }

    void read(List<String> specifiers) {
        for (int i = 0; i < t.size(); i++) {
            boolean statementStart = i == 0 || t.line(i) != t.line(i - 1) || t.is(i - 1, ";");
            if (!statementStart || t.kind(i) != TokenKind.KEYWORD) {
                continue;
            }
            if (t.is(i, "import")) {
                i = plainImport(i + 1, specifiers) - 1;
            } else if (t.is(i, "from")) {
                i = fromImport(i + 1, specifiers) - 1;
            }
        }
    }

    private int plainImport(int i, List<String> specifiers) {
        while (true) {
            DottedName module = DottedName.read(t, i);
            if (module.text().isEmpty()) {
                return Math.max(i, module.end());
            }
            specifiers.add(module.text());
            i = t.is(module.end(), "as") ? module.end() + 2 : module.end();
            if (!t.is(i, ",")) {
                return i;
            }
            i++;
        }
    }

    private int fromImport(int i, List<String> specifiers) {
        StringBuilder module = new StringBuilder();
        while (i < t.size() && t.kind(i) == TokenKind.OPERATOR && t.text(i).chars().allMatch(c -> c == '.')) {
            module.append(t.text(i)); // '.', '..' and '...' are single tokens
            i++;
        }
        DottedName name = DottedName.read(t, i);
        module.append(name.text());
        i = name.end();
        if (!t.is(i, "import")) {
            return i;
        }
        i++;
        if (t.is(i, "*")) {
            specifiers.add(module.toString());
            return i + 1;
        }
        boolean parenthesised = t.is(i, "(");
        int line = t.line(i);
        for (i = parenthesised ? i + 1 : i; i < t.size() && (parenthesised || t.line(i) == line); i++) {
            if (t.is(i, ")")) {
                return i + 1;
            }
            if (t.kind(i) == TokenKind.IDENTIFIER && !t.is(i - 1, "as")) {
                specifiers.add(module + ":" + t.text(i));
            } else if (t.kind(i) != TokenKind.COMMA && !t.is(i, "as")) {
                return i; // not part of the name list: the statement ended
            }
        }
        return i;
    }
}
