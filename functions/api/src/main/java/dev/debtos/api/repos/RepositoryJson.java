package dev.debtos.api.repos;

import dev.debtos.api.scans.ScanJson;
import dev.debtos.platform.repos.ConnectedRepository;
import dev.debtos.platform.scan.RepositorySettings;
import dev.debtos.platform.scan.Scan;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A repository as its owner sees it: settings with defaults filled in; never its webhook secret. */
final class RepositoryJson {
    private RepositoryJson() {
    }

    static Map<String, Object> of(ConnectedRepository repository) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", repository.id().toString());
        json.put("provider", repository.provider());
        json.put("fullName", repository.fullName());
        json.put("cloneUrl", repository.cloneUrl());
        json.put("defaultBranch", repository.defaultBranch());
        json.put("settings", RepositorySettings.fromStored(repository.settingsJson()).toJson());
        json.put("lastScannedCommit", repository.lastScannedCommit());
        json.put("lastScannedAt", text(repository.lastScannedAt()));
        json.put("createdAt", text(repository.createdAt()));
        json.put("updatedAt", text(repository.updatedAt()));
        return json;
    }

    /** With a summary of its newest scan ({@code lastScan}: null before the first). */
    static Map<String, Object> withLastScan(ConnectedRepository repository, Optional<Scan> lastScan) {
        Map<String, Object> json = of(repository);
        json.put("lastScan", lastScan.map(RepositoryJson::summary).orElse(null));
        return json;
    }

    private static Map<String, Object> summary(Scan scan) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", scan.id().toString());
        json.put("status", scan.status().key());
        json.put("trigger", scan.trigger());
        json.put("branch", scan.branch());
        json.put("commitSha", scan.commitSha());
        json.put("stats", ScanJson.stats(scan));
        json.put("createdAt", text(scan.createdAt()));
        json.put("finishedAt", text(scan.finishedAt()));
        return json;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
