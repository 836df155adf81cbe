package dev.debtos.worker;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What one scan's analysis knows beyond its tree: the scan and its repository, and where the caller's stages (those
 * with ports, such as the embed stage) leave figures for the scan's {@code stats}, under their own keys.
 */
public record ScanScope(UUID scanId, UUID repositoryId, Map<String, Object> stats) {

    public static ScanScope of(UUID scanId, UUID repositoryId) {
        return new ScanScope(scanId, repositoryId, java.util.Collections.synchronizedMap(new LinkedHashMap<>()));
    }
}
