package dev.debtos.platform.config;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the scan worker may clone and how much of it.
 *
 * @param allowedHosts       https hosts repositories are cloned from: github.com, gitlab.com, the hosts of
 *                           GITHUB_BASE_URL / GITLAB_BASE_URL and CLONE_ALLOWED_HOSTS (comma-separated host names of
 *                           self-hosted instances, lower case)
 * @param maxRepositoryBytes bytes on disk (git objects plus checked-out files), CLONE_MAX_REPOSITORY_MB (1024)
 * @param maxFiles           files in the checked-out tree, CLONE_MAX_FILES (100000)
 * @param maxFileBytes       a larger file is not checked out (counted as skipped), CLONE_MAX_FILE_KB (5120)
 * @param timeout            the whole clone and checkout, CLONE_TIMEOUT (5m)
 */
public record CloneSettings(List<String> allowedHosts, long maxRepositoryBytes, int maxFiles, long maxFileBytes,
                            Duration timeout) {
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    public CloneSettings {
        allowedHosts = List.copyOf(allowedHosts);
        if (maxRepositoryBytes < 1 || maxFiles < 1 || maxFileBytes < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("clone limits must be positive");
        }
    }

    /** github.com and gitlab.com, 1 GiB, 100,000 files, 5 MiB per file, 5 minutes. */
    public static CloneSettings defaults() {
        return new CloneSettings(List.of("github.com", "gitlab.com"), 1024L * 1024 * 1024, 100_000, 5L * 1024 * 1024,
                Duration.ofMinutes(5));
    }

    static CloneSettings read(Env env, Optional<OAuthClientSettings> github, Optional<OAuthClientSettings> gitlab) {
        Set<String> hosts = new LinkedHashSet<>(defaults().allowedHosts());
        github.map(OAuthClientSettings::baseUrl).map(URI::getHost).ifPresent(h -> hosts.add(h.toLowerCase(Locale.ROOT)));
        gitlab.map(OAuthClientSettings::baseUrl).map(URI::getHost).ifPresent(h -> hosts.add(h.toLowerCase(Locale.ROOT)));
        for (String variable : List.of("GITHUB_BASE_URL", "GITLAB_BASE_URL")) {
            env.optional(variable).map(url -> HttpUrls.parse(variable, url).getHost())
                    .ifPresent(h -> hosts.add(h.toLowerCase(Locale.ROOT)));
        }
        for (String item : env.optional("CLONE_ALLOWED_HOSTS").orElse("").split(",")) {
            String host = item.trim().toLowerCase(Locale.ROOT);
            if (host.isEmpty()) {
                continue;
            }
            if (!HOST.matcher(host).matches() || !host.contains(".")) {
                throw new ConfigException("CLONE_ALLOWED_HOSTS", "must be comma-separated host names such as git.example.com");
            }
            hosts.add(host);
        }
        CloneSettings fallback = defaults();
        return new CloneSettings(List.copyOf(hosts),
                env.integer("CLONE_MAX_REPOSITORY_MB", (int) (fallback.maxRepositoryBytes() >> 20), 1, 1_000_000) * 1024L * 1024,
                env.integer("CLONE_MAX_FILES", fallback.maxFiles(), 1, 10_000_000),
                env.integer("CLONE_MAX_FILE_KB", (int) (fallback.maxFileBytes() >> 10), 1, 1_000_000) * 1024L,
                env.optional("CLONE_TIMEOUT").map(text -> DurationText.parse("CLONE_TIMEOUT", text)).orElse(fallback.timeout()));
    }

    public boolean allows(String host) {
        return allowedHosts.contains(host.toLowerCase(Locale.ROOT));
    }
}
