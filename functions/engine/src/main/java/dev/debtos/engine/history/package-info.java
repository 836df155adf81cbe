/**
 * Git history mining: per-file churn and authors, change coupling and ownership ({@link
 * dev.debtos.engine.history.HistoryMiner}), and line origins for the SATD detector ({@link
 * dev.debtos.engine.history.BlameLookup}).
 *
 * <h2>Which commits</h2>
 * Every commit reachable from HEAD (all parents, not only the first) whose committer time lies in
 * {@code [now - window, now]}, newest first, at most {@code maxCommits} of them: the set
 * {@code git log --no-merges --since=<window>} prints (like git, up to 5 commits dated before the window are
 * stepped over before the walk stops, for clock skew). Merge commits are skipped for everything, as CodeScene and
 * {@code git log --numstat --no-merges} do: a merge's diff against its first parent repeats what the merged branch's
 * own commits already counted. The boundary commits of a shallow clone are skipped too: their parents are missing,
 * and a diff against nothing would credit them with the whole tree. Each commit is diffed against its first parent
 * (a root commit against the empty tree) with JGit's rename detection on, using JGit's defaults rather than the
 * repository's config, so local settings cannot change the figures.
 *
 * <h2>Lines</h2>
 * As {@code git diff --numstat} counts them: the common whole lines at the start and end are trimmed, the rest goes
 * through a histogram diff, and each edit adds {@code endA - beginA} deleted and {@code endB - beginB} added lines.
 * On the 10,000-commit benchmark repository every commit's file count and added and deleted lines equal C git's.
 * A blob with a NUL in its first 8000 bytes is binary (git's rule), as is one over 50 MiB: the commit counts for
 * the file, its lines count 0. Pure renames and mode changes also count a commit with 0 lines. Submodule
 * pointers are not files of the repository and are ignored.
 *
 * <h2>Per file ({@link dev.debtos.engine.history.FileHistory})</h2>
 * <ul>
 * <li><b>churn</b> = lines added + lines deleted.</li>
 * <li><b>authors</b>: an author is a lower-cased e-mail address; the name shown is the one on their newest
 *     analysed commit. {@code authors} counts those who made at least one commit touching the file.</li>
 * <li><b>main author</b>: the author who added the most lines (ties: more commits, then name), and
 *     <b>main author share</b> = their added lines / all added lines; when no line was added (binary files),
 *     both go by commits: most commits, share = their commits / all commits.</li>
 * <li><b>first and last change</b>: commit times of the oldest and newest analysed commit touching the file.</li>
 * </ul>
 *
 * <h2>Renames and deleted files</h2>
 * History is reported under each file's path at HEAD. Walking newest first, a rename {@code old -> new} means that
 * older changes to {@code old} belong to whatever {@code new} is at HEAD (chains of renames follow). A path changed
 * before its rename is met (possible across branches, where commit time and topology disagree) gets a second
 * chance once every rename is known. A path renamed away and later created again holds two files: the older history
 * goes with the renamed file. Files not present at HEAD are left out entirely: no file history, no coupling pair,
 * and their lines do not count for authors or bus factor. A rename git does not detect (heavy edit, below 60%
 * similarity) is a deletion plus an addition, so the old history is dropped, as in {@code git log -- path}.
 *
 * <h2>Change coupling ({@link dev.debtos.engine.history.CouplingPair})</h2>
 * {@code degree = shared commits / ((commits of A + commits of B) / 2)}, CodeScene's definition. A pair is kept
 * when shared &gt;= {@code couplingMinSharedCommits} and degree &gt;= {@code couplingMinDegree}; its first path
 * sorts before its second; the list is strongest first. Only pairs of files changed in the same commit are ever
 * counted (cost: the sum over commits of n(n-1)/2), and commits that changed more than {@code
 * maxFilesPerCommitForCoupling} files (counting files deleted since) are left out of coupling but not of churn:
 * reformatting and mass renames say nothing about coupling. A file's commit count in the degree is all its
 * analysed commits.
 *
 * <h2>Ownership</h2>
 * {@link dev.debtos.engine.history.HistoryReport#busFactor()}: the fewest authors who together added more than half
 * of the lines added, within the window, to files present at HEAD; 0 when no line was added.
 *
 * <h2>Speed</h2>
 * Commits are diffed on up to 4 threads, each taking one contiguous run of them. The pack files are mapped into memory
 * once; each thread reads blobs and trees from them itself ({@link dev.debtos.engine.history.PackedObjectReader}) and
 * keeps every version it rebuilds from a delta, so a file's next older version, usually a delta on the one just read,
 * costs one inflate and one delta application. JGit's reader keeps only the base just before the object asked for, in
 * 1024 slots picked by pack offset, and so rebuilds most versions from two deltas or more (10,000-commit benchmark,
 * 83,000 objects: 154,000 inflates through JGit's reader, 113,000 through this one, 10,000 of them the commits JGit's
 * walk reads). Objects outside the mapped packs (loose objects, a multi-pack index, alternates) and blobs over 50 MiB
 * are read by JGit. Per thread, recently read trees are kept (each commit's trees are read again as its child's parent
 * side), and each blob version is handed from the diff that read it as "before" to the older diff that needs it as
 * "after". Line splitting and hashing run 8 bytes at a time and only over the region that differs. JGit probes the file
 * system on first use and caches the result under the user's config directory: in Lambda point {@code XDG_CONFIG_HOME}
 * or {@code user.home} at /tmp.
 */
package dev.debtos.engine.history;
