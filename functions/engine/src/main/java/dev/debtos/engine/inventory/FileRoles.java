package dev.debtos.engine.inventory;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Classifies a path as production, test, example/documentation, generated or vendored code, by each ecosystem's
 * naming and layout conventions; gitignore-style globs per role (repository settings, {@code .debt-os.yml}) win over
 * the conventions. Generated and vendored files are mostly skipped by the inventory already; the roles name the ones
 * that are measured anyway (protobuf stubs without a marker, a {@code vendor} directory given as an include).
 */
public final class FileRoles {
    private static final Set<String> VENDOR_DIRS = Set.of("vendor", "vendors", "third_party", "third-party", "thirdparty",
            "node_modules", "bower_components");
    private static final Set<String> GENERATED_DIRS = Set.of("generated", "__generated__", "generated-sources", "gen-src",
            "jmh_generated");
    private static final Set<String> TEST_DIRS = Set.of("test", "tests", "__tests__", "spec", "specs", "testdata", "test-data",
            "fixtures", "__fixtures__", "__mocks__", "testing", "androidtest", "testfixtures", "integrationtest", "it", "e2e",
            "cypress", "benchmark", "benchmarks", "bench", "jmh", "t");
    private static final Set<String> EXAMPLE_DIRS = Set.of("example", "examples", "_examples", "sample", "samples", "demo",
            "demos", "doc", "docs", "documentation", "tutorial", "tutorials", "cookbook");

    private static final FileRoles CONVENTIONS = new FileRoles(Map.of());

    private final Map<FileRole, PathPatterns> overrides = new EnumMap<>(FileRole.class);
    private final Map<FileRole, List<String>> globs = new EnumMap<>(FileRole.class);

    /** @param globs per role, gitignore-style globs that put a path in that role whatever the conventions say */
    public FileRoles(Map<FileRole, List<String>> globs) {
        globs.forEach((role, patterns) -> {
            if (patterns != null && !patterns.isEmpty()) {
                overrides.put(role, new PathPatterns(patterns));
                this.globs.put(role, List.copyOf(patterns));
            }
        });
    }

    /** These globs and {@code more} (a repository's {@code .debt-os.yml} beside its settings). */
    public FileRoles plus(Map<FileRole, List<String>> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<FileRole, List<String>> all = new EnumMap<>(FileRole.class);
        all.putAll(globs);
        more.forEach((role, patterns) -> {
            List<String> merged = new java.util.ArrayList<>(all.getOrDefault(role, List.of()));
            merged.addAll(patterns);
            all.put(role, merged);
        });
        return new FileRoles(all);
    }

    /** The conventions alone. */
    public static FileRoles conventions() {
        return CONVENTIONS;
    }

    /** Production unless a glob or a convention says otherwise; a repository-wide finding (empty path) is production. */
    public FileRole of(String path) {
        if (path == null || path.isEmpty()) {
            return FileRole.PRODUCTION;
        }
        for (FileRole role : FileRole.values()) {
            PathPatterns patterns = overrides.get(role);
            if (patterns != null && patterns.matches(path)) {
                return role;
            }
        }
        return byConvention(path);
    }

    public boolean isProduction(String path) {
        return of(path) == FileRole.PRODUCTION;
    }

    static FileRole byConvention(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        String[] parts = lower.split("/");
        String name = parts[parts.length - 1];
        String original = path.substring(path.lastIndexOf('/') + 1);
        for (int i = 0; i < parts.length - 1; i++) {
            if (VENDOR_DIRS.contains(parts[i])) {
                return FileRole.VENDORED;
            }
        }
        if (isGeneratedName(name)) {
            return FileRole.GENERATED;
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (GENERATED_DIRS.contains(parts[i])) {
                return FileRole.GENERATED;
            }
        }
        if (isTestName(original, name)) {
            return FileRole.TEST;
        }
        for (int i = 0; i < parts.length - 1; i++) {
            // "t" is Perl's test directory only at the root; "it" and "testing" only as a source set or a top directory
            String dir = parts[i];
            boolean rootOnly = dir.equals("t") || dir.equals("testing");
            if (TEST_DIRS.contains(dir) && (!rootOnly || i == 0) && (!dir.equals("it") || i > 0 && parts[i - 1].equals("src"))) {
                return FileRole.TEST;
            }
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (EXAMPLE_DIRS.contains(parts[i])) {
                return FileRole.EXAMPLE;
            }
        }
        if (name.startsWith("example_") || name.startsWith("example.") || name.startsWith("examples.")) {
            return FileRole.EXAMPLE;
        }
        return FileRole.PRODUCTION;
    }

    private static boolean isGeneratedName(String name) {
        return name.endsWith(".pb.go") || name.endsWith(".pb.gw.go") || name.endsWith("_pb2.py") || name.endsWith("_pb2_grpc.py")
                || name.endsWith(".pb.cc") || name.endsWith(".pb.h") || name.endsWith(".g.dart") || name.endsWith(".freezed.dart")
                || name.contains(".generated.") || name.endsWith("_generated.go") || name.startsWith("zz_generated")
                || name.endsWith(".designer.cs") || name.endsWith(".g.cs");
    }

    /** FooTest, FooTests, FooIT, FooSpec, TestFoo, foo_test, test_foo, foo.test.js, foo.spec.ts, foo_spec.rb, conftest.py. */
    private static boolean isTestName(String original, String lower) {
        int last = lower.lastIndexOf('.');
        // context_1.16_test.go: the suffix sits before the extension, whatever dots come earlier
        String fullStem = last > 0 ? lower.substring(0, last) : lower;
        if (fullStem.endsWith("_test") || fullStem.endsWith("_spec") || fullStem.endsWith("_tests")) {
            return true;
        }
        int dot = lower.indexOf('.');
        String stem = dot > 0 ? lower.substring(0, dot) : lower;
        String originalStem = dot > 0 ? original.substring(0, dot) : original;
        if (lower.contains(".test.") || lower.contains(".spec.") || lower.contains(".e2e.") || lower.contains(".tests.")
                || stem.equals("conftest") || stem.equals("test") || stem.equals("tests")) {
            return true;
        }
        if (stem.startsWith("test_") || stem.endsWith("_test") || stem.endsWith("_tests") || stem.endsWith("_spec")
                || stem.endsWith("_unittest") || stem.endsWith("-test") || stem.endsWith("-spec")) {
            return true;
        }
        // camel case: the suffix or prefix is a word of its own (Contest and Latest are not tests)
        return endsWithWord(originalStem, "Test") || endsWithWord(originalStem, "Tests") || endsWithWord(originalStem, "IT")
                || endsWithWord(originalStem, "TestCase") || specFramework(lower) && endsWithWord(originalStem, "Spec")
                || originalStem.length() > 4 && originalStem.startsWith("Test") && Character.isUpperCase(originalStem.charAt(4));
    }

    /** FooSpec is a test in Spock, ScalaTest and Kotest; in Java it is often production (JavaPoet's TypeSpec). */
    private static boolean specFramework(String name) {
        return name.endsWith(".groovy") || name.endsWith(".scala") || name.endsWith(".kt");
    }

    private static boolean endsWithWord(String stem, String word) {
        if (!stem.endsWith(word) || stem.length() == word.length()) {
            return false;
        }
        char before = stem.charAt(stem.length() - word.length() - 1);
        return Character.isLowerCase(before) || Character.isDigit(before);
    }
}
