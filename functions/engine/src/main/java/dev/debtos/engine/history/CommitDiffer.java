package dev.debtos.engine.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Diffs a commit against its first parent (a root commit against the empty tree) with rename detection, and counts
 * added and deleted lines per file the way {@code git log --numstat} does. Binary files count 0 lines. One instance
 * per thread and per walk (commits newest first): it reuses one formatter and one line counter over the caller's
 * reader.
 */
final class CommitDiffer implements AutoCloseable {

    // used for the tree diff and rename detection only; lines are counted by LineCounter
    private final DiffFormatter formatter = new DiffFormatter(DisabledOutputStream.INSTANCE);
    private final LineCounter lineCounter;

    CommitDiffer(ObjectReader reader, MappedPacks packs) {
        // JGit's defaults, not the repository's config: the figures must not depend on local settings
        formatter.setReader(reader, new Config());
        formatter.setDiffComparator(RawTextComparator.DEFAULT);
        formatter.setDetectRenames(true);
        lineCounter = new LineCounter(reader, packs);
    }

    /** The parent's headers must be parsed (a RevWalk has done that by the time it returns the commit). */
    CommitChanges changes(RevCommit commit) throws IOException {
        RevTree parentTree = commit.getParentCount() == 0 ? null : commit.getParent(0).getTree();
        List<DiffEntry> entries = formatter.scan(parentTree, commit.getTree());
        List<FileChange> files = new ArrayList<>(entries.size());
        for (DiffEntry entry : entries) {
            if (entry.getOldMode() == FileMode.GITLINK || entry.getNewMode() == FileMode.GITLINK) {
                continue; // a submodule pointer is not a file of this repository
            }
            files.add(count(entry));
        }
        PersonIdent author = commit.getAuthorIdent(); // null when the commit's author line is malformed
        return new CommitChanges(author == null ? "" : author.getName(),
                author == null ? "" : author.getEmailAddress().toLowerCase(Locale.ROOT), commit.getCommitTime(), files);
    }

    private FileChange count(DiffEntry entry) throws IOException {
        LineCounter.Counts lines = lineCounter.count(entry);
        return switch (entry.getChangeType()) {
            case DELETE -> new FileChange(entry.getOldPath(), null, lines.added(), lines.deleted());
            case RENAME -> new FileChange(entry.getNewPath(), entry.getOldPath(), lines.added(), lines.deleted());
            default -> new FileChange(entry.getNewPath(), null, lines.added(), lines.deleted());
        };
    }

    @Override
    public void close() {
        formatter.close();
        lineCounter.close();
    }
}
