package dev.debtos.engine.inventory;

import java.util.Locale;

/** Why a file (or, for vendored and build directories, a whole directory) was not measured. */
public enum SkipReason {
    GITIGNORED, EXCLUDED, VENDORED, BUILD_OUTPUT, GENERATED, MINIFIED, BINARY, OVERSIZED, UNSUPPORTED, UNREADABLE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
