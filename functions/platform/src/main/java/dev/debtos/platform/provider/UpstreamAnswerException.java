package dev.debtos.platform.provider;

/**
 * An answer we cannot use: larger than {@link ProviderClient#MAX_BODY_BYTES}, not JSON, or without the field we
 * asked for (or, for a local repository, a directory that is not a git repository with a branch).
 */
public final class UpstreamAnswerException extends UpstreamException {
    public UpstreamAnswerException(String provider, String call, int status, String outcome) {
        super(provider, call, status, outcome);
    }
}
