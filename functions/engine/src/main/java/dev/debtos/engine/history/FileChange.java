package dev.debtos.engine.history;

/**
 * One file in one commit's diff against its first parent.
 *
 * @param path         path after the commit (for a deletion: the deleted path)
 * @param previousPath path before the commit when the diff found a rename, else null
 */
record FileChange(String path, String previousPath, int linesAdded, int linesDeleted) {
}
