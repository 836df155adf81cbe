package dev.debtos.engine.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Counts, for every pair of files changed in the same commit, the commits they share. Only pairs that actually
 * co-occur are ever touched, so the cost is the sum over commits of n(n-1)/2, never files squared; commits wider
 * than the limit are left out (see {@link HistoryOptions#maxFilesPerCommitForCoupling()}).
 */
final class ChangeCoupling {

    private static final Comparator<CouplingPair> STRONGEST_FIRST = Comparator
            .comparingDouble(CouplingPair::degree).reversed()
            .thenComparing(Comparator.comparingInt(CouplingPair::sharedCommits).reversed())
            .thenComparing(CouplingPair::first)
            .thenComparing(CouplingPair::second);

    private final PairCounts shared = new PairCounts();

    /** @param fileIds distinct ids of the files one commit changed, in {@code fileIds[0..count)} */
    void addCommit(int[] fileIds, int count) {
        for (int i = 0; i < count; i++) {
            for (int j = i + 1; j < count; j++) {
                shared.increment(fileIds[i], fileIds[j]);
            }
        }
    }

    /**
     * Pairs with at least {@code minShared} shared commits and a degree of at least {@code minDegree}, where
     * degree = shared / average(commits of each file), strongest first.
     *
     * @param files by id: each file's path and total commit count
     */
    List<CouplingPair> pairs(List<FileTally> files, int minShared, double minDegree) {
        List<CouplingPair> pairs = new ArrayList<>();
        shared.forEach((a, b, count) -> {
            if (count < minShared) {
                return;
            }
            FileTally first = files.get(a);
            FileTally second = files.get(b);
            double degree = count / ((first.commits + second.commits) / 2.0);
            if (degree >= minDegree) {
                pairs.add(first.path.compareTo(second.path) < 0
                        ? new CouplingPair(first.path, second.path, count, degree)
                        : new CouplingPair(second.path, first.path, count, degree));
            }
        });
        pairs.sort(STRONGEST_FIRST);
        return pairs;
    }
}
