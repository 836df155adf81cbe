package dev.debtos.engine.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the paths in analysed commits to the file's path at HEAD, following renames.
 * <p>
 * Commits come newest first, so a rename {@code old -> new} is met before the older commits that changed
 * {@code old}: from then on {@code old} stands for whatever {@code new} stands for. A second pass gives paths that
 * were still unknown (not at HEAD, no rename met yet) another chance with every rename known: on branches merged
 * later, a file can be changed under its old name after (by commit time) the rename on the other branch.
 * A path that leads to no file at HEAD maps to null: the file was deleted and its history is dropped.
 */
final class RenameTracker {

    private static final int MAX_HOPS = 32; // rename chains are short; the bound guards against a -> b -> a

    private final Set<String> headPaths;
    private final Map<String, String> renamedTo = new HashMap<>();

    RenameTracker(Set<String> headPaths) {
        this.headPaths = headPaths;
    }

    /** For each commit (newest first) and each of its files, the path at HEAD or null. */
    String[][] pathsAtHead(List<CommitChanges> commits) {
        String[][] resolved = new String[commits.size()][];
        for (int c = 0; c < commits.size(); c++) {
            List<FileChange> files = commits.get(c).files();
            String[] paths = new String[files.size()];
            for (int f = 0; f < paths.length; f++) {
                FileChange file = files.get(f);
                paths[f] = follow(file.path());
                if (file.previousPath() != null) {
                    renamed(file.previousPath(), paths[f]);
                }
            }
            resolved[c] = paths;
        }
        for (int c = 0; c < resolved.length; c++) {
            for (int f = 0; f < resolved[c].length; f++) {
                if (!headPaths.contains(resolved[c][f])) {
                    String second = follow(commits.get(c).files().get(f).path());
                    resolved[c][f] = headPaths.contains(second) ? second : null;
                }
            }
        }
        return resolved;
    }

    private void renamed(String oldPath, String currentPath) {
        if (!oldPath.equals(currentPath)) {
            renamedTo.put(oldPath, currentPath);
        }
    }

    // The rename wins over HEAD membership: a path renamed away and later re-created holds two files' histories.
    private String follow(String path) {
        String current = path;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            String next = renamedTo.get(current);
            if (next == null) {
                break;
            }
            current = next;
        }
        return current;
    }
}
