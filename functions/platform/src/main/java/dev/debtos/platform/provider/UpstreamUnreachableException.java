package dev.debtos.platform.provider;

/** No answer: the connection failed, the call timed out or the waiting thread was interrupted. */
public final class UpstreamUnreachableException extends UpstreamException {
    public UpstreamUnreachableException(String provider, String call, String outcome) {
        super(provider, call, 0, outcome);
    }
}
