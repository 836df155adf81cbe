package dev.debtos.platform.scan;

/** A repository setting that breaks the settings contract; {@code field} names it (e.g. {@code include[2]}). */
public final class InvalidSettingException extends RuntimeException {
    private final String field;
    private final String problem;

    public InvalidSettingException(String field, String problem) {
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
