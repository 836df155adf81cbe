package dev.debtos.platform.config;

/**
 * A missing or malformed configuration value. The message names the variable and what is expected,
 * never the value itself (which may be a secret).
 */
public final class ConfigException extends RuntimeException {
    private final String variable;

    public ConfigException(String variable, String expectation) {
        super(variable + " " + expectation);
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // a configuration error is reported as one line; a stack adds nothing
    }
}
