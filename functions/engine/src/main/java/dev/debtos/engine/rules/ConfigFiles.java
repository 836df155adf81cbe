package dev.debtos.engine.rules;

import java.util.List;
import java.util.Locale;

/**
 * Files whose job is to hold configuration or show usage: a {@code config}, {@code conf} or {@code settings} file or
 * directory ({@code settings.py}, {@code webpack.config.js}, {@code src/config/db.ts}), a {@code defaults.*} file,
 * and example, sample, demo and documentation directories. Hosts and ports belong there.
 */
final class ConfigFiles {
    private static final List<String> DIRECTORIES = List.of("config", "configs", "conf", "settings", "configuration",
            "example", "examples", "sample", "samples", "demo", "demos", "doc", "docs", "benchmark", "benchmarks");

    private ConfigFiles() {
    }

    static boolean isConfigOrExample(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        String[] segments = lower.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            if (DIRECTORIES.contains(segments[i])) {
                return true;
            }
        }
        String name = segments[segments.length - 1];
        return name.contains("config") || name.contains("settings") || name.startsWith("conf.") || name.contains("example")
                || name.startsWith("defaults.");
    }
}
