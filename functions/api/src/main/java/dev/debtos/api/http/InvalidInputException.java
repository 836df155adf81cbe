package dev.debtos.api.http;

/** A request the API refuses with a 400 problem that names the offending field; the message is ours, never input. */
public final class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String problem) {
        super(field + ": " + problem, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
