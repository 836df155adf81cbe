package dev.debtos.platform.auth;

import java.util.Locale;
import java.util.Optional;

/** What a credential may do. ADMIN implies WRITE, WRITE implies READ. */
public enum Scope {
    READ, WRITE, ADMIN;

    public boolean covers(Scope required) {
        return ordinal() >= required.ordinal();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Scope> fromWire(String text) {
        for (Scope scope : values()) {
            if (scope.wireName().equals(text)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
