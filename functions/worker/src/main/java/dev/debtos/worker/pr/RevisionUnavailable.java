package dev.debtos.worker.pr;

/** A revision no retry can produce (unknown commit, repository that cannot be fetched here); the scan fails. */
public final class RevisionUnavailable extends Exception {
    public RevisionUnavailable(String reason) {
        super(reason, null, false, false);
    }
}
