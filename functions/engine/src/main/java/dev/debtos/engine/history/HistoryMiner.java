package dev.debtos.engine.history;

import dev.debtos.engine.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Mines a repository's history from HEAD: per-file churn and authors, change coupling and ownership over the
 * non-merge commits in a time window (see the package documentation for every formula and decision).
 */
public final class HistoryMiner {

    static final String STAGE = "history";
    private static final int MAX_DEFAULT_THREADS = 4;
    private static final int CLOCK_SKEW_SLOP = 5; // git's limit_list SLOP

    private final int threads;
    private final int minCommitsPerRun;

    /** Diffs on up to 4 threads, as many as there are processors. */
    public HistoryMiner() {
        this(Math.min(MAX_DEFAULT_THREADS, Runtime.getRuntime().availableProcessors()));
    }

    /** @param threads how many threads diff commits (1 = all on the calling thread) */
    public HistoryMiner(int threads) {
        this(threads, ParallelDiffer.MIN_COMMITS_PER_RUN);
    }

    HistoryMiner(int threads, int minCommitsPerRun) {
        if (threads < 1 || minCommitsPerRun < 1) {
            throw new IllegalArgumentException("threads and run length must be at least 1: " + threads);
        }
        this.threads = threads;
        this.minCommitsPerRun = minCommitsPerRun;
    }

    public HistoryReport mine(Path repositoryDir, HistoryOptions options, ProgressListener progress) throws IOException {
        try (Repository repository = LocalRepository.open(repositoryDir);
             ObjectReader reader = repository.newObjectReader();
             RevWalk walk = new RevWalk(reader)) {
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                progress.update(STAGE, 0, 0);
                return new HistoryReport("", 0, options.windowStart(), options.now(), Map.of(), List.of(), List.of());
            }
            RevCommit headCommit = walk.parseCommit(head);
            Selection selection = select(walk, headCommit, options, reader.getShallowCommits());
            List<CommitChanges> changes = ParallelDiffer.diff(repository, selection.commits(), threads,
                    minCommitsPerRun, progress);
            String[][] pathsAtHead = new RenameTracker(pathsIn(reader, headCommit.getTree())).pathsAtHead(changes);
            HistoryTally tally = new HistoryTally(options.maxFilesPerCommitForCoupling());
            for (int i = 0; i < changes.size(); i++) {
                tally.add(changes.get(i), pathsAtHead[i]);
            }
            Instant from = selection.capped()
                    ? Instant.ofEpochSecond(selection.commits().getLast().getCommitTime())
                    : options.windowStart();
            return new HistoryReport(head.name(), changes.size(), from, options.now(), tally.files(),
                    tally.coupling(options.couplingMinSharedCommits(), options.couplingMinDegree()), tally.authors());
        }
    }

    private record Selection(List<RevCommit> commits, boolean capped) {
    }

    /**
     * Non-merge commits in the window, newest first (the walk's commit-time order), at most maxCommits. The
     * boundary commits of a shallow clone are left out: their parents are missing, and a diff against the empty
     * tree would credit the whole tree to them.
     */
    private static Selection select(RevWalk walk, RevCommit head, HistoryOptions options, Set<ObjectId> shallow)
            throws IOException {
        long start = options.windowStart().getEpochSecond();
        long end = options.now().getEpochSecond();
        walk.markStart(head);
        List<RevCommit> commits = new ArrayList<>();
        int olderInARow = 0;
        for (RevCommit commit : walk) {
            if (commit.getCommitTime() < start) {
                // the walk is in commit-time order, so older ones follow; like git, allow a few out of order
                if (++olderInARow > CLOCK_SKEW_SLOP) {
                    break;
                }
                continue;
            }
            olderInARow = 0;
            if (commit.getParentCount() > 1 || commit.getCommitTime() > end || shallow.contains(commit)) {
                continue;
            }
            if (commits.size() == options.maxCommits()) {
                return new Selection(commits, true);
            }
            commits.add(commit);
        }
        return new Selection(commits, false);
    }

    private static Set<String> pathsIn(ObjectReader reader, RevTree tree) throws IOException {
        Set<String> paths = new HashSet<>();
        try (TreeWalk treeWalk = new TreeWalk(reader)) {
            treeWalk.addTree(tree);
            treeWalk.setRecursive(true);
            while (treeWalk.next()) {
                if (treeWalk.getFileMode(0) != FileMode.GITLINK) {
                    paths.add(treeWalk.getPathString());
                }
            }
        }
        return paths;
    }
}
