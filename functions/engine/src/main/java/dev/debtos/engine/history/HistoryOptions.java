package dev.debtos.engine.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What the history miner looks at.
 *
 * @param window                        how far back from {@code now} commits count (by commit time)
 * @param maxCommits                    at most this many non-merge commits are analysed, newest first
 * @param couplingMinSharedCommits      a coupling pair needs at least this many commits touching both files
 * @param couplingMinDegree             and at least this degree (see {@link CouplingPair})
 * @param maxFilesPerCommitForCoupling  commits touching more files than this (reformatting, mass renames, vendoring)
 *                                      say nothing about coupling and are left out of it; they still count as churn
 * @param now                           the end of the window; injectable so tests are exact
 */
public record HistoryOptions(Duration window, int maxCommits, int couplingMinSharedCommits, double couplingMinDegree,
                             int maxFilesPerCommitForCoupling, Instant now) {

    public HistoryOptions {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(now, "now");
        if (window.isNegative() || maxCommits < 1 || couplingMinSharedCommits < 1 || couplingMinDegree < 0
                || maxFilesPerCommitForCoupling < 2) {
            throw new IllegalArgumentException("history options out of range: " + window + ", maxCommits " + maxCommits
                    + ", coupling " + couplingMinSharedCommits + "/" + couplingMinDegree + "/" + maxFilesPerCommitForCoupling);
        }
    }

    /** 365 days up to now, 10,000 commits, pairs with 5+ shared commits and degree 0.3+, commits of 50 files or fewer. */
    public static HistoryOptions defaults() {
        return new HistoryOptions(Duration.ofDays(365), 10_000, 5, 0.3, 50, Instant.now());
    }

    public Instant windowStart() {
        return now.minus(window);
    }

    public HistoryOptions withWindow(Duration newWindow) {
        return new HistoryOptions(newWindow, maxCommits, couplingMinSharedCommits, couplingMinDegree,
                maxFilesPerCommitForCoupling, now);
    }

    public HistoryOptions withMaxCommits(int newMaxCommits) {
        return new HistoryOptions(window, newMaxCommits, couplingMinSharedCommits, couplingMinDegree,
                maxFilesPerCommitForCoupling, now);
    }

    public HistoryOptions withCoupling(int minSharedCommits, double minDegree, int maxFilesPerCommit) {
        return new HistoryOptions(window, maxCommits, minSharedCommits, minDegree, maxFilesPerCommit, now);
    }

    public HistoryOptions withNow(Instant newNow) {
        return new HistoryOptions(window, maxCommits, couplingMinSharedCommits, couplingMinDegree,
                maxFilesPerCommitForCoupling, newNow);
    }
}
