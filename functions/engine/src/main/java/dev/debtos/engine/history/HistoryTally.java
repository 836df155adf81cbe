package dev.debtos.engine.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Adds up analysed commits, already mapped to paths at HEAD, into file histories, authors and coupling. */
final class HistoryTally {

    private final int maxFilesForCoupling;
    private final Map<String, FileTally> filesByPath = new HashMap<>();
    private final List<FileTally> filesById = new ArrayList<>();
    private final Map<String, Integer> authorIds = new HashMap<>();
    private final List<String> authorEmails = new ArrayList<>();
    private final List<String> authorNames = new ArrayList<>();
    private final List<int[]> authorTotals = new ArrayList<>(); // {commits, lines added}
    private final ChangeCoupling coupling = new ChangeCoupling();
    private int[] commitFileIds = new int[64];
    private int sequence;

    HistoryTally(int maxFilesForCoupling) {
        this.maxFilesForCoupling = maxFilesForCoupling;
    }

    /** Commits must come newest first: an author's name is the one on their newest commit. */
    void add(CommitChanges commit, String[] pathsAtHead) {
        int author = authorIds.computeIfAbsent(commit.authorEmail(), email -> {
            authorEmails.add(email);
            authorNames.add(commit.authorName());
            authorTotals.add(new int[2]);
            return authorEmails.size() - 1;
        });
        int[] totals = authorTotals.get(author);
        int distinctFiles = 0;
        int seq = sequence++;
        for (int f = 0; f < pathsAtHead.length; f++) {
            if (pathsAtHead[f] == null) {
                continue; // the file is gone at HEAD
            }
            FileChange change = commit.files().get(f);
            FileTally file = filesByPath.computeIfAbsent(pathsAtHead[f], this::newFile);
            if (file.add(seq, author, commit.commitTime(), change.linesAdded(), change.linesDeleted())) {
                if (distinctFiles == commitFileIds.length) {
                    commitFileIds = Arrays.copyOf(commitFileIds, distinctFiles * 2);
                }
                commitFileIds[distinctFiles++] = file.id;
            }
            totals[1] += change.linesAdded();
        }
        if (distinctFiles > 0) {
            totals[0]++;
        }
        // the limit applies to the whole commit as made, files gone since included
        if (commit.files().size() <= maxFilesForCoupling) {
            coupling.addCommit(commitFileIds, distinctFiles);
        }
    }

    Map<String, FileHistory> files() {
        Map<String, FileHistory> files = new HashMap<>(filesByPath.size() * 2);
        for (FileTally file : filesById) {
            files.put(file.path, file.toFileHistory(authorNames));
        }
        return files;
    }

    List<CouplingPair> coupling(int minShared, double minDegree) {
        return coupling.pairs(filesById, minShared, minDegree);
    }

    /** Authors who touched a file present at HEAD, most lines added first (then commits, then e-mail). */
    List<AuthorContribution> authors() {
        List<AuthorContribution> authors = new ArrayList<>();
        for (int a = 0; a < authorEmails.size(); a++) {
            int[] totals = authorTotals.get(a);
            if (totals[0] > 0) {
                authors.add(new AuthorContribution(authorEmails.get(a), authorNames.get(a), totals[0], totals[1]));
            }
        }
        authors.sort(Comparator.comparingInt(AuthorContribution::linesAdded).reversed()
                .thenComparing(Comparator.comparingInt(AuthorContribution::commits).reversed())
                .thenComparing(AuthorContribution::email));
        return authors;
    }

    private FileTally newFile(String path) {
        FileTally file = new FileTally(filesById.size(), path);
        filesById.add(file);
        return file;
    }
}
