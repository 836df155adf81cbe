package dev.debtos.engine.history;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.internal.storage.pack.BinaryDelta;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Reads objects straight from {@link MappedPacks}, keeping every version it rebuilds from a delta, so that
 * reading a file's versions newest first costs one inflate and one delta application per version. JGit's reader
 * keeps only the base just before the object asked for, in 1024 slots chosen by pack offset: the next older
 * version, a delta on the one just read, then missed and rebuilt the newer one too (about two inflates and two
 * delta applications per version, more on slot collisions). Objects this reader cannot give (not in a mapped
 * pack, too big, of another type) answer null and are left to JGit. One instance per thread.
 */
final class PackedObjectReader {

    private static final int OBJ_OFS_DELTA = 6;
    private static final int OBJ_REF_DELTA = 7;

    private final MappedPacks packs;
    private final long budgetBytes;
    private final Inflater inflater = new Inflater();
    private final LinkedHashMap<Long, Rebuilt> cache = new LinkedHashMap<>(1024, 0.75f, true);
    private final List<byte[]> deltas = new ArrayList<>();
    private final List<Long> deltaOffsets = new ArrayList<>();
    private long cachedBytes;

    private record Rebuilt(int type, byte[] content) {
    }

    /** @param budgetBytes how many bytes of rebuilt objects to keep (least recently used go first) */
    PackedObjectReader(MappedPacks packs, long budgetBytes) {
        this.packs = packs;
        this.budgetBytes = budgetBytes;
    }

    /**
     * The content of object {@code id} of type {@code type}, or null when it is not in a mapped pack, is not of
     * that type, or it or a base it is rebuilt from is larger than {@code maxBytes}. Do not modify the array.
     *
     * @throws CorruptObjectException when the pack entry cannot be read
     */
    byte[] read(AnyObjectId id, int type, long maxBytes) throws CorruptObjectException {
        MappedPacks.Location location = packs.find(id);
        if (location == null) {
            return null;
        }
        try {
            Rebuilt object = rebuild(location.pack(), location.offset(), maxBytes);
            return object == null || object.type() != type ? null : object.content();
        } catch (DataFormatException | IndexOutOfBoundsException e) {
            CorruptObjectException corrupt = new CorruptObjectException(id,
                    "its pack entry at " + location.offset() + " is unreadable");
            corrupt.initCause(e);
            throw corrupt;
        }
    }

    /** Goes down the delta chain to a cached version or a whole object, then applies the deltas back up. */
    private Rebuilt rebuild(MappedPacks.MappedPack pack, long offset, long maxBytes) throws DataFormatException {
        deltas.clear();
        deltaOffsets.clear();
        MemorySegment data = pack.data();
        long at = offset;
        Rebuilt base;
        while (true) {
            base = cache.get(key(pack, at));
            if (base != null) {
                if (base.content().length > maxBytes) {
                    return null;
                }
                break;
            }
            long p = at;
            int c = data.get(ValueLayout.JAVA_BYTE, p++) & 0xFF;
            int type = (c >> 4) & 7;
            long size = c & 15;
            for (int shift = 4; (c & 0x80) != 0; shift += 7) {
                c = data.get(ValueLayout.JAVA_BYTE, p++) & 0xFF;
                size |= (long) (c & 0x7F) << shift;
            }
            if (type == OBJ_OFS_DELTA || type == OBJ_REF_DELTA) {
                long baseAt;
                if (type == OBJ_OFS_DELTA) {
                    c = data.get(ValueLayout.JAVA_BYTE, p++) & 0xFF;
                    long distance = c & 0x7F;
                    while ((c & 0x80) != 0) {
                        c = data.get(ValueLayout.JAVA_BYTE, p++) & 0xFF;
                        distance = ((distance + 1) << 7) | (c & 0x7F);
                    }
                    baseAt = at - distance;
                } else {
                    byte[] raw = data.asSlice(p, Constants.OBJECT_ID_LENGTH).toArray(ValueLayout.JAVA_BYTE);
                    p += Constants.OBJECT_ID_LENGTH;
                    baseAt = pack.index().findOffset(ObjectId.fromRaw(raw));
                }
                if (baseAt < 0 || size > maxBytes) {
                    return null; // the base is in another pack, or a huge delta: JGit's to read
                }
                byte[] delta = inflate(data, p, (int) size);
                if (BinaryDelta.getResultSize(delta) > maxBytes) {
                    return null;
                }
                deltas.add(delta);
                deltaOffsets.add(at);
                at = baseAt;
                continue;
            }
            if (type < Constants.OBJ_COMMIT || type > Constants.OBJ_TAG || size > maxBytes) {
                return null;
            }
            base = new Rebuilt(type, inflate(data, p, (int) size));
            remember(key(pack, at), base);
            break;
        }
        for (int i = deltas.size() - 1; i >= 0; i--) {
            base = new Rebuilt(base.type(), BinaryDelta.apply(base.content(), deltas.get(i)));
            remember(key(pack, deltaOffsets.get(i)), base);
        }
        deltas.clear();
        return base;
    }

    private byte[] inflate(MemorySegment data, long from, int size) throws DataFormatException {
        byte[] out = new byte[size];
        inflater.reset();
        inflater.setInput(data.asSlice(from, Math.min(data.byteSize() - from, Integer.MAX_VALUE)).asByteBuffer());
        int done = 0;
        while (done < size) {
            int n = inflater.inflate(out, done, size - done);
            if (n == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                throw new DataFormatException("pack entry ends after " + done + " of " + size + " bytes");
            }
            done += n;
        }
        return out;
    }

    private void remember(long key, Rebuilt object) {
        Rebuilt previous = cache.put(key, object);
        if (previous != null) {
            cachedBytes -= previous.content().length;
        }
        cachedBytes += object.content().length;
        Iterator<Map.Entry<Long, Rebuilt>> eldest = cache.entrySet().iterator();
        while (cachedBytes > budgetBytes && eldest.hasNext()) {
            cachedBytes -= eldest.next().getValue().content().length;
            eldest.remove();
        }
    }

    private static long key(MappedPacks.MappedPack pack, long offset) {
        return ((long) pack.number() << 48) | offset;
    }

    void close() {
        inflater.end();
    }
}
