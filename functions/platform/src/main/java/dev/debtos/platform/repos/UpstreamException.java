package dev.debtos.platform.repos;

/**
 * A provider (GitHub, GitLab) or a local directory could not tell us about a repository. The message is ours (the
 * provider and its HTTP status or what failed), never the upstream body, so it is safe to show.
 */
public final class UpstreamException extends Exception {
    public UpstreamException(String message) {
        super(message, null, false, false);
    }
}
