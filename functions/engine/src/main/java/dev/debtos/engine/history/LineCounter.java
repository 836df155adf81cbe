package dev.debtos.engine.history;

import java.io.IOException;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.Subsequence;
import org.eclipse.jgit.diff.SubsequenceComparator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * Lines added and deleted by one diff entry, as {@code git diff --numstat} counts them: for each edit of a
 * histogram diff, deleted += endA - beginA and added += endB - beginB. Binary blobs count 0 and 0.
 * Expects the entries of commits newest first, so that {@link PendingBlobs} can hand each version on.
 */
final class LineCounter {

    private static final long MAX_BLOB_BYTES = 50L << 20; // DiffFormatter's default: bigger blobs count as binary
    private static final long PENDING_BUDGET_BYTES = 64L << 20;

    private final ObjectReader reader;
    private final DiffAlgorithm algorithm = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM);
    private final PendingBlobs pending = new PendingBlobs(PENDING_BUDGET_BYTES);

    LineCounter(ObjectReader reader) {
        this.reader = reader;
    }

    record Counts(int added, int deleted) {
        static final Counts NONE = new Counts(0, 0);
    }

    Counts count(DiffEntry entry) throws IOException {
        return switch (entry.getChangeType()) {
            case ADD, COPY -> new Counts(after(entry).size(), 0);
            case DELETE -> new Counts(0, before(entry).size());
            case MODIFY, RENAME -> entry.getOldId().equals(entry.getNewId())
                    ? Counts.NONE // a pure rename or a mode change
                    : diff(before(entry), after(entry));
        };
    }

    private Counts diff(HashedLines before, HashedLines after) {
        if (before.isBinary() || after.isBinary()) {
            return Counts.NONE;
        }
        // DiffAlgorithm.diff would also normalize (shift) the edits, which changes no count; trim the common start
        // and end ourselves and diff only the middle.
        Edit middle = HashedLines.COMPARATOR.reduceCommonStartEnd(before, after,
                new Edit(0, before.size(), 0, after.size()));
        if (middle.getLengthA() == 0 || middle.getLengthB() == 0) {
            return new Counts(middle.getLengthB(), middle.getLengthA());
        }
        int added = 0;
        int deleted = 0;
        for (Edit edit : algorithm.diffNonCommon(new SubsequenceComparator<>(HashedLines.COMPARATOR),
                Subsequence.a(before, middle), Subsequence.b(after, middle))) {
            deleted += edit.getEndA() - edit.getBeginA();
            added += edit.getEndB() - edit.getBeginB();
        }
        return new Counts(added, deleted);
    }

    private HashedLines before(DiffEntry entry) throws IOException {
        ObjectId id = entry.getOldId().toObjectId();
        HashedLines lines = pending.take(id);
        if (lines == null) {
            lines = load(id);
        }
        pending.put(id, lines); // the older commit that wrote this version will ask for it as its "after"
        return lines;
    }

    private HashedLines after(DiffEntry entry) throws IOException {
        ObjectId id = entry.getNewId().toObjectId();
        HashedLines lines = pending.take(id);
        return lines != null ? lines : load(id);
    }

    private HashedLines load(ObjectId id) throws IOException {
        ObjectLoader loader = reader.open(id, Constants.OBJ_BLOB);
        if (loader.getSize() > MAX_BLOB_BYTES) {
            return HashedLines.BINARY;
        }
        return HashedLines.of(loader.getCachedBytes());
    }
}
