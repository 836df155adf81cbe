package dev.debtos.engine.inventory;

import java.util.List;

/**
 * What to measure. Include and exclude patterns use .gitignore syntax (a '/' anchors to the root, '**' spans
 * directories): {@code src/**}, {@code **}{@code /*.min.js}, {@code *.generated.ts}. With includes, a file must
 * match one of them; a matching exclude always wins.
 */
public record InventoryOptions(List<String> includes, List<String> excludes, long maxFileBytes, boolean respectGitignore) {
    public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

    public static InventoryOptions defaults() {
        return new InventoryOptions(List.of(), List.of(), DEFAULT_MAX_FILE_BYTES, true);
    }
}
