package dev.debtos.worker.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.inventory.Inventory;
import dev.debtos.engine.inventory.InventoryEntry;
import dev.debtos.engine.inventory.InventoryOptions;
import dev.debtos.engine.inventory.InventoryScanner;
import dev.debtos.engine.inventory.SkipReason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain local directory is scanned in place; symbolic links in it (to a file or a directory outside the tree) are
 * never followed by the engine's inventory, so nothing outside the tree is read.
 */
class InPlaceSymlinkTest {
    @TempDir
    Path dir;

    @Test
    void linksOutOfAnInPlaceTreeAreNotFollowed() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("Secret.java"), "class Secret { }\n");
        Path tree = Files.createDirectories(dir.resolve("tree/src"));
        Files.writeString(tree.resolve("App.java"), "class App { }\n");
        Files.createSymbolicLink(tree.resolve("Linked.java"), outside.resolve("Secret.java"));
        Files.createSymbolicLink(tree.resolve("linked-dir"), outside);

        try (Workspace workspace = new LocalCheckout(new CheckoutLimits(1 << 20, 10, 1 << 20, Duration.ofMinutes(1)))
                .checkout(dir.resolve("tree"), "main", null, dir.resolve("storage"))) {
            assertThat(workspace.tree()).isEqualTo(dir.resolve("tree"));
            assertThat(workspace.commit()).isNull();
            Inventory inventory = InventoryScanner.scan(workspace.tree(), InventoryOptions.defaults());

            assertThat(inventory.files()).extracting(InventoryEntry::path).containsExactly("src/App.java");
            assertThat(inventory.allPaths()).noneMatch(p -> p.contains("Secret") || p.contains("Linked"));
            assertThat(inventory.skipped()).containsEntry(SkipReason.UNSUPPORTED, 2);
        }
        assertThat(dir.resolve("tree/src/App.java")).exists(); // an in-place workspace deletes nothing
        assertThat(dir.resolve("storage")).doesNotExist();
    }
}
