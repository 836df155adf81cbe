package dev.debtos.engine.inventory;

import dev.debtos.engine.source.Language;
import java.nio.file.Path;

/** A file the inventory accepted: repository-relative path, language and absolute location on disk. */
public record InventoryEntry(String path, Language language, Path file, long size) {
}
