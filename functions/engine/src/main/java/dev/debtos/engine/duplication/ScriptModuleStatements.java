package dev.debtos.engine.duplication;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;

/**
 * JavaScript/TypeScript module statements skipped by clone detection: {@code import ... from 'x'},
 * {@code import 'x'}, {@code import x = require('x')}, re-exports ({@code export * from 'x'},
 * {@code export { a } from 'x'}) and CommonJS {@code const x = require('x')}. Dynamic {@code import('x')} is code.
 */
final class ScriptModuleStatements {
    private final TokenStream t;

    ScriptModuleStatements(TokenStream tokens) {
        this.t = tokens;
    }

    /** Index just past the module statement starting at {@code i} (a statement start), or {@code i}. */
    int end(int i) {
        if (t.is(i, "import")) {
            return t.is(i + 1, "(") || t.is(i + 1, ".") ? i : throughSpecifier(i);
        }
        if (t.is(i, "export")) {
            return reexport(i);
        }
        if (t.is(i, "const") || t.is(i, "let") || t.is(i, "var")) {
            int name = i + 1;
            int afterName = t.is(name, "{") || t.is(name, "[") ? ImportStatements.closing(t, name) + 1
                    : t.kind(name) == TokenKind.IDENTIFIER ? name + 1 : -1;
            return afterName > 0 && t.is(afterName, "=") ? requireCall(afterName + 1, i) : i;
        }
        return requireCall(i, i);
    }

    /** Up to the module specifier string (and a closing ')' and ';'), or through a ';' that comes first. */
    private int throughSpecifier(int i) {
        int depth = 0;
        for (int j = i + 1; j < t.size(); j++) {
            TokenKind kind = t.kind(j);
            if (kind == TokenKind.STRING) {
                int end = j + 1;
                for (; depth > 0 && t.kind(end) == TokenKind.CLOSE_PAREN; depth--) {
                    end++;
                }
                return t.is(end, ";") ? end + 1 : end;
            }
            if (kind == TokenKind.SEMICOLON && depth == 0) {
                return j + 1;
            }
            depth += ImportStatements.opens(kind) ? 1 : ImportStatements.closes(kind) ? -1 : 0;
        }
        return t.size();
    }

    private int reexport(int i) {
        int j = t.is(i + 1, "type") ? i + 2 : i + 1;
        if (t.is(j, "{")) {
            j = ImportStatements.closing(t, j) + 1;
        } else if (t.is(j, "*")) {
            j = t.is(j + 1, "as") ? j + 3 : j + 1;
        } else {
            return i;
        }
        if (t.is(j, "from") && j + 1 < t.size() && t.kind(j + 1) == TokenKind.STRING) {
            return t.is(j + 2, ";") ? j + 3 : j + 2;
        }
        return i;
    }

    /** {@code require('x')} optionally followed by {@code .name} accesses and ';'; a call on the result is code. */
    private int requireCall(int j, int statement) {
        boolean call = t.is(j, "require") && t.is(j + 1, "(") && j + 2 < t.size()
                && t.kind(j + 2) == TokenKind.STRING && t.is(j + 3, ")");
        if (!call) {
            return statement;
        }
        int end = j + 4;
        while (t.is(end, ".") && end + 1 < t.size() && t.kind(end + 1) == TokenKind.IDENTIFIER) {
            end += 2;
        }
        if (t.is(end, "(") || t.is(end, "[")) {
            return statement;
        }
        return t.is(end, ";") ? end + 1 : end;
    }
}
