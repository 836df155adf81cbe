package dev.debtos.engine.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Test files by the naming conventions of each ecosystem: FooTest / FooTests / FooIT / TestFoo (JVM, .NET),
 * test_foo / foo_test (Python, Go, Ruby), foo.test / foo.spec (JavaScript, TypeScript), foo_spec (RSpec).
 */
final class TestFiles {
    private final Set<String> coveredStems = new HashSet<>();

    TestFiles(List<String> allPaths) {
        for (String path : allPaths) {
            String stem = stem(path);
            String lower = stem.toLowerCase(Locale.ROOT);
            for (String suffix : List.of("tests", "test", "it", "spec", "_test", "_spec", ".test", ".spec")) {
                if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                    coveredStems.add(trimSeparator(lower.substring(0, lower.length() - suffix.length())));
                }
            }
            if (lower.startsWith("test_") || lower.startsWith("test") && stem.length() > 4 && Character.isUpperCase(stem.charAt(4))) {
                coveredStems.add(trimSeparator(lower.substring(4)));
            }
        }
    }

    boolean covers(String path) {
        return coveredStems.contains(stem(path).toLowerCase(Locale.ROOT));
    }

    static boolean isTest(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        String stem = stem(path).toLowerCase(Locale.ROOT);
        return lower.contains("/test/") || lower.contains("/tests/") || lower.startsWith("test/") || lower.startsWith("tests/")
                || lower.contains("__tests__/") || stem.endsWith("test") || stem.endsWith("tests") || stem.startsWith("test_")
                || stem.endsWith(".spec") || stem.endsWith("_spec");
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
