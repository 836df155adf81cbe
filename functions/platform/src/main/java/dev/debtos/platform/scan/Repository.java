package dev.debtos.platform.scan;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/** A repositories row, as the scan worker needs it. */
public record Repository(UUID id, UUID ownerId, String provider, String fullName, String cloneUrl, String defaultBranch) {
    public static final String LOCAL = "local";

    /** The working tree of a local repository (provider 'local', file:// clone URL); empty for remote ones. */
    public Optional<Path> localPath() {
        if (!LOCAL.equals(provider) || !cloneUrl.startsWith("file:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(URI.create(cloneUrl)));
    }
}
