package dev.debtos.engine.rules;

import java.util.List;
import java.util.Locale;

/**
 * The files besides source and Markdown whose text the rules read ({@link RuleContext#settingsFiles()}): package
 * managers' and build tools' settings ({@code .npmrc}, {@code package.json}, {@code pyproject.toml},
 * {@code tsconfig.json}...), read for lock-file and entry-point settings, and configuration files ({@code .env} and
 * {@code .env.*}, {@code .properties}, YAML, INI, TOML, {@code .cfg}, {@code .conf}), read for secrets. Lock files are
 * none of these: their hashes are not secrets.
 */
public final class SettingsFiles {
    private static final List<String> NAMES = List.of(".npmrc", ".yarnrc", ".yarnrc.yml", "package.json", "pyproject.toml",
            "setup.cfg", "tsconfig.json", "jsconfig.json", ".pypirc");
    private static final List<String> CONFIGURATION = List.of(".properties", ".yml", ".yaml", ".ini", ".toml", ".cfg",
            ".conf", ".env");

    private SettingsFiles() {
    }

    /** Whether the rules read the file at {@code path}. */
    public static boolean isRead(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (NAMES.contains(name)) {
            return true;
        }
        if (name.contains("lock") || name.equals("go.sum")) {
            return false;                                  // pnpm-lock.yaml, *.lock: hashes, not secrets
        }
        return name.equals(".env") || name.startsWith(".env.") || CONFIGURATION.stream().anyMatch(name::endsWith);
    }

    /** Whether the file shows what to set rather than holds a setting: {@code .env.example}, {@code app.yml.sample}. */
    static boolean isTemplate(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return name.contains("example") || name.contains("sample") || name.contains("template") || name.endsWith(".dist");
    }
}
