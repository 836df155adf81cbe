package dev.debtos.engine.inventory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The files to measure (paths relative to the root, '/'-separated, sorted) and what was skipped, counted by
 * reason. {@code allPaths} lists every file seen outside skipped directories, measured or not: rules that look for
 * lock files or tests need them.
 */
public record Inventory(Path root, List<InventoryEntry> files, Map<SkipReason, Integer> skipped, List<String> allPaths) {
}
