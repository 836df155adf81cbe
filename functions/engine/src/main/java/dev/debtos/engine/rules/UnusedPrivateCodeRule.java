package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Fingerprints;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.metrics.FunctionMetrics;
import dev.debtos.engine.source.Language;
import dev.debtos.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code nothing can call: a member only its own file can see, whose name appears nowhere else in that file (or, for
 * Go, in its package's directory). Java and Kotlin: {@code private} methods and fields; JavaScript and TypeScript:
 * top-level functions that are not exported; Python: module-level functions whose name starts with {@code _};
 * Go: unexported top-level functions (not methods, {@code init} or {@code main}); C: {@code static} functions.
 * The name is looked for as a whole word in the text, comments and strings included, so a mention keeps code alive
 * (a method reference {@code this::name} counts; so does a name in a comment, which errs towards silence). Not
 * reported: anything annotated (frameworks call {@code @Inject}, {@code @Test}, {@code @JsonCreator} members by
 * reflection), native methods, constructors, Java serialization hooks ({@code readObject}, {@code writeReplace},
 * {@code serialVersionUID} ...), members whose comment says who calls them from outside the language ("Called by the
 * VM", "called from C code", "used by", "invoked by", JNI, reflection) or that it is part of a serialized form
 * ({@code @serial}), and test code. A Python {@code _name} imported by another module is
 * used.
 */
public final class UnusedPrivateCodeRule extends RuleMetadata {
    public static final String KEY = "DEBT-DEADCODE-001";

    private static final Set<String> SERIALIZATION = Set.of("serialVersionUID", "serialPersistentFields", "readObject",
            "writeObject", "readObjectNoData", "readResolve", "writeReplace");
    private static final Pattern JAVA_FIELD = Pattern.compile(
            "^\\s*private\\s+(?:(?:static|final|transient|volatile)\\s+)*[\\w$.<>\\[\\]?, ]+?\\s+([A-Za-z_$][\\w$]*)\\s*(?:=|;)");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/");
    private static final Pattern PRIVATE = Pattern.compile("(?<![-\\w])private\\b");
    /** What the comment above a member says when something outside the language calls it. */
    private static final Pattern CALLED_FROM_OUTSIDE = Pattern.compile(
            "\\b(?:VM|JVM|JNI|C code|native code|reflection|reflectively|[Uu]sed by|[Cc]alled (?:by|from)|[Ii]nvoked (?:by|from))\\b"
                    + "|@serial");
    private static final Hints PRIVATE_LINES = Hints.lines(List.of("private"));
    private static final Pattern KOTLIN_PROPERTY = Pattern.compile("^\\s*private\\s+(?:(?:const|lateinit)\\s+)*(?:val|var)\\s+([A-Za-z_][\\w]*)");

    public UnusedPrivateCodeRule() {
        super(KEY, DebtType.DEAD_CODE, "Unused private code",
                "A private or file-local function or field is never used: it costs reading and maintenance for nothing. "
                        + "Delete it (version control keeps it).");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        Map<String, List<SourceFile>> goPackages = goPackages(context);
        for (FileMetrics file : context.files()) {
            SourceFile source = context.sources().get(file.path());
            if (source == null || !context.roles().isProduction(file.path())) {
                continue;
            }
            List<Candidate> candidates = candidates(context, file, source);
            if (candidates.isEmpty()) {
                continue;
            }
            String text = source.text();
            Map<String, Integer> declared = new HashMap<>();
            candidates.forEach(c -> declared.merge(c.name, 1, Integer::sum));
            // a few names: one indexOf pass each; more: one pass over the file's words for all of them
            Map<String, Integer> counts = declared.size() >= 3 ? Words.counts(text, declared.keySet()) : null;
            for (Candidate candidate : candidates) {
                int uses = counts != null ? counts.get(candidate.name) : Words.count(text, candidate.name);
                if (source.language() == Language.GO) {
                    for (SourceFile sibling : goPackages.getOrDefault(directory(file.path()), List.of())) {
                        if (!sibling.path().equals(file.path())) {
                            uses += Words.count(sibling.text(), candidate.name);
                        }
                    }
                }
                if (source.language() == Language.PYTHON && uses <= declared.get(candidate.name)) {
                    uses += usesElsewhere(context, file.path(), Language.PYTHON, candidate.name);   // from m import _x
                }
                if (uses <= declared.get(candidate.name) && !calledFromOutside(source, candidate.line)) {
                    findings.add(new Finding(KEY, DebtType.DEAD_CODE, Severity.LOW, file.path(), candidate.line,
                            candidate.endLine, candidate.kind + " " + candidate.name + " is never used",
                            Excerpts.lines(source, candidate.line, candidate.endLine), 10,
                            Fingerprints.of(KEY, file.path(), candidate.kind + " " + candidate.name + "#" + candidate.declaration(source)),
                            0));
                }
            }
        }
        return findings;
    }

    private record Candidate(String kind, String name, int line, int endLine) {
        /** The declaration's own text, for a fingerprint that survives moves. */
        String declaration(SourceFile source) {
            return source.lines(line, line).strip();
        }
    }

    private static List<Candidate> candidates(RuleContext context, FileMetrics file, SourceFile source) {
        List<Candidate> candidates = new ArrayList<>();
        Language language = source.language();
        for (FunctionMetrics fn : file.functions()) {
            String declaration = source.lines(fn.startLine(), fn.startLine());
            boolean candidate = switch (language) {
                case JAVA, KOTLIN -> declaration.contains("private")
                        && isPrivateMethod(declaration, previousLine(source, fn.startLine()), fn.name());
                case JAVASCRIPT, TYPESCRIPT -> declaration.startsWith("function " + fn.name())
                        || declaration.startsWith("async function " + fn.name());
                case PYTHON -> fn.name().startsWith("_") && !fn.name().startsWith("__")
                        && (declaration.startsWith("def ") || declaration.startsWith("async def "))
                        && !previousLine(source, fn.startLine()).startsWith("@");
                case GO -> declaration.startsWith("func " + fn.name() + "(") && Character.isLowerCase(fn.name().charAt(0))
                        && !fn.name().equals("init") && !fn.name().equals("main");
                case C -> declaration.startsWith("static ") && !declaration.contains("inline") && file.path().endsWith(".c");
                default -> false;
            };
            if (candidate) {
                candidates.add(new Candidate("function", fn.name(), fn.startLine(), fn.endLine()));
            }
        }
        if (language == Language.JAVA || language == Language.KOTLIN) {
            HintedLines.forEach(context, source, PRIVATE_LINES, (number, line) -> {
                if (line.contains("(") || line.contains("@")) {
                    return;                                  // a method, or annotated
                }
                Matcher field = (language == Language.JAVA ? JAVA_FIELD : KOTLIN_PROPERTY).matcher(line);
                if (field.find() && !previousLine(source, number).startsWith("@") && !SERIALIZATION.contains(field.group(1))) {
                    candidates.add(new Candidate("field", field.group(1), number, number));
                }
            });
        }
        return candidates;
    }

    /** The line above {@code line}, stripped; empty above the first line. */
    private static String previousLine(SourceFile source, int line) {
        return line > 1 ? source.lines(line - 1, line - 1).strip() : "";
    }

    /** Only for a declaration holding {@code private} (without it, the head cannot match {@link #PRIVATE}). */
    private static boolean isPrivateMethod(String declaration, String previous, String name) {
        int at = declaration.indexOf(name + "(");
        if (at < 0) {
            at = declaration.indexOf(name + " (");
        }
        String head = BLOCK_COMMENT.matcher(at < 0 ? declaration : declaration.substring(0, at)).replaceAll(" ");
        return PRIVATE.matcher(head).find() && !head.contains("@") && !head.contains(" native ")
                && !previous.startsWith("@") && !SERIALIZATION.contains(name) && !isConstructor(head);
    }

    /** {@code private Foo(} has no return type: the words before the name are modifiers only. */
    private static boolean isConstructor(String head) {
        for (String word : head.strip().split("\\s+")) {
            if (!word.isEmpty() && !Set.of("private", "static", "final", "synchronized", "fun", "override", "suspend",
                    "inline", "internal").contains(word)) {
                return false;
            }
        }
        return !head.contains("fun ");
    }

    private static int usesElsewhere(RuleContext context, String path, Language language, String name) {
        int uses = 0;
        for (SourceFile other : context.sources().values()) {
            if (other.language() == language && !other.path().equals(path) && other.text().contains(name)) {
                uses += Words.count(other.text(), name);
            }
        }
        return uses;
    }

    /** The five lines above a member say the VM, native code, reflection or a test calls it. */
    private static boolean calledFromOutside(SourceFile source, int line) {
        return line > 1 && CALLED_FROM_OUTSIDE.matcher(source.lines(Math.max(1, line - 5), line - 1)).find();
    }

    private static Map<String, List<SourceFile>> goPackages(RuleContext context) {
        Map<String, List<SourceFile>> packages = new HashMap<>();
        for (SourceFile source : context.sources().values()) {
            if (source.language() == Language.GO) {
                packages.computeIfAbsent(directory(source.path()), d -> new ArrayList<>()).add(source);
            }
        }
        return packages;
    }

    private static String directory(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
