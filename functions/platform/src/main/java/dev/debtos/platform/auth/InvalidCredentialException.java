package dev.debtos.platform.auth;

/** A token or API key that does not authenticate. The message is for logs and never contains the credential. */
public final class InvalidCredentialException extends Exception {
    public InvalidCredentialException(String reason) {
        super(reason, null, false, false);
    }
}
