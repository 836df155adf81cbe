package dev.debtos.api.http;

import dev.debtos.platform.validation.InvalidFieldException;

/** A request the API refuses with a 400 problem that names the offending field; the message is ours, never input. */
public final class InvalidInputException extends InvalidFieldException {

    public InvalidInputException(String field, String problem) {
        super(field, problem);
    }
}
