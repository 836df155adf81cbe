package dev.debtos.engine.lexer;

import dev.debtos.engine.source.Language;
import java.util.Set;

/** Reserved words per language: kept as-is when code is normalised for clone detection; not function names. */
final class LanguageKeywords {

    private LanguageKeywords() {
    }

    static Set<String> of(Language language) {
        return switch (language) {
            case JAVA -> Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
                    "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for",
                    "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
                    "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super",
                    "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
                    "true", "false", "null", "var", "record", "yield", "sealed", "permits");
            case KOTLIN -> Set.of("as", "break", "class", "continue", "do", "else", "false", "for", "fun", "if", "in",
                    "interface", "is", "null", "object", "package", "return", "super", "this", "throw", "true", "try",
                    "typealias", "val", "var", "when", "while", "catch", "finally", "import", "init", "override",
                    "private", "protected", "public", "internal", "data", "sealed", "enum", "companion", "suspend");
            case JAVASCRIPT, TYPESCRIPT -> Set.of("break", "case", "catch", "class", "const", "continue", "debugger",
                    "default", "delete", "do", "else", "export", "extends", "finally", "for", "function", "if", "import",
                    "in", "instanceof", "new", "return", "super", "switch", "this", "throw", "try", "typeof", "var",
                    "void", "while", "with", "yield", "let", "static", "async", "await", "of", "true", "false", "null",
                    "undefined", "interface", "type", "enum", "implements", "private", "protected", "public",
                    "readonly", "abstract", "declare", "namespace", "as", "from");
            case GO -> Set.of("break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough",
                    "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return",
                    "select", "struct", "switch", "type", "var", "true", "false", "nil");
            case RUST -> Set.of("as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn",
                    "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
                    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
                    "while", "async", "await", "dyn");
            case CSHARP -> Set.of("abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked",
                    "class", "const", "continue", "decimal", "default", "delegate", "do", "double", "else", "enum",
                    "event", "explicit", "extern", "false", "finally", "fixed", "float", "for", "foreach", "goto", "if",
                    "implicit", "in", "int", "interface", "internal", "is", "lock", "long", "namespace", "new", "null",
                    "object", "operator", "out", "override", "params", "private", "protected", "public", "readonly",
                    "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct",
                    "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe",
                    "ushort", "using", "virtual", "void", "volatile", "while", "var", "async", "await", "record");
            case C, CPP -> Set.of("auto", "break", "case", "char", "const", "continue", "default", "do", "double",
                    "else", "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register",
                    "restrict", "return", "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union",
                    "unsigned", "void", "volatile", "while", "bool", "catch", "class", "constexpr", "delete", "explicit",
                    "friend", "mutable", "namespace", "new", "noexcept", "nullptr", "operator", "private", "protected",
                    "public", "template", "this", "throw", "try", "typename", "using", "virtual", "true", "false",
                    "override", "final");
            case PHP -> Set.of("abstract", "and", "array", "as", "break", "callable", "case", "catch", "class", "clone",
                    "const", "continue", "declare", "default", "do", "echo", "else", "elseif", "empty", "enddeclare",
                    "endfor", "endforeach", "endif", "endswitch", "endwhile", "extends", "final", "finally", "fn", "for",
                    "foreach", "function", "global", "goto", "if", "implements", "include", "instanceof", "insteadof",
                    "interface", "isset", "list", "match", "namespace", "new", "or", "print", "private", "protected",
                    "public", "require", "return", "static", "switch", "throw", "trait", "try", "unset", "use", "var",
                    "while", "xor", "yield", "true", "false", "null");
            case SCALA -> Set.of("abstract", "case", "catch", "class", "def", "do", "else", "extends", "false", "final",
                    "finally", "for", "forSome", "if", "implicit", "import", "lazy", "match", "new", "null", "object",
                    "override", "package", "private", "protected", "return", "sealed", "super", "this", "throw",
                    "trait", "try", "true", "type", "val", "var", "while", "with", "yield", "given", "using", "then",
                    "enum", "extension");
            case SWIFT -> Set.of("associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func",
                    "import", "init", "inout", "internal", "let", "open", "operator", "private", "protocol", "public",
                    "static", "struct", "subscript", "typealias", "var", "break", "case", "continue", "default", "defer",
                    "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "switch", "where",
                    "while", "as", "catch", "false", "is", "nil", "rethrows", "super", "self", "Self", "throw",
                    "throws", "true", "try");
            case PYTHON -> Set.of("False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
                    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
                    "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
                    "with", "yield", "match", "case");
            case RUBY -> Set.of("BEGIN", "END", "alias", "and", "begin", "break", "case", "class", "def", "defined?",
                    "do", "else", "elsif", "end", "ensure", "false", "for", "if", "in", "module", "next", "nil", "not",
                    "or", "redo", "rescue", "retry", "return", "self", "super", "then", "true", "undef", "unless",
                    "until", "when", "while", "yield");
        };
    }
}
