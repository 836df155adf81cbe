package dev.debtos.engine.history;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Blobs seen as the "before" side of a change, kept until the older commit that wrote them asks for its "after"
 * side: walking newest first, each version of a file is then read from the pack once instead of twice. Holds
 * about one version per file; least recently used entries go when the byte budget is exceeded.
 */
final class PendingBlobs {

    private final long budgetBytes;
    private final LinkedHashMap<ObjectId, Blob> blobs = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    PendingBlobs(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    void put(ObjectId id, Blob blob) {
        Blob previous = blobs.put(id, blob);
        if (previous != null) {
            bytes -= previous.content().length;
        }
        bytes += blob.content().length;
        Iterator<Map.Entry<ObjectId, Blob>> eldest = blobs.entrySet().iterator();
        while (bytes > budgetBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().content().length;
            eldest.remove();
        }
    }

    /** Removes and returns the blob, or null. */
    Blob take(ObjectId id) {
        Blob blob = blobs.remove(id);
        if (blob != null) {
            bytes -= blob.content().length;
        }
        return blob;
    }
}
