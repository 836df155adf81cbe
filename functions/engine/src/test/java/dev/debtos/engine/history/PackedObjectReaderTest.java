package dev.debtos.engine.history;

import static dev.debtos.engine.history.TestHistory.day;
import static dev.debtos.engine.history.TestHistory.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackedObjectReaderTest {

    private static final long ANY_SIZE = Long.MAX_VALUE;

    @TempDir
    Path dir;

    private record Stored(ObjectId id, int type) {
    }

    /** Forty versions of two growing files, packed: the pack holds chains of deltas, the newest version whole. */
    private static TestHistory packedHistory(Path dir, boolean deltaBaseAsOffset) throws Exception {
        TestHistory repo = TestHistory.init(dir);
        for (int c = 1; c <= 40; c++) {
            repo.write("src/A.java", lines("a", 1, 200) + lines("v" + c, 1, c))
                    .write("docs/B.md", lines("b" + c % 3, 1, 100) + lines("b", 1, 300))
                    .commit(c % 2 == 0 ? "alice" : "bob", day(c));
        }
        return repo.pack(deltaBaseAsOffset);
    }

    /** Every blob and tree version reachable from HEAD, newest commit first. */
    private static List<Stored> objects(Repository repository) throws Exception {
        List<Stored> objects = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(repository.resolve(Constants.HEAD)));
            for (RevCommit commit : walk) {
                objects.add(new Stored(commit.getTree().copy(), Constants.OBJ_TREE));
                try (TreeWalk tree = new TreeWalk(repository)) {
                    tree.addTree(commit.getTree());
                    tree.setRecursive(false);
                    while (tree.next()) {
                        boolean subtree = tree.isSubtree();
                        objects.add(new Stored(tree.getObjectId(0), subtree ? Constants.OBJ_TREE : Constants.OBJ_BLOB));
                        if (subtree) {
                            tree.enterSubtree();
                        }
                    }
                }
            }
        }
        return objects;
    }

    @ParameterizedTest(name = "deltas with base offsets: {0}")
    @ValueSource(booleans = {true, false})
    void readsEveryVersionAsJGitDoesInAnyOrder(boolean deltaBaseAsOffset) throws Exception {
        packedHistory(dir, deltaBaseAsOffset).close();
        try (Repository repository = LocalRepository.open(dir);
             ObjectReader jgit = repository.newObjectReader();
             MappedPacks packs = MappedPacks.of(repository)) {
            List<Stored> newestFirst = objects(repository);
            List<Stored> shuffled = new ArrayList<>(newestFirst);
            Collections.shuffle(shuffled, new Random(7));
            for (List<Stored> order : List.of(newestFirst, shuffled)) {
                PackedObjectReader packed = new PackedObjectReader(packs, 64 << 10); // small: evicts as it goes
                for (Stored object : order) {
                    assertThat(packed.read(object.id(), object.type(), ANY_SIZE))
                            .as(object.id().name())
                            .isEqualTo(jgit.open(object.id(), object.type()).getCachedBytes());
                }
                packed.close();
            }
        }
    }

    @Test
    void leavesToJGitWhatIsNotPackedIsOfAnotherTypeOrIsTooBig() throws Exception {
        ObjectId loose;
        try (TestHistory repo = packedHistory(dir, true)) {
            loose = repo.write("src/A.java", "written after packing\n").commit("alice", day(41)).getTree().copy();
        }
        try (Repository repository = LocalRepository.open(dir);
             MappedPacks packs = MappedPacks.of(repository)) {
            ObjectId packedTree = repository.parseCommit(repository.resolve("HEAD~1")).getTree().copy();
            PackedObjectReader packed = new PackedObjectReader(packs, 1 << 20);

            assertThat(packed.read(loose, Constants.OBJ_TREE, ANY_SIZE)).isNull();
            assertThat(packed.read(packedTree, Constants.OBJ_TREE, ANY_SIZE)).isNotNull();
            assertThat(packed.read(packedTree, Constants.OBJ_BLOB, ANY_SIZE)).isNull();
            assertThat(packed.read(packedTree, Constants.OBJ_TREE, 10)).isNull();
            packed.close();
        }
    }
}
