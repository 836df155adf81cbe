package dev.debtos.platform.queue;

/** A message whose body cannot be a scan request: retrying it will never help (poison message). */
public final class MalformedMessageException extends RuntimeException {
    public MalformedMessageException(String message) {
        super(message);
    }
}
