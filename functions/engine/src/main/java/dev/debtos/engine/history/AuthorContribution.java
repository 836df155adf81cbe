package dev.debtos.engine.history;

/**
 * One author's share of the analysed history, counted over the files present at HEAD.
 *
 * @param email      lower-cased e-mail: the author's identity
 * @param name       the name on the author's newest analysed commit
 * @param commits    analysed commits that touched at least one file present at HEAD
 * @param linesAdded lines added to files present at HEAD
 */
public record AuthorContribution(String email, String name, int commits, int linesAdded) {
}
