package dev.debtos.engine.history;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The history of a repository as the miner saw it.
 *
 * @param headCommit      the commit the walk started from (40 hex digits); empty for a repository without commits
 * @param commitsAnalyzed non-merge commits analysed
 * @param from            start of the period the figures cover: the window's start, or the oldest analysed commit's
 *                        time when {@link HistoryOptions#maxCommits()} cut the walk short
 * @param to              end of the period: {@link HistoryOptions#now()}
 * @param files           by path at HEAD; only files present at HEAD (deleted files' history is dropped)
 * @param coupling        pairs over the thresholds, strongest first (degree, then shared commits, then paths)
 * @param authors         per author, most lines added first
 */
public record HistoryReport(String headCommit, int commitsAnalyzed, Instant from, Instant to,
                            Map<String, FileHistory> files, List<CouplingPair> coupling,
                            List<AuthorContribution> authors) {

    public HistoryReport {
        files = Map.copyOf(files);
        coupling = List.copyOf(coupling);
        authors = List.copyOf(authors);
    }

    /**
     * The smallest number of authors who together added more than half of the lines added to files present at
     * HEAD within the window (the "truck factor" by authorship). 0 when no line was added.
     */
    public int busFactor() {
        long total = 0;
        for (AuthorContribution a : authors) {
            total += a.linesAdded();
        }
        if (total == 0) {
            return 0;
        }
        List<AuthorContribution> byLines = authors.stream()
                .sorted(Comparator.comparingInt(AuthorContribution::linesAdded).reversed())
                .toList();
        long owned = 0;
        int count = 0;
        for (AuthorContribution a : byLines) {
            owned += a.linesAdded();
            count++;
            if (owned * 2 > total) {
                break;
            }
        }
        return count;
    }
}
