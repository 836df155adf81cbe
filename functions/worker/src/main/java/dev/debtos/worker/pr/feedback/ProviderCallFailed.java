package dev.debtos.worker.pr.feedback;

/** A provider answered a call with an error status (or not at all); the message names the call, never the token. */
final class ProviderCallFailed extends Exception {
    ProviderCallFailed(String message) {
        super(message, null, false, false);
    }
}
