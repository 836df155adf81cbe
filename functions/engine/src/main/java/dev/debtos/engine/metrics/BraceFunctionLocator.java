package dev.debtos.engine.metrics;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;
import dev.debtos.engine.source.Language;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import dev.debtos.engine.lexer.Keywords;

/**
 * Finds functions in brace languages by looking back from every '{' for a signature: a name, a balanced
 * parameter list, then only "trailer" tokens (return types, throws clauses, qualifiers) up to the brace.
 * Bodies of anonymous functions and lambdas are reported separately: they belong to their enclosing function
 * and only raise its nesting.
 */
final class BraceFunctionLocator {
    private static final Keywords CONTROL = words("if", "for", "foreach", "while", "switch", "catch", "synchronized",
            "using", "lock", "fixed", "when", "with", "guard", "return", "sizeof", "typeof", "match", "do", "else",
            "try", "elseif", "until", "unless", "select", "defer", "go", "await", "throw", "case", "in", "yield");
    /** Java's statements that take a parenthesised part; other languages' control words are names in Java. */
    private static final Keywords JAVA_CONTROL = words("if", "for", "while", "switch", "catch", "synchronized", "return",
            "do", "else", "try", "throw", "case", "assert", "new");
    private static final Keywords TRAILER_KEYWORDS = words("throws", "const", "noexcept", "override", "final",
            "async", "where", "mut", "dyn", "impl", "rethrows", "volatile", "void", "null", "undefined", "this", "is",
            "keyof", "Self", "throw", "int", "long", "short", "char", "bool", "boolean", "double", "float", "string",
            "object", "unsigned", "signed", "auto", "static", "extern", "inline", "mutating", "array", "callable",
            "iterable", "mixed", "self", "parent", "never", "false", "true");
    private static final Keywords TRAILER_OPERATORS = words("->", ":", "<", ">", ">>", ">>>", ".", "?", "*",
            "&", "&&", "::", "|", "'", "!", "=>");
    private static final Keywords TYPE_GROUP_OPENERS = words("<", ",", "[", "|", "&", "?", "=>");
    private static final Keywords TYPE_DECLARATIONS = words("class", "struct", "record", "interface", "enum",
            "object", "new", "trait", "union", "namespace", "impl", "extends", "implements", "module");

    private static Keywords words(String... words) {
        return new Keywords(Set.of(words));
    }

    record Result(List<FunctionSpan> functions, BitSet anonymousBodies) {
    }

    private final TokenStream t;
    private final Language language;
    private final BraceMatcher braces;

    private BraceFunctionLocator(TokenStream tokens, Language language, BraceMatcher braces) {
        this.t = tokens;
        this.language = language;
        this.braces = braces;
    }

    static Result locate(TokenStream tokens, Language language, BraceMatcher braces) {
        BraceFunctionLocator locator = new BraceFunctionLocator(tokens, language, braces);
        List<FunctionSpan> functions = new ArrayList<>();
        BitSet anonymous = new BitSet();
        for (int b = 0; b < tokens.size(); b++) {
            if (tokens.kind(b) != TokenKind.OPEN_BRACE || braces.partner(b) < 0) {
                continue;
            }
            FunctionSpan span = locator.signatureBefore(b);
            if (span == ANONYMOUS) {
                anonymous.set(b);
            } else if (span != null) {
                functions.add(span);
            }
        }
        functions.addAll(ExpressionFunctions.locate(tokens, language, braces));
        return new Result(functions, anonymous);
    }

    private static final FunctionSpan ANONYMOUS = new FunctionSpan("<anonymous>", -1, -1, -1, -1, -1, 0, 0);

    private FunctionSpan signatureBefore(int brace) {
        int i = brace - 1;
        if (i < 0) {
            return null;
        }
        if (t.is(i, "=>") || t.is(i, "->")) {
            return ArrowFunctions.classify(t, language, braces, i, brace);
        }
        if (language == Language.RUST && (t.is(i, "|") || t.is(i, "||"))) {
            return ANONYMOUS; // a closure: |x| { .. }
        }
        if (language == Language.SCALA && t.is(i, "=")) {
            i--;
        }
        FunctionSpan span = scanTrailer(i, brace);
        if (span == null && TrailingLambdas.isLambda(t, language, brace)) {
            return ANONYMOUS;
        }
        return span;
    }

    /** From just before the body (or arrow), back over trailer tokens to "name(params)". */
    FunctionSpan scanTrailer(int from, int brace) {
        int limit = Math.max(0, brace - 80);
        int j = from;
        while (j >= limit) {
            TokenKind kind = t.kind(j);
            if (kind == TokenKind.CLOSE_PAREN) {
                int open = braces.partner(j);
                if (open <= 0) {
                    return null;
                }
                int before = open - 1;
                if (t.kind(before) == TokenKind.CLOSE_PAREN || t.is(before, "->") || t.is(before, "=>")
                        || t.is(j + 1, "=>") || TYPE_GROUP_OPENERS.contains(t, before) || t.is(before, "use")
                        || t.is(before, ":") && language != Language.CPP && language != Language.C) {
                    j = before; // a parenthesised type (Go results, tuples, function types) or a PHP closure's use()
                    continue;
                }
                return named(skipGenerics(before), open, j, brace);
            }
            boolean trailer = kind == TokenKind.IDENTIFIER || kind == TokenKind.COMMA || kind == TokenKind.OPEN_BRACKET
                    || kind == TokenKind.CLOSE_BRACKET || kind == TokenKind.STRING && language != Language.JAVA
                    || kind == TokenKind.KEYWORD && isTrailerKeyword(j)
                    || kind == TokenKind.OPERATOR && TRAILER_OPERATORS.contains(t, j);
            if (!trailer) {
                return null;
            }
            j--;
        }
        return null;
    }

    private boolean isTrailerKeyword(int j) {
        return TRAILER_KEYWORDS.contains(t, j);
    }

    private int skipGenerics(int index) {
        if (!t.is(index, ">") || language == Language.PHP) {
            return index;
        }
        int depth = 0;
        for (int i = index; i >= Math.max(0, index - 40); i--) {
            if (t.is(i, ">")) {
                depth++;
            } else if (t.is(i, ">>")) {
                depth += 2;
            } else if (t.is(i, "<") && --depth == 0) {
                return i - 1;
            }
        }
        return index;
    }

    private FunctionSpan named(int name, int open, int close, int brace) {
        if (name < 0) {
            return null;
        }
        TokenKind kind = t.kind(name);
        if (kind == TokenKind.CLOSE_BRACKET) {
            return ANONYMOUS; // C++ lambda: [captures](params) { ... }
        }
        if (kind == TokenKind.KEYWORD && (t.is(name, "function") || t.is(name, "func") || t.is(name, "fn"))) {
            return ArrowFunctions.assignedName(t, name, open, close, brace, braces);
        }
        boolean nameLike = kind == TokenKind.IDENTIFIER || language == Language.JAVA && JavaBodylessMethods.isContextualName(t, name)
                || kind == TokenKind.KEYWORD && (t.is(name, "init") || t.is(name, "constructor") || t.is(name, "deinit"));
        if (!nameLike || (language == Language.JAVA ? JAVA_CONTROL : CONTROL).contains(t, name)) {
            return null;
        }
        int prev = name - 1;
        if ((language == Language.CPP || language == Language.C) && (t.is(prev, ",") || t.is(prev, ":"))
                && (t.kind(prev - 1) == TokenKind.CLOSE_PAREN || t.kind(prev - 1) == TokenKind.CLOSE_BRACE)) {
            return scanTrailer(prev - 1, brace); // constructor initialiser list: Foo() : a(1), b(2) {
        }
        if (prev >= 0 && (t.kind(prev) == TokenKind.KEYWORD && TYPE_DECLARATIONS.contains(t, prev))) {
            return null; // primary constructors, anonymous classes: a type body, not a function
        }
        if (!DeclarationKeywords.satisfied(t, language, name)) {
            return null;
        }
        if (language == Language.JAVA && JavaEnums.isEnumConstant(t, braces, name)) {
            return null;
        }
        return new FunctionSpan(t.text(name), name, open, close, brace, braces.partner(brace), t.line(name),
                t.line(braces.partner(brace)));
    }

    static FunctionSpan anonymous() {
        return ANONYMOUS;
    }
}
