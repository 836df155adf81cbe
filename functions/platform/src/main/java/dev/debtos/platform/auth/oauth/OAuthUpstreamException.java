package dev.debtos.platform.auth.oauth;

/**
 * The provider refused a code ({@link Kind#REJECTED}: expired, used, issued to another client) or failed to answer
 * usefully ({@link Kind#UNAVAILABLE}). The message is ours, short and safe to audit: never the upstream body, which
 * may echo the code or a token.
 */
public final class OAuthUpstreamException extends Exception {
    public enum Kind { REJECTED, UNAVAILABLE }

    private final Kind kind;

    public OAuthUpstreamException(Kind kind, String reason) {
        super(reason, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
