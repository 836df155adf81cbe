package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Fingerprints;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.source.Language;
import dev.debtos.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.regex.Pattern;

/**
 * Production files no other file imports, in the languages whose imports the engine resolves to files by path alone:
 * JavaScript/TypeScript relative imports and Python modules. Java, Kotlin and Go are left out: a class uses its own
 * package without importing it and Go imports whole directories, so "nobody imports this file" means nothing there.
 * <p>
 * Entry points are not reported: {@code index.*}, {@code main.*}, {@code __init__.py}, {@code __main__.py},
 * {@code setup.py}, {@code conftest.py}, {@code manage.py}, {@code wsgi.py}/{@code asgi.py}, Django's by-convention
 * modules ({@code settings}, {@code urls}, {@code models}, {@code views}, {@code admin}, {@code apps}, {@code tasks}),
 * type declarations ({@code .d.ts}), tool configuration ({@code *.config.*}, {@code *rc.js}, gulpfile, Gruntfile),
 * files under {@code bin/}, {@code scripts/}, {@code tools/}, {@code migrations/} or {@code pages/}, scripts with a
 * {@code #!} line or an {@code if __name__ == "__main__"} block, files a manifest names ({@code package.json} main,
 * bin, exports...; {@code pyproject.toml} and {@code setup.cfg} entry points, by path, file name or dotted module),
 * and files whose name another source mentions ({@code new Worker("worker.js")}, {@code import_module("pkg.plugin")}).
 * <p>
 * A language is judged only where its graph is trustworthy: at least {@value #MIN_IMPORTED_FILES} of its production
 * files are imported by another file, and at least half of them are. Below that the files are wired by something the
 * engine does not read (a bundler, a plugin loader, a framework), and "unimported" would flag most of the tree.
 * JavaScript/TypeScript is also skipped when a {@code tsconfig.json}/{@code jsconfig.json} declares path aliases or the
 * tree has Vue, Svelte or Astro components (whose imports are not read). A file is not reported either when a file of
 * its languages in its directory or its parent directory was not read (skipped as minified, generated or too large),
 * nor compiled output (a {@code sourceMappingURL} comment: its source is judged, if the tree has it). In a packaged
 * Python library ({@code setup.py}, {@code setup.cfg}, {@code pyproject.toml}, or installed with its
 * {@code .dist-info}/{@code .egg-info}) users import the public modules, so only private ones ({@code _compat.py},
 * {@code _internal/}) are reported.
 */
public final class UnimportedFileRule extends RuleMetadata {
    public static final String KEY = "DEBT-DEADFILE-001";
    static final int MIN_IMPORTED_FILES = 5;

    private static final Set<String> ENTRY_NAMES = Set.of("index", "main", "__init__", "__main__", "setup", "conftest",
            "manage", "wsgi", "asgi", "settings", "urls", "models", "views", "admin", "apps", "tasks", "gulpfile", "gruntfile",
            "cli", "server", "app");
    private static final Set<String> ENTRY_DIRECTORIES = Set.of("bin", "scripts", "script", "tools", "migrations", "pages");
    private static final Pattern TOOL_CONFIG = Pattern.compile("(?:.*\\.config|\\..*rc|.*rc)\\.[cm]?[jt]s");
    private static final Pattern MAIN_GUARD = Pattern.compile("if\\s+__name__\\s*==\\s*['\"]__main__['\"]");
    private static final Pattern PATH_ALIASES = Pattern.compile("\"(?:paths|baseUrl)\"\\s*:");
    private static final List<String> UNREAD_COMPONENTS = List.of(".vue", ".svelte", ".astro");
    private static final List<String> MANIFESTS = List.of("package.json", "pyproject.toml", "setup.cfg");

    public UnimportedFileRule() {
        super(KEY, DebtType.DEAD_CODE, "File nothing imports",
                "A source file no other file imports and that is no entry point: nothing runs it, yet it is read, built and "
                        + "maintained. Delete it (version control keeps it) or wire it in.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        Set<String> imported = new HashSet<>();
        for (SortedSet<String> targets : context.dependencies().values()) {
            imported.addAll(targets);
        }
        String manifests = manifests(context);
        List<Finding> findings = new ArrayList<>();
        for (Group group : Group.values()) {
            if (group == Group.SCRIPT && !scriptGraphIsComplete(context)) {
                continue;
            }
            List<SourceFile> files = new ArrayList<>();
            for (SourceFile source : context.sources().values()) {
                if (group.covers(source.language()) && context.roles().isProduction(source.path())) {
                    files.add(source);
                }
            }
            long importedFiles = files.stream().filter(f -> imported.contains(f.path())).count();
            if (importedFiles < MIN_IMPORTED_FILES || importedFiles * 2 < files.size()) {
                continue;                   // too few resolved edges: the graph does not describe how this code is wired
            }
            files.sort(java.util.Comparator.comparing(SourceFile::path));
            Set<String> unreadDirectories = unreadDirectories(context, group);
            boolean library = group == Group.PYTHON && isPythonLibrary(context);
            for (SourceFile file : files) {
                if (!imported.contains(file.path()) && !isEntryPoint(file) && !isNamed(file, manifests, context)
                        && (!library || isPrivateModule(file.path()))
                        && !unreadDirectories.contains(directory(file.path()))
                        && !unreadDirectories.contains(directory(directory(file.path())))) {
                    findings.add(new Finding(KEY, DebtType.DEAD_CODE, Severity.LOW, file.path(), 1, 1,
                            "No file imports " + file.path() + " and it is no entry point", Excerpts.lines(file, 1, 1), 15,
                            Fingerprints.of(KEY, file.path(), ""), 0));
                }
            }
        }
        return findings;
    }

    private enum Group {
        SCRIPT, PYTHON;

        boolean covers(Language language) {
            return this == SCRIPT ? language == Language.JAVASCRIPT || language == Language.TYPESCRIPT : language == Language.PYTHON;
        }
    }

    /**
     * Directories holding a file of the group's languages the engine did not read (skipped as minified, generated or
     * too large): its imports are unknown, so its neighbours' and its subdirectories' files may well be imported.
     */
    private static Set<String> unreadDirectories(RuleContext context, Group group) {
        Set<String> directories = new HashSet<>();
        for (String path : context.allPaths()) {
            if (!context.sources().containsKey(path)
                    && dev.debtos.engine.source.Language.byFileName(path).filter(group::covers).isPresent()) {
                directories.add(directory(path));
            }
        }
        return directories;
    }

    private static String directory(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** A packaged Python library: its users import its public modules, so only private ones can be dead. */
    private static boolean isPythonLibrary(RuleContext context) {
        for (String path : context.allPaths()) {
            String name = fileName(path);
            if (name.equals("setup.py") || name.equals("setup.cfg") || name.equals("pyproject.toml")
                    || path.contains(".dist-info/") || path.contains(".egg-info/")) {
                return true;
            }
        }
        return false;
    }

    /** {@code _compat.py}, {@code _internal/x.py}: a module or package its library's users are not meant to import. */
    private static boolean isPrivateModule(String path) {
        for (String part : path.split("/")) {
            if (part.startsWith("_") && !part.startsWith("__")) {
                return true;
            }
        }
        return false;
    }

    private static boolean scriptGraphIsComplete(RuleContext context) {
        for (String path : context.allPaths()) {
            String lower = path.toLowerCase(Locale.ROOT);
            if (UNREAD_COMPONENTS.stream().anyMatch(lower::endsWith)) {
                return false;
            }
        }
        for (var settings : context.settingsFiles().entrySet()) {
            String name = fileName(settings.getKey());
            if ((name.equals("tsconfig.json") || name.equals("jsconfig.json")) && PATH_ALIASES.matcher(settings.getValue()).find()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEntryPoint(SourceFile file) {
        String path = file.path();
        String name = fileName(path);
        String lower = name.toLowerCase(Locale.ROOT);
        String stem = lower.contains(".") ? lower.substring(0, lower.indexOf('.')) : lower;
        if (ENTRY_NAMES.contains(stem) || lower.endsWith(".d.ts") || lower.endsWith(".d.mts") || lower.endsWith(".d.cts")
                || TOOL_CONFIG.matcher(lower).matches()) {
            return true;
        }
        for (String directory : path.split("/")) {
            if (ENTRY_DIRECTORIES.contains(directory)) {
                return true;
            }
        }
        String text = file.text();
        return text.startsWith("#!") || text.contains("//# sourceMappingURL=") || file.language() == Language.PYTHON && MAIN_GUARD.matcher(text).find();
    }

    /** Named by a manifest (path, file name or dotted module) or by name in another source: loaded some other way. */
    private static boolean isNamed(SourceFile file, String manifests, RuleContext context) {
        String path = file.path();
        String name = fileName(path);
        List<String> names = new ArrayList<>(List.of(path, name));
        if (file.language() == Language.PYTHON) {
            String[] parts = path.substring(0, path.length() - ".py".length()).split("/");
            for (int first = 0; first < parts.length - 1; first++) {   // "pkg.module" under any package root
                names.add(String.join(".", java.util.Arrays.asList(parts).subList(first, parts.length)));
            }
        } else {
            String stemPath = path.replaceFirst("\\.[cm]?[jt]sx?$", "");
            names.add(stemPath);
        }
        for (String candidate : names) {
            if (manifests.contains(candidate)) {
                return true;
            }
        }
        String mention = file.language() == Language.PYTHON && names.size() > 2 ? names.getLast() : name;
        for (SourceFile other : context.sources().values()) {
            if (!other.path().equals(path) && other.text().contains(mention)) {
                return true;
            }
        }
        return false;
    }

    private static String manifests(RuleContext context) {
        StringBuilder text = new StringBuilder();
        context.settingsFiles().forEach((path, content) -> {
            if (MANIFESTS.contains(fileName(path))) {
                text.append(content).append('\n');
            }
        });
        return text.toString();
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
