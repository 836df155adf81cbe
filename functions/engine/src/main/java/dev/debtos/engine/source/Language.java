package dev.debtos.engine.source;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The languages the engine measures, recognised by file extension or, for scripts, by shebang. */
public enum Language {
    JAVA("Java", Family.C_LIKE, "java"),
    KOTLIN("Kotlin", Family.C_LIKE, "kt", "kts"),
    JAVASCRIPT("JavaScript", Family.C_LIKE, "js", "jsx", "mjs", "cjs"),
    TYPESCRIPT("TypeScript", Family.C_LIKE, "ts", "tsx", "mts", "cts"),
    PYTHON("Python", Family.PYTHON, "py", "pyw"),
    GO("Go", Family.C_LIKE, "go"),
    RUST("Rust", Family.C_LIKE, "rs"),
    CSHARP("C#", Family.C_LIKE, "cs"),
    C("C", Family.C_LIKE, "c", "h"),
    CPP("C++", Family.C_LIKE, "cc", "cpp", "cxx", "c++", "hpp", "hh", "hxx", "h++", "ipp"),
    RUBY("Ruby", Family.RUBY, "rb", "rake", "gemspec"),
    PHP("PHP", Family.C_LIKE, "php", "phtml"),
    SCALA("Scala", Family.C_LIKE, "scala", "sc"),
    SWIFT("Swift", Family.C_LIKE, "swift");

    /** Lexing and block structure are shared within a family; keywords and literals differ per language. */
    public enum Family { C_LIKE, PYTHON, RUBY }

    private static final Map<String, Language> BY_EXTENSION = new HashMap<>();

    static {
        for (Language language : values()) {
            for (String extension : language.extensions) {
                BY_EXTENSION.put(extension, language);
            }
        }
    }

    private final String displayName;
    private final Family family;
    private final List<String> extensions;

    Language(String displayName, Family family, String... extensions) {
        this.displayName = displayName;
        this.family = family;
        this.extensions = List.of(extensions);
    }

    public String displayName() {
        return displayName;
    }

    public Family family() {
        return family;
    }

    public static Optional<Language> byFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** For extension-less scripts: {@code #!/usr/bin/env python3}, {@code #!/usr/bin/ruby}, {@code #!/usr/bin/env node}. */
    public static Optional<Language> byShebang(String firstLine) {
        if (!firstLine.startsWith("#!")) {
            return Optional.empty();
        }
        String line = firstLine.toLowerCase(Locale.ROOT);
        if (line.contains("python")) {
            return Optional.of(PYTHON);
        }
        if (line.contains("ruby")) {
            return Optional.of(RUBY);
        }
        if (line.contains("node") || line.contains("deno") || line.contains("bun")) {
            return Optional.of(JAVASCRIPT);
        }
        if (line.contains("php")) {
            return Optional.of(PHP);
        }
        return Optional.empty();
    }
}
