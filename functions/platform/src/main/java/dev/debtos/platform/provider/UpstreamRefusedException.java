package dev.debtos.platform.provider;

/**
 * The provider refused what we presented (an OAuth code that is expired, used or issued to another client). Unlike
 * the other failures this is the caller's to fix, not the provider's: sign-in answers it with 401.
 *
 * @see UpstreamException
 */
public final class UpstreamRefusedException extends UpstreamException {
    public UpstreamRefusedException(String provider, String call, int status, String reason) {
        super(provider, call, status, reason);
    }
}
