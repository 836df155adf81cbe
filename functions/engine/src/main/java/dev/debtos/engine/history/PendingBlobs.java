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
    private final LinkedHashMap<ObjectId, byte[]> blobs = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    PendingBlobs(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    void put(ObjectId id, byte[] content) {
        byte[] previous = blobs.put(id, content);
        if (previous != null) {
            bytes -= previous.length;
        }
        bytes += content.length;
        Iterator<Map.Entry<ObjectId, byte[]>> eldest = blobs.entrySet().iterator();
        while (bytes > budgetBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().length;
            eldest.remove();
        }
    }

    /** Removes and returns the blob, or null. */
    byte[] take(ObjectId id) {
        byte[] content = blobs.remove(id);
        if (content != null) {
            bytes -= content.length;
        }
        return content;
    }
}
