package dev.debtos.platform.repos;

import dev.debtos.platform.validation.InvalidFieldException;
import dev.debtos.platform.config.GitProviderSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Validates what a user gives to connect a repository and derives the missing half:
 * <ul>
 *   <li>GitHub {@code owner/name}; GitLab {@code group/sub/.../name} (2 to 21 segments);</li>
 *   <li>a clone URL is https (or the configured base's scheme, for tests), on the configured provider host and port,
 *       without credentials, query or fragment, and its path is the full name (optionally with {@code .git});</li>
 *   <li>given both, they must name the same repository; given one, the other is derived from it;</li>
 *   <li>{@code local}: an existing absolute directory (symbolic links resolved), {@code local/<dirname>}, file:// URL;
 *       the resolved directory must lie under one of the local repository roots and never under {@code /proc},
 *       {@code /sys}, {@code /dev} or {@code /etc}, so a signed-in user cannot read the machine's files through
 *       findings' evidence.</li>
 * </ul>
 */
public final class RepositoryAddressRules {
    static final int MAX_FULL_NAME = 512;
    static final int MAX_PATH = 4096;
    private static final Pattern GITHUB = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}");
    private static final Pattern GITLAB_SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}");

    private static final List<Path> SYSTEM = List.of(Path.of("/proc"), Path.of("/sys"), Path.of("/dev"), Path.of("/etc"));

    private final GitProviderSettings providers;
    private final List<Path> localRoots;

    /** Local directories anywhere but the system's (for callers where the person at the machine chose it). */
    public RepositoryAddressRules(GitProviderSettings providers) {
        this(providers, List.of(Path.of("/")));
    }

    /** Local directories only under {@code localRoots} (LOCAL_REPOSITORY_ROOTS), symbolic links resolved. */
    public RepositoryAddressRules(GitProviderSettings providers, List<Path> localRoots) {
        this.providers = providers;
        this.localRoots = localRoots.stream().map(RepositoryAddressRules::resolved).toList();
    }

    /** A github or gitlab repository from its full name and/or clone URL (at least one is non-null). */
    public RepositoryAddress remote(String provider, String fullName, String cloneUrl) {
        URI base = switch (provider) {
            case RepositoryAddress.GITHUB -> providers.githubWeb();
            case RepositoryAddress.GITLAB -> providers.gitlabWeb();
            default -> throw new InvalidFieldException("provider", "must be github or gitlab");
        };
        if (fullName == null && cloneUrl == null) {
            throw new InvalidFieldException("fullName", "fullName or cloneUrl is required");
        }
        String name = fullName == null ? null : checkedFullName(provider, fullName, "fullName");
        if (cloneUrl != null) {
            String fromUrl = checkedFullName(provider, pathOf(base, cloneUrl), "cloneUrl");
            if (name != null && !name.equalsIgnoreCase(fromUrl)) {
                throw new InvalidFieldException("cloneUrl", "names another repository than fullName");
            }
            name = name == null ? fromUrl : name;
        }
        return new RepositoryAddress(provider, name, GitProviderSettings.trimmed(base) + "/" + name + ".git");
    }

    /**
     * A GitHub or GitLab repository standing on a git directory of this machine (local profile with
     * CLONE_ALLOW_FILE_URLS; the caller checks both): {@code fullName} is required (a path names no repository) and the
     * directory obeys the same rules as a local repository's (roots, no system directory, links resolved).
     */
    public RepositoryAddress fileClone(String provider, String fullName, String cloneUrl) {
        if (fullName == null) {
            throw new InvalidFieldException("fullName", "is required with a file:// clone URL");
        }
        String name = checkedFullName(provider, fullName, "fullName");
        URI uri;
        try {
            uri = new URI(cloneUrl);
        } catch (URISyntaxException e) {
            throw new InvalidFieldException("cloneUrl", "is not a valid URL");
        }
        if (!"file".equalsIgnoreCase(uri.getScheme()) || (uri.getHost() != null && !uri.getHost().isEmpty())
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getPath() == null) {
            throw new InvalidFieldException("cloneUrl", "must be a file:///absolute/path URL without host, query or fragment");
        }
        RepositoryAddress directory;
        try {
            directory = local(uri.getPath());
        } catch (InvalidFieldException e) {
            throw new InvalidFieldException("cloneUrl", e.problem());
        }
        return new RepositoryAddress(provider, name, directory.cloneUrl());
    }

    /** A directory of this machine (local profile only; the caller checks the profile). */
    public RepositoryAddress local(String path) {
        if (path == null || path.isBlank() || path.length() > MAX_PATH || path.indexOf('\0') >= 0) {
            throw new InvalidFieldException("path", "must be an absolute directory path of at most " + MAX_PATH + " characters");
        }
        Path directory;
        try {
            directory = Path.of(path);
        } catch (InvalidPathException e) {
            throw new InvalidFieldException("path", "is not a valid path");
        }
        if (!directory.isAbsolute()) {
            throw new InvalidFieldException("path", "must be absolute");
        }
        Path real;
        try {
            real = directory.toRealPath();
        } catch (IOException e) {
            throw new InvalidFieldException("path", "does not exist");
        }
        if (!Files.isDirectory(real) || real.getFileName() == null) {
            throw new InvalidFieldException("path", "must be a directory below the file-system root");
        }
        if (SYSTEM.stream().anyMatch(real::startsWith)) {
            throw new InvalidFieldException("path", "must not be a system directory (/proc, /sys, /dev, /etc)");
        }
        if (localRoots.stream().noneMatch(real::startsWith)) {
            throw new InvalidFieldException("path", "must be under a local repository root (LOCAL_REPOSITORY_ROOTS: "
                    + String.join(":", localRoots.stream().map(Path::toString).toList()) + ")");
        }
        return new RepositoryAddress(RepositoryAddress.LOCAL, RepositoryAddress.LOCAL + "/" + real.getFileName(),
                real.toUri().toString());
    }

    /** A root as the file system resolves it (symbolic links), or as written when it does not exist (yet). */
    private static Path resolved(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            return root.toAbsolutePath().normalize();
        }
    }

    static String checkedFullName(String provider, String fullName, String field) {
        boolean valid = fullName.length() <= MAX_FULL_NAME && switch (provider) {
            case RepositoryAddress.GITHUB -> GITHUB.matcher(fullName).matches() && !fullName.endsWith("/.")
                    && !fullName.endsWith("/..") && !fullName.toLowerCase(Locale.ROOT).endsWith(".git");
            default -> gitlabPath(fullName);
        };
        if (!valid) {
            throw new InvalidFieldException(field, RepositoryAddress.GITHUB.equals(provider)
                    ? "must be a GitHub repository owner/name" : "must be a GitLab project path group/subgroup/.../name");
        }
        return fullName;
    }

    private static boolean gitlabPath(String fullName) {
        String[] segments = fullName.split("/", -1);
        if (segments.length < 2 || segments.length > 21) {
            return false;
        }
        for (String segment : segments) {
            String lower = segment.toLowerCase(Locale.ROOT);
            if (!GITLAB_SEGMENT.matcher(segment).matches() || lower.endsWith(".") || lower.endsWith(".git")
                    || lower.endsWith(".atom")) {
                return false;
            }
        }
        return true;
    }

    /** The repository path of a clone URL on {@code base}'s host, without leading slash and {@code .git}. */
    private static String pathOf(URI base, String cloneUrl) {
        URI uri;
        try {
            uri = new URI(cloneUrl);
        } catch (URISyntaxException e) {
            throw new InvalidFieldException("cloneUrl", "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals(base.getScheme())) {
            throw new InvalidFieldException("cloneUrl", "must be an https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidFieldException("cloneUrl", "must not contain credentials");
        }
        if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(base.getHost()) || port(uri) != port(base)) {
            throw new InvalidFieldException("cloneUrl", "must be on " + base.getHost());
        }
        String basePath = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || !path.startsWith(basePath + "/")
                || path.contains("%")) {
            throw new InvalidFieldException("cloneUrl", "must be the repository's URL, such as https://"
                    + base.getHost() + basePath + "/owner/name.git");
        }
        String name = path.substring(basePath.length() + 1);
        return name.toLowerCase(Locale.ROOT).endsWith(".git") ? name.substring(0, name.length() - 4) : name;
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    }
}
