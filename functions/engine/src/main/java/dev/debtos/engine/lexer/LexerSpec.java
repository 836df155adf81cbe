package dev.debtos.engine.lexer;

import dev.debtos.engine.source.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** What differs between the C-like languages' lexical grammars, and each language's keywords. */
record LexerSpec(
        Keywords keywords,
        boolean hashComments,        // PHP: # starts a line comment
        boolean nestedBlockComments, // Rust, Swift, Kotlin, Scala: /* /* */ */ nests
        boolean singleQuoteStrings,  // JS, TS, PHP: '...' is a string, not a char
        boolean tripleQuoteStrings,  // Java text blocks, Kotlin, Scala, Swift, C# raw strings
        boolean backtickStrings,     // JS/TS template literals, Go raw strings (Kotlin/Scala/Swift: quoted names)
        boolean regexLiterals,       // JS, TS: /.../flags where an operand may start
        boolean rustStrings,         // r"..", r#".."#, b"..", lifetimes 'a
        boolean csharpStrings,       // @"..", $"..", @$".."
        boolean cppRawStrings,       // R"delim(...)delim"
        boolean dollarIdentifiers) { // PHP $var, JS $el

    private static final Map<Language, LexerSpec> SPECS = new EnumMap<>(Language.class);

    static LexerSpec of(Language language) {
        return SPECS.computeIfAbsent(language, LexerSpec::build);
    }

    private static LexerSpec build(Language language) {
        Set<String> keywords = LanguageKeywords.of(language);
        Keywords table = new Keywords(keywords);
        return switch (language) {
            case JAVA -> new LexerSpec(table, false, false, false, true, false, false, false, false, false, true);
            case KOTLIN, SCALA, SWIFT -> new LexerSpec(table, false, true, false, true, true, false, false, false, false, true);
            case JAVASCRIPT, TYPESCRIPT -> new LexerSpec(table, false, false, true, false, true, true, false, false, false, true);
            case GO -> new LexerSpec(table, false, false, false, false, true, false, false, false, false, false);
            case RUST -> new LexerSpec(table, false, true, false, false, false, false, true, false, false, false);
            case CSHARP -> new LexerSpec(table, false, false, false, true, false, false, false, true, false, false);
            case C, CPP -> new LexerSpec(table, false, false, false, false, false, false, false, false, true, false);
            case PHP -> new LexerSpec(table, true, false, true, false, true, false, false, false, false, true);
            default -> throw new IllegalArgumentException(language + " is not lexed as a C-like language");
        };
    }
}
