package dev.debtos.engine.history;

import java.io.IOException;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * Lines added and deleted by one diff entry, as {@code git diff --numstat} counts them: common whole lines at the
 * start and end are trimmed, the rest goes through a histogram diff, and for each edit deleted += endA - beginA and
 * added += endB - beginB. Binary blobs count 0 and 0. Expects the entries of commits newest first, so that
 * {@link PendingBlobs} can hand each version on.
 * <p>
 * Blobs are read by a {@link PackedObjectReader}, which keeps every version it rebuilds: walking newest first, a
 * file's next older version is usually a delta on the one just read, so each version costs one inflate and one
 * delta application. What it cannot read (loose objects, other object stores, huge blobs) JGit's reader does.
 */
final class LineCounter implements AutoCloseable {

    private static final long MAX_BLOB_BYTES = 50L << 20; // DiffFormatter's default: bigger blobs count as binary
    // Per thread. Below the working set (about the latest version of every file changed in the window), the least
    // recently used go first: the versions of rarely changed files, which their next change then rebuilds from a
    // whole delta chain. On the 10,000-commit benchmark 32 MiB each cost 15% more CPU than 64; 128 did no better.
    private static final long PENDING_BUDGET_BYTES = 64L << 20; // each version until its older diff asks for it
    private static final long REBUILT_BUDGET_BYTES = 64L << 20; // delta bases for the older versions

    private final ObjectReader reader;
    private final PackedObjectReader packed;
    private final DiffAlgorithm algorithm = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM);
    private final PendingBlobs pending = new PendingBlobs(PENDING_BUDGET_BYTES);

    /** {@code reader} stays the caller's to close. */
    LineCounter(ObjectReader reader, MappedPacks packs) {
        this.reader = reader;
        this.packed = new PackedObjectReader(packs, REBUILT_BUDGET_BYTES);
    }

    record Counts(int added, int deleted) {
        static final Counts NONE = new Counts(0, 0);
    }

    Counts count(DiffEntry entry) throws IOException {
        return switch (entry.getChangeType()) {
            case ADD, COPY -> new Counts(after(entry).lines(), 0);
            case DELETE -> new Counts(0, before(entry).lines());
            case MODIFY, RENAME -> entry.getOldId().equals(entry.getNewId())
                    ? Counts.NONE // a pure rename or a mode change
                    : diff(before(entry), after(entry));
        };
    }

    private Counts diff(Blob before, Blob after) {
        if (before.binary() || after.binary()) {
            return Counts.NONE;
        }
        ChangedRegion region = ChangedRegion.between(before.content(), after.content());
        if (region.isEmpty()) {
            return Counts.NONE;
        }
        HashedLines a = HashedLines.of(before.content(), region.start(), region.endBefore());
        HashedLines b = HashedLines.of(after.content(), region.start(), region.endAfter());
        if (a.size() == 0 || b.size() == 0) {
            return new Counts(b.size(), a.size());
        }
        int added = 0;
        int deleted = 0;
        // diffNonCommon: the common start and end are already gone, and DiffAlgorithm.diff would also
        // normalize (shift) the edits, which changes no count
        for (Edit edit : algorithm.diffNonCommon(HashedLines.COMPARATOR, a, b)) {
            deleted += edit.getEndA() - edit.getBeginA();
            added += edit.getEndB() - edit.getBeginB();
        }
        return new Counts(added, deleted);
    }

    private Blob before(DiffEntry entry) throws IOException {
        ObjectId id = entry.getOldId().toObjectId();
        Blob blob = pending.take(id);
        if (blob == null) {
            blob = load(id);
        }
        pending.put(id, blob); // the older commit that wrote this version will ask for it as its "after"
        return blob;
    }

    private Blob after(DiffEntry entry) throws IOException {
        ObjectId id = entry.getNewId().toObjectId();
        Blob blob = pending.take(id);
        return blob != null ? blob : load(id);
    }

    private Blob load(ObjectId id) throws IOException {
        byte[] content = packed.read(id, Constants.OBJ_BLOB, MAX_BLOB_BYTES);
        if (content != null) {
            return Blob.of(content);
        }
        ObjectLoader loader = reader.open(id, Constants.OBJ_BLOB);
        return loader.getSize() > MAX_BLOB_BYTES ? Blob.TOO_BIG : Blob.of(loader.getCachedBytes());
    }

    @Override
    public void close() {
        packed.close();
    }
}
