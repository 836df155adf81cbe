package dev.debtos.engine.rules;

import dev.debtos.engine.inventory.FileRole;
import dev.debtos.engine.inventory.FileRoles;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which source files have tests, by each ecosystem's naming and layout:
 * <ul>
 * <li>named after the file: FooTest / FooTests / FooIT / TestFoo / FooSpec (JVM, .NET), test_foo / foo_test (Python, Go,
 * Ruby), foo.test / foo.spec (JavaScript, TypeScript), foo_spec (RSpec), or a file named like the source in a test
 * directory ({@code test/router.js}, {@code __tests__/router.js});</li>
 * <li>named after what the file exports, as mocha suites often are: a test whose name's first dotted part is the start of
 * the file's name ({@code test/res.send.js} tests {@code lib/response.js}, {@code test/app.router.js} tests
 * {@code lib/application.js}), or whose dotted parts name it ({@code app.router.js} tests {@code router/index.js});
 * a module's {@code index}, {@code __init__}, {@code mod} or {@code main} file is named after its directory;</li>
 * <li>by layout: in Go a package's tests are its directory's {@code _test.go} files, whatever their names.</li>
 * </ul>
 * Which files are tests at all is {@link FileRoles}'s decision (conventions plus the repository's globs).
 */
final class TestFiles {
    private static final List<String> CAMEL_SUFFIXES = List.of("TestCase", "Tests", "Test", "IT", "Spec");
    private static final List<String> SUFFIXES = List.of("_tests", "_test", "_spec", "_unittest", "-test", "-spec", ".test",
            ".spec", ".e2e", ".tests");
    private static final Set<String> MODULE_FILES = Set.of("index", "__init__", "mod", "main", "lib", "package");
    private static final int MIN_ABBREVIATION = 3;

    private final Set<String> names = new HashSet<>();
    private final Set<String> abbreviations = new HashSet<>();
    private final Set<String> goTestedDirectories = new HashSet<>();

    TestFiles(List<String> allPaths, FileRoles roles) {
        for (String path : allPaths) {
            if (roles.of(path) != FileRole.TEST) {
                continue;
            }
            String lower = path.toLowerCase(Locale.ROOT);
            if (lower.endsWith("_test.go")) {
                goTestedDirectories.add(directory(path));
            }
            String stem = stripAffixes(stem(path));
            if (stem.isEmpty()) {
                continue;
            }
            names.add(stem);
            String[] parts = stem.split("\\.");
            if (parts.length > 1) {
                for (String part : parts) {
                    names.add(part);
                }
            }
            if (parts[0].length() >= MIN_ABBREVIATION) {
                abbreviations.add(parts[0]);
            }
        }
    }

    TestFiles(List<String> allPaths) {
        this(allPaths, FileRoles.conventions());
    }

    boolean covers(String path) {
        String name = sourceName(path);
        if (names.contains(name) || path.endsWith(".go") && goTestedDirectories.contains(directory(path))) {
            return true;
        }
        for (String abbreviation : abbreviations) {
            if (name.startsWith(abbreviation)) {
                return true;
            }
        }
        return false;
    }

    /** The name tests use for a source file: its stem, or its directory's name for a module's index file. */
    private static String sourceName(String path) {
        String stem = stem(path).toLowerCase(Locale.ROOT);
        if (MODULE_FILES.contains(stem)) {
            String dir = directory(path);
            String parent = dir.substring(dir.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            return parent.isEmpty() ? stem : parent;
        }
        return stem;
    }

    /** foo.test → foo, FooTest → foo, FooIT → foo, test_foo → foo, foo_spec → foo, res.send → res.send. */
    private static String stripAffixes(String stem) {
        String out = stem;
        for (String suffix : CAMEL_SUFFIXES) {
            if (out.endsWith(suffix) && out.length() > suffix.length()) {
                out = out.substring(0, out.length() - suffix.length());
                break;
            }
        }
        if (out.length() > 4 && out.startsWith("Test") && Character.isUpperCase(out.charAt(4))) {
            out = out.substring(4);
        }
        out = out.toLowerCase(Locale.ROOT);
        for (String suffix : SUFFIXES) {
            if (out.endsWith(suffix) && out.length() > suffix.length()) {
                out = out.substring(0, out.length() - suffix.length());
                break;
            }
        }
        if (out.startsWith("test_") || out.startsWith("test-")) {
            out = out.substring(5);
        }
        return trimSeparator(out);
    }

    static String suggestion(String path) {
        String stem = stem(path);
        String extension = path.substring(path.lastIndexOf('.') + 1);
        return switch (extension) {
            case "py" -> "test_" + stem + ".py";
            case "go" -> stem + "_test.go";
            case "rb" -> stem + "_spec.rb";
            case "js", "jsx", "ts", "tsx", "mjs" -> stem + ".test." + extension;
            default -> stem + "Test." + extension;
        };
    }

    private static String directory(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static String stem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String trimSeparator(String text) {
        String out = text;
        while (!out.isEmpty() && (out.endsWith("_") || out.endsWith(".") || out.endsWith("-"))) {
            out = out.substring(0, out.length() - 1);
        }
        while (!out.isEmpty() && (out.startsWith("_") || out.startsWith("."))) {
            out = out.substring(1);
        }
        return out;
    }
}
