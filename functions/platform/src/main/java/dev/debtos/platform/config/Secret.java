package dev.debtos.platform.config;

import dev.debtos.platform.logging.Redactor;

/**
 * A sensitive value (password, token, key). Its {@link #toString()} never shows the value, and every
 * secret is registered with the {@link Redactor} so that the log pipeline masks it wherever it appears.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        Redactor.register(value);
        return new Secret(value);
    }

    /** The raw value, for the one call that needs it (a driver, an HMAC); never log or return it. */
    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return "****";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret s && java.security.MessageDigest.isEqual(
                s.value.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
