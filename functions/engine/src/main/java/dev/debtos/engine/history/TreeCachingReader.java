package dev.debtos.engine.history;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * An object reader that keeps recently read trees. Diffing commits newest first reads each commit's trees twice:
 * as the "after" side of its own diff and as the "before" side of its child's; JGit reads (and undeltifies) them
 * from the pack each time. Trees not kept are read by a {@link PackedObjectReader} (JGit's reader when that has
 * none): a tree's next version is usually a delta on the one just read. Everything but trees goes straight to the
 * wrapped reader.
 */
final class TreeCachingReader extends ObjectReader.Filter {

    private static final long MAX_TREE_BYTES = Integer.MAX_VALUE - 8;

    private final ObjectReader delegate;
    private final long budgetBytes;
    private final PackedObjectReader packed;
    private final LinkedHashMap<ObjectId, byte[]> trees = new LinkedHashMap<>(1024, 0.75f, true);
    private long bytes;

    TreeCachingReader(ObjectReader delegate, long budgetBytes, MappedPacks packs) {
        this.delegate = delegate;
        this.budgetBytes = budgetBytes;
        this.packed = new PackedObjectReader(packs, budgetBytes);
    }

    @Override
    protected ObjectReader delegate() {
        return delegate;
    }

    @Override
    public ObjectLoader open(AnyObjectId objectId, int typeHint) throws IOException {
        if (typeHint != Constants.OBJ_TREE) {
            return delegate.open(objectId, typeHint);
        }
        byte[] raw = trees.get(objectId);
        if (raw == null) {
            raw = packed.read(objectId, Constants.OBJ_TREE, MAX_TREE_BYTES);
            if (raw == null) {
                raw = delegate.open(objectId, typeHint).getCachedBytes();
            }
            trees.put(objectId.copy(), raw);
            bytes += raw.length;
            Iterator<Map.Entry<ObjectId, byte[]>> eldest = trees.entrySet().iterator();
            while (bytes > budgetBytes && eldest.hasNext()) {
                bytes -= eldest.next().getValue().length;
                eldest.remove();
            }
        }
        return new ObjectLoader.SmallObject(Constants.OBJ_TREE, raw);
    }

    @Override
    public void close() {
        packed.close();
        super.close();
    }
}
