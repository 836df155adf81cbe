package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Fingerprints;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.source.Language;
import dev.debtos.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documentation that names something the tree no longer has. Markdown: relative links and images
 * ({@code [guide](docs/guide.md)}, {@code [x]: ../src/app.ts}) and code spans holding a path
 * ({@code `src/main/App.java`}) whose file or directory does not exist; a code span counts only when its first
 * directory exists (so it names this tree, not someone else's), and links into build output or dependencies
 * ({@code target/}, {@code dist/}, {@code node_modules/} ...), which the inventory does not list, are not checked.
 * Fenced code blocks are examples and are skipped, and change logs ({@code CHANGELOG.md}, {@code HISTORY.md},
 * {@code NEWS.md}, {@code RELEASES.md}) name what existed then, by design. Java and Kotlin doc comments: {@code {@link #member}},
 * {@code {@linkplain #member}}, {@code @see #member} and {@code {@link Type#member}} (Type being a nested type of the
 * file, or a file of the tree in the same package or imported by name; a package-qualified type is not resolved) when the member's name appears nowhere in the
 * class other than in links, nor in the supertypes the tree holds; when a supertype is
 * outside the tree, the member may be inherited from it and is not reported.
 */
public final class OutdatedDocReferenceRule extends RuleMetadata {
    public static final String KEY = "DEBT-STALEDOCS-001";

    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+[\"'(][^)]*)?\\)");
    private static final Pattern REFERENCE = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern CODE_PATH = Pattern.compile("`((?:\\.{1,2}/)?[\\w.-]+(?:/[\\w.-]+)+/?)`");
    private static final Pattern JAVA_LINK = Pattern.compile("(?:\\{@link(?:plain)?\\s+|@see\\s+)([\\w.]*)#([\\w$]+)");
    private static final Pattern SUPERTYPES = Pattern.compile("\\b(?:extends|implements)\\s+([\\w.<>?,\\s]+?)\\s*(?:\\{|implements|permits|$)");
    private static final Set<String> OUTSIDE_THE_INVENTORY = Set.of("target", "dist", "build", "out", "node_modules",
            "vendor", ".git", "coverage", "bin", "obj", "__pycache__", ".venv", "venv", "site", "public", "generated");
    /** The lines a doc-comment link can be on. */
    private static final Hints LINK_LINES = Hints.lines(List.of("#"));
    private static final Hints TYPE_KEYWORDS = Hints.of(List.of("class ", "interface ", "enum ", "record "));
    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString", "clone", "finalize",
            "getClass", "notify", "notifyAll", "wait", "values", "valueOf", "ordinal", "name", "compareTo");

    public OutdatedDocReferenceRule() {
        super(KEY, DebtType.OUTDATED_DOCS, "Documentation names what no longer exists",
                "A document or doc comment links to a file, or names a member, that the code no longer has: readers "
                        + "follow it to nothing. Point it at what replaced it, or remove it.");
    }

    /** Measured on a sample of real packages (engine README). */
    @Override
    public Precision precision() {
        return Precision.HIGH;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        Tree tree = new Tree(context.allPaths());
        context.documents().entrySet().stream().filter(document -> !isHistory(document.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(document -> markdown(document.getKey(), document.getValue(), tree, findings));
        Map<String, SourceFile> byStem = javaFilesByStem(context);
        Map<String, Boolean> declared = new HashMap<>();
        Map<String, List<String>> supertypes = new HashMap<>();
        for (FileMetrics file : context.files()) {
            SourceFile source = context.sources().get(file.path());
            if (source != null && (source.language() == Language.JAVA || source.language() == Language.KOTLIN)) {
                javaLinks(context, source, byStem, declared, supertypes, findings);
            }
        }
        return findings;
    }

    /** A change log names what existed then, by design. */
    private static boolean isHistory(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        return name.startsWith("changelog") || name.startsWith("changes") || name.startsWith("history")
                || name.startsWith("news") || name.startsWith("release");
    }

    private static void markdown(String path, String text, Tree tree, List<Finding> findings) {
        String directory = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
        String[] lines = text.split("\n", -1);
        boolean fenced = false;
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.stripLeading();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced || line.startsWith("    ") || line.startsWith("\t")) {
                continue;                                    // code blocks are examples
            }
            List<String> targets = new ArrayList<>();
            Matcher link = LINK.matcher(line);
            while (link.find()) {
                targets.add(link.group(1));
            }
            Matcher reference = REFERENCE.matcher(line);
            if (reference.matches()) {
                targets.add(reference.group(1));
            }
            for (String target : targets) {
                String resolved = resolve(directory, target);
                if (resolved != null && !tree.has(resolved)) {
                    report(findings, seen, path, i + 1, "Link to " + target + ", which does not exist", target, line);
                }
            }
            Matcher code = CODE_PATH.matcher(line);
            while (code.find()) {
                String named = code.group(1);
                String resolved = resolve(directory, named);
                String fromRoot = resolve("", named);
                if (resolved != null && fromRoot != null && tree.hasTopLevel(fromRoot) && !tree.has(resolved) && !tree.has(fromRoot)) {
                    report(findings, seen, path, i + 1, "Names " + named + ", which does not exist", named, line);
                }
            }
        }
    }

    /** The tree path a link points to, or null when it is not a path into the tree (a URL, an anchor, a template). */
    static String resolve(String directory, String target) {
        if (target.contains("://") || target.startsWith("mailto:") || target.startsWith("#") || target.startsWith("tel:")
                || target.startsWith("data:") || target.contains("{") || target.contains("$") || target.contains("*")
                || target.contains("<") || target.startsWith("//") || target.startsWith("~")) {
            return null;
        }
        String path = target;
        int cut = indexOfAny(path, '#', '?');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        path = path.replace("%20", " ");
        if (path.isEmpty()) {
            return null;
        }
        String joined = path.startsWith("/") ? path.substring(1) : directory + path;
        List<String> parts = new ArrayList<>();
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;                              // above the tree: not ours to check
                }
                parts.removeLast();
            } else {
                parts.add(part);
            }
        }
        if (parts.isEmpty() || OUTSIDE_THE_INVENTORY.contains(parts.getFirst()) || parts.getFirst().startsWith(".")) {
            return null;
        }
        return String.join("/", parts);
    }

    /**
     * @param declared whether a member is declared in a type's hierarchy, by type file and member, for the whole run
     * @param supertypes the supertypes each type file names, by path, read once per file for the whole run
     */
    private static void javaLinks(RuleContext context, SourceFile source, Map<String, SourceFile> byStem,
                                  Map<String, Boolean> declared, Map<String, List<String>> supertypes,
                                  List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, SourceFile> types = new HashMap<>();
        NestedTypes nested = new NestedTypes(source.text());
        HintedLines.forEach(context, source, LINK_LINES, (number, line) -> {
            if (line.indexOf('@') < 0) {
                return;
            }
            Matcher link = JAVA_LINK.matcher(line);
            while (link.find()) {
                String type = link.group(1);
                String member = link.group(2);
                if (OBJECT_METHODS.contains(member)) {
                    continue;
                }
                SourceFile target = type.isEmpty() ? source
                        : types.computeIfAbsent(type, t -> typeFile(source, nested, t, byStem).orElse(null));
                if (target == null) {
                    continue;                                  // a type outside the tree
                }
                boolean exists = declared.computeIfAbsent(target.path() + "#" + member,
                        key -> declaredInHierarchy(target, member, byStem, supertypes, new HashSet<>()));
                if (!exists) {
                    String named = (type.isEmpty() ? "" : type) + "#" + member;
                    report(findings, seen, source.path(), number, "Doc comment links to " + named + ", which does not exist",
                            named, line);
                }
            }
        });
    }

    /** The names of the types a file declares ({@code class Foo}, {@code interface Foo} ...), found on first use. */
    private static final class NestedTypes {
        private final String text;
        private Set<String> names;

        NestedTypes(String text) {
            this.text = text;
        }

        /** Whether {@code class name}, {@code interface name}, {@code enum name} or {@code record name} is in the text. */
        boolean declares(String name) {
            if (names == null) {
                names = Words.following(text, TYPE_KEYWORDS);
            }
            return names.contains(name);
        }
    }

    /**
     * The file of the type a link names: the link's own file when it declares a nested type of that name; else the
     * file of its outermost type ({@code Runtime} for {@code Runtime.Version}) when the tree holds exactly one such file
     * and it is in the same package or imported by name. Null when unknown: a type outside the tree, or ambiguous.
     */
    private static java.util.Optional<SourceFile> typeFile(SourceFile source, NestedTypes nested, String type,
                                                           Map<String, SourceFile> byStem) {
        return java.util.Optional.ofNullable(resolveType(source, nested, type, byStem));
    }

    private static SourceFile resolveType(SourceFile source, NestedTypes nested, String type, Map<String, SourceFile> byStem) {
        String[] parts = type.split("\\.");
        if (!Character.isUpperCase(parts[0].charAt(0))) {
            return null;                                       // java.text.Normalizer.Form: another package's type
        }
        String outer = null;
        for (String part : parts) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                outer = part;
                break;
            }
        }
        if (outer == null) {
            return null;
        }
        if (nested.declares(outer)) {
            return source;                                     // a nested type of this file
        }
        String text = source.text();
        SourceFile candidate = byStem.get(outer);
        if (candidate == null) {
            return null;
        }
        String directory = source.path().contains("/") ? source.path().substring(0, source.path().lastIndexOf('/') + 1) : "";
        boolean samePackage = candidate.path().startsWith(directory) && candidate.path().indexOf('/', directory.length()) < 0;
        String candidateType = candidate.path().substring(0, candidate.path().lastIndexOf('.')).replace('/', '.');
        boolean imported = false;
        String importEnd = "." + outer + ";";
        for (int at = text.indexOf(importEnd); at >= 0 && !imported; at = text.indexOf(importEnd, at + 1)) {
            String statement = text.substring(text.lastIndexOf('\n', at) + 1, at + importEnd.length() - 1).strip();
            imported = statement.startsWith("import ") && candidateType.endsWith(statement.substring(7).strip());
        }
        return samePackage || imported ? candidate : null;
    }

    /**
     * Whether the member's name is used in the type's file other than in links to it, or may come from a supertype:
     * one the tree holds and that names it, or one outside the tree (unknown, so assumed).
     */
    private static boolean declaredInHierarchy(SourceFile type, String member, Map<String, SourceFile> byStem,
                                               Map<String, List<String>> supertypes, Set<String> visited) {
        if (!visited.add(type.path())) {
            return false;
        }
        String text = type.text();
        if (appearsOutsideLinks(text, member)) {
            return true;                                      // the name appears outside links to it
        }
        for (String name : supertypes.computeIfAbsent(type.path(), path -> supertypeNames(text))) {
            SourceFile parent = byStem.get(name.substring(name.lastIndexOf('.') + 1));
            if (parent == null || declaredInHierarchy(parent, member, byStem, supertypes, visited)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names after each {@code extends} and {@code implements} of a file, in the order they appear. A match starts
     * with one of the two words, so the pattern is tried only where {@code indexOf} finds one (the regex engine
     * would try every position of the file).
     */
    private static List<String> supertypeNames(String text) {
        List<String> names = new ArrayList<>();
        Matcher supertypes = SUPERTYPES.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int at = nextSupertypeKeyword(text, from); at >= 0; at = nextSupertypeKeyword(text, from)) {
            if (!supertypes.region(at, text.length()).lookingAt()) {
                from = at + 1;
                continue;
            }
            from = supertypes.end();
            for (String name : supertypes.group(1).replaceAll("<[^>]*>", "").split("[,\\s]+")) {
                if (!name.isBlank() && !name.equals("extends") && !name.equals("implements")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static int nextSupertypeKeyword(String text, int from) {
        int extendsAt = text.indexOf("extends", from);
        int implementsAt = text.indexOf("implements", from);
        return extendsAt < 0 ? implementsAt : implementsAt < 0 ? extendsAt : Math.min(extendsAt, implementsAt);
    }

    /**
     * Whether {@code member} is one of the text's identifiers (a run of identifier characters from its first
     * identifier start) other than right after a {@code #}.
     */
    private static boolean appearsOutsideLinks(String text, String member) {
        if (member.isEmpty() || !Character.isJavaIdentifierStart(member.charAt(0))) {
            return false;
        }
        for (int at = text.indexOf(member); at >= 0; at = text.indexOf(member, at + 1)) {
            int end = at + member.length();
            if ((end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end)))
                    && startsIdentifier(text, at) && (at == 0 || text.charAt(at - 1) != '#')) {
                return true;
            }
        }
        return false;
    }

    /** Whether no identifier starts earlier in the run of identifier characters that holds {@code at}. */
    private static boolean startsIdentifier(String text, int at) {
        for (int i = at - 1; i >= 0 && Character.isJavaIdentifierPart(text.charAt(i)); i--) {
            if (Character.isJavaIdentifierStart(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, SourceFile> javaFilesByStem(RuleContext context) {
        Map<String, SourceFile> byStem = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (SourceFile source : context.sources().values()) {
            if (source.language() == Language.JAVA || source.language() == Language.KOTLIN) {
                String name = source.path().substring(source.path().lastIndexOf('/') + 1);
                String stem = name.substring(0, name.lastIndexOf('.'));
                if (byStem.put(stem, source) != null) {
                    ambiguous.add(stem);
                }
            }
        }
        ambiguous.forEach(byStem::remove);                    // two Foo.java: which one a link means is unknown
        return byStem;
    }

    private static void report(List<Finding> findings, Map<String, Integer> seen, String path, int line, String message,
                               String named, String evidence) {
        int ordinal = seen.merge(named, 1, Integer::sum) - 1;
        findings.add(new Finding(KEY, DebtType.OUTDATED_DOCS, Severity.LOW, path, line, line, message,
                evidence.strip() + "\n", 10, Fingerprints.of(KEY, path, named + "#" + ordinal), 0));
    }

    private static int indexOfAny(String text, char a, char b) {
        int first = text.indexOf(a);
        int second = text.indexOf(b);
        return first < 0 ? second : second < 0 ? first : Math.min(first, second);
    }

    /** The tree's files and directories. */
    private static final class Tree {
        private final Set<String> paths = new HashSet<>();
        private final Set<String> topLevel = new HashSet<>();

        Tree(List<String> allPaths) {
            for (String path : allPaths) {
                paths.add(path);
                for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                    paths.add(path.substring(0, slash));      // every directory on the way
                }
                int first = path.indexOf('/');
                topLevel.add(first < 0 ? path : path.substring(0, first));
            }
        }

        boolean has(String path) {
            return paths.contains(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
        }

        boolean hasTopLevel(String path) {
            int first = path.indexOf('/');
            return topLevel.contains(first < 0 ? path : path.substring(0, first));
        }
    }
}
