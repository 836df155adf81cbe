package dev.debtos.platform.provider;

/** The provider answered with a status the call does not accept (for a REST call: anything but 2xx). */
public final class UpstreamStatusException extends UpstreamException {
    public UpstreamStatusException(String provider, String call, int status) {
        super(provider, call, status, "answered " + status);
    }
}
