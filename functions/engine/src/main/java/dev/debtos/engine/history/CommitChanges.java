package dev.debtos.engine.history;

import java.util.List;

/**
 * What one non-merge commit changed.
 *
 * @param authorEmail lower-cased: the author's identity
 * @param commitTime  seconds since the epoch (committer time, as {@code git log --since} uses)
 */
record CommitChanges(String authorName, String authorEmail, int commitTime, List<FileChange> files) {
}
