package dev.debtos.platform.scan;

/** A repository setting that breaks the settings contract; {@code field} names it (e.g. {@code include[2]}). */
public final class InvalidSettingException extends RuntimeException {
    private final String field;

    public InvalidSettingException(String field, String problem) {
        super(field + ": " + problem, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
