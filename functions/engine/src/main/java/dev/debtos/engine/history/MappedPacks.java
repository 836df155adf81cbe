package dev.debtos.engine.history;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.Pack;
import org.eclipse.jgit.internal.storage.file.PackIndex;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * The repository's pack files mapped into memory read-only, each with its JGit index; shared by the threads that
 * read objects from them ({@link PackedObjectReader}). Only plain packs of a local object directory are mapped: a
 * multi-pack index, loose objects and alternates are left to JGit.
 */
final class MappedPacks implements AutoCloseable {

    record MappedPack(int number, PackIndex index, MemorySegment data) {
    }

    /** Where an object is stored: a pack and the offset of its entry. */
    record Location(MappedPack pack, long offset) {
    }

    static final MappedPacks NONE = new MappedPacks(null, List.of());

    private final Arena arena;
    private final List<MappedPack> packs;

    private MappedPacks(Arena arena, List<MappedPack> packs) {
        this.arena = arena;
        this.packs = packs;
    }

    static MappedPacks of(Repository repository) throws IOException {
        if (!(repository.getObjectDatabase() instanceof ObjectDirectory objects)) {
            return NONE;
        }
        Arena arena = Arena.ofShared();
        List<MappedPack> packs = new ArrayList<>();
        try {
            for (Pack pack : objects.getPacks()) {
                if (pack.getClass() != Pack.class) {
                    continue; // a multi-pack index: JGit reads it
                }
                PackIndex index = pack.getIndex();
                try (FileChannel channel = FileChannel.open(pack.getPackFile().toPath(), StandardOpenOption.READ)) {
                    packs.add(new MappedPack(packs.size(), index,
                            channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size(), arena)));
                }
            }
        } catch (IOException | RuntimeException e) {
            arena.close();
            throw e;
        }
        return new MappedPacks(arena, List.copyOf(packs));
    }

    /** The pack entry holding {@code id}, or null when no mapped pack has it. */
    Location find(AnyObjectId id) {
        for (MappedPack pack : packs) {
            long offset = pack.index().findOffset(id);
            if (offset >= 0) {
                return new Location(pack, offset);
            }
        }
        return null;
    }

    @Override
    public void close() {
        if (arena != null) {
            arena.close();
        }
    }
}
