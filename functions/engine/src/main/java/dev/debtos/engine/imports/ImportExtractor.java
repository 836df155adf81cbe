package dev.debtos.engine.imports;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;
import dev.debtos.engine.source.Language;
import dev.debtos.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a file's package declaration and import specifiers from its tokens: Java and Kotlin, JavaScript and
 * TypeScript, Python and Go. Other languages yield no imports (their files are still graph nodes).
 */
public final class ImportExtractor {

    private ImportExtractor() {
    }

    public static FileImports imports(SourceFile file, TokenStream tokens) {
        List<String> specifiers = new ArrayList<>();
        String declaredPackage = switch (file.language()) {
            case JAVA, KOTLIN -> jvm(tokens, file.language() == Language.KOTLIN, specifiers);
            case GO -> go(tokens, specifiers);
            case JAVASCRIPT, TYPESCRIPT -> {
                ModuleSpecifiers.read(tokens, specifiers);
                yield "";
            }
            case PYTHON -> {
                new PythonImportReader(tokens).read(specifiers);
                yield "";
            }
            default -> "";
        };
        return new FileImports(file.path(), file.language(), declaredPackage, specifiers);
    }

    /**
     * {@code package a.b}, {@code import [static] a.b.C}, {@code import a.b.*}. Both languages put these before any
     * declaration, so reading stops at the first other keyword (a modifier, class, fun ...).
     */
    private static String jvm(TokenStream t, boolean kotlin, List<String> specifiers) {
        String declaredPackage = "";
        for (int i = 0; i < t.size(); i++) {
            if (t.kind(i) != TokenKind.KEYWORD) {
                continue;
            }
            boolean lineStart = i == 0 || t.line(i) != t.line(i - 1) || t.kind(i - 1) == TokenKind.SEMICOLON;
            if (t.is(i, "package")) {
                DottedName name = DottedName.read(t, i + 1);
                declaredPackage = name.text();
                i = name.end() - 1;
            } else if (t.is(i, "import") && (lineStart || !kotlin)) {
                DottedName name = DottedName.read(t, t.is(i + 1, "static") ? i + 2 : i + 1);
                if (!name.text().isEmpty()) {
                    specifiers.add(name.text());
                }
                i = t.is(name.end(), "as") ? name.end() + 1 : name.end() - 1; // Kotlin: import a.B as C
            } else {
                break;
            }
        }
        return declaredPackage;
    }

    /** {@code package x}; {@code import "p"}, {@code import alias "p"} and {@code import ( ... )} blocks. */
    private static String go(TokenStream t, List<String> specifiers) {
        String declaredPackage = "";
        for (int i = 0; i < t.size(); i++) {
            if (t.is(i, "package") && i + 1 < t.size() && t.kind(i + 1) == TokenKind.IDENTIFIER && declaredPackage.isEmpty()) {
                declaredPackage = t.text(i + 1);
            } else if (t.is(i, "import") && t.is(i + 1, "(")) {
                for (i += 2; i < t.size() && !t.is(i, ")"); i++) {
                    if (t.kind(i) == TokenKind.STRING) {
                        specifiers.add(ModuleSpecifiers.unquote(t.text(i)));
                    }
                }
            } else if (t.is(i, "import")) {
                int path = i + 1 < t.size() && t.kind(i + 1) == TokenKind.STRING ? i + 1 : i + 2; // optional alias
                if (path < t.size() && t.kind(path) == TokenKind.STRING) {
                    specifiers.add(ModuleSpecifiers.unquote(t.text(path)));
                    i = path;
                }
            }
        }
        return declaredPackage;
    }
}
