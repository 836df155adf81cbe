package dev.debtos.engine.history;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Running totals for one file at HEAD while the miner goes through the commits. */
final class FileTally {

    final int id;
    final String path;
    int commits;
    private int linesAdded;
    private int linesDeleted;
    private int firstChange = Integer.MAX_VALUE;
    private int lastChange = Integer.MIN_VALUE;
    private int lastCommitSeen = -1;
    // indexed by author id: lines added and commits (authors are few, so arrays beat maps)
    private int[] addedByAuthor = new int[8];
    private int[] commitsByAuthor = new int[8];

    FileTally(int id, String path) {
        this.id = id;
        this.path = path;
    }

    /**
     * Adds one file change; several changes in the same commit (two old paths of one file) count one commit.
     *
     * @return true when this is the first change to the file in that commit
     */
    boolean add(int commitSequence, int author, int commitTime, int added, int deleted) {
        if (author >= addedByAuthor.length) {
            addedByAuthor = Arrays.copyOf(addedByAuthor, Math.max(author + 1, addedByAuthor.length * 2));
            commitsByAuthor = Arrays.copyOf(commitsByAuthor, addedByAuthor.length);
        }
        linesAdded += added;
        linesDeleted += deleted;
        addedByAuthor[author] += added;
        boolean firstInCommit = lastCommitSeen != commitSequence;
        if (firstInCommit) {
            lastCommitSeen = commitSequence;
            commits++;
            commitsByAuthor[author]++;
            firstChange = Math.min(firstChange, commitTime);
            lastChange = Math.max(lastChange, commitTime);
        }
        return firstInCommit;
    }

    /** Main author: most lines added, then most commits, then name; share by lines, or by commits if none added. */
    FileHistory toFileHistory(List<String> authorNames) {
        int authors = 0;
        int main = -1;
        for (int a = 0; a < commitsByAuthor.length; a++) {
            if (commitsByAuthor[a] == 0) {
                continue;
            }
            authors++;
            if (main < 0 || ranksBefore(a, main, authorNames)) {
                main = a;
            }
        }
        double share = linesAdded > 0
                ? (double) addedByAuthor[main] / linesAdded
                : (double) commitsByAuthor[main] / commits;
        return new FileHistory(path, commits, linesAdded, linesDeleted, authors, authorNames.get(main), share,
                Instant.ofEpochSecond(firstChange), Instant.ofEpochSecond(lastChange));
    }

    private boolean ranksBefore(int a, int b, List<String> authorNames) {
        if (addedByAuthor[a] != addedByAuthor[b]) {
            return addedByAuthor[a] > addedByAuthor[b];
        }
        if (commitsByAuthor[a] != commitsByAuthor[b]) {
            return commitsByAuthor[a] > commitsByAuthor[b];
        }
        return authorNames.get(a).compareTo(authorNames.get(b)) < 0;
    }
}
