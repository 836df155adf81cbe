package dev.debtos.platform.repos;

/** A repository address (provider, fullName, cloneUrl, path) the API refuses; {@code field} names the culprit. */
public final class InvalidAddressException extends RuntimeException {
    private final String field;
    private final String problem;

    public InvalidAddressException(String field, String problem) {
        super(field + ": " + problem, null, false, false);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
