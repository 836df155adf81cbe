package dev.debtos.engine.history;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Blobs seen as the "before" side of a change, kept until the older commit that wrote them asks for its "after"
 * side: walking newest first, each version of a file is then read and hashed once instead of twice. Holds about one
 * version per file; least recently used entries go when the byte budget is exceeded.
 */
final class PendingBlobs {

    private final long budgetBytes;
    private final LinkedHashMap<ObjectId, HashedLines> blobs = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    PendingBlobs(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    void put(ObjectId id, HashedLines lines) {
        HashedLines previous = blobs.put(id, lines);
        if (previous != null) {
            bytes -= previous.footprint();
        }
        bytes += lines.footprint();
        Iterator<Map.Entry<ObjectId, HashedLines>> eldest = blobs.entrySet().iterator();
        while (bytes > budgetBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().footprint();
            eldest.remove();
        }
    }

    /** Removes and returns the blob, or null. */
    HashedLines take(ObjectId id) {
        HashedLines lines = blobs.remove(id);
        if (lines != null) {
            bytes -= lines.footprint();
        }
        return lines;
    }
}
