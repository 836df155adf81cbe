package dev.debtos.platform.validation;

/**
 * Input that breaks a rule, naming the field (e.g. {@code cloneUrl}, {@code include[2]}); the API's route guard
 * answers it with a 400 problem naming that field. The message is ours, never echoed input.
 */
public class InvalidFieldException extends RuntimeException {
    private final String field;
    private final String problem;

    public InvalidFieldException(String field, String problem) {
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
