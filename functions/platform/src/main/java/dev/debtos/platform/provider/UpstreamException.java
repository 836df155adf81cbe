package dev.debtos.platform.provider;

import java.util.OptionalInt;

/**
 * A git provider (GitHub, GitLab, or a local repository's directory) failed to tell us what we asked. It names the
 * provider, the call ({@code GET /repos/octo/hello}) and the HTTP status when there was one; the message is ours and
 * safe to show and log, never the upstream body, which may echo a code or token or carry another tenant's detail.
 * The API answers it with 502.
 */
public abstract class UpstreamException extends Exception {
    private final String provider;
    private final String call;
    private final int status;

    /**
     * @param call    the method and path, or empty when there was no HTTP call
     * @param status  the HTTP status of the answer, or {@code 0} when there was none
     * @param outcome what happened, in our words ({@code answered 404}, {@code timed out})
     */
    protected UpstreamException(String provider, String call, int status, String outcome) {
        super(call.isEmpty() ? outcome : call + " " + outcome, null, false, false);
        this.provider = provider;
        this.call = call;
        this.status = status;
    }

    /** {@code GitHub}, {@code GitLab} or {@code local}. */
    public String provider() {
        return provider;
    }

    /** The method and path of the failed call; empty when no HTTP call was made. */
    public String call() {
        return call;
    }

    /** The status the provider answered with; empty when it did not answer. */
    public OptionalInt status() {
        return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /**
     * The provider and what failed, for a problem's detail: {@code GitHub: GET /repos/octo/hello answered 500}, or
     * {@code the local repository is not a git repository ...} when there was no HTTP call.
     */
    public String detail() {
        return provider + (call.isEmpty() ? " " : ": ") + getMessage();
    }
}
