package dev.debtos.engine.history;

import java.time.Instant;

/**
 * What the analysed commits did to one file, under the file's path at HEAD (history from before a rename included).
 *
 * @param commits         non-merge commits in the window that touched the file (binary and mode-only changes too)
 * @param authors         distinct authors (by lower-cased e-mail) of those commits
 * @param mainAuthor      name of the author who added the most lines (ties: more commits, then name)
 * @param mainAuthorShare that author's share of the added lines, 0..1; by commits when no line was added
 * @param firstChange     commit time of the oldest analysed commit touching the file
 * @param lastChange      commit time of the newest one
 */
public record FileHistory(String path, int commits, int linesAdded, int linesDeleted, int authors, String mainAuthor,
                          double mainAuthorShare, Instant firstChange, Instant lastChange) {

    /** Lines added plus lines deleted: the change volume hotspot scoring multiplies with complexity. */
    public int churn() {
        return linesAdded + linesDeleted;
    }
}
