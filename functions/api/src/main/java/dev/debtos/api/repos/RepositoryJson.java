package dev.debtos.api.repos;

import dev.debtos.api.contract.Schema;
import dev.debtos.api.scans.ScanJson;
import dev.debtos.engine.rules.RuleThresholds;
import dev.debtos.platform.ledger.DebtVocabulary;
import dev.debtos.platform.repos.ConnectedRepository;
import dev.debtos.platform.scan.RepositorySettings;
import dev.debtos.platform.scan.Scan;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A repository as its owner sees it: settings with defaults filled in; never its webhook secret. */
final class RepositoryJson {
    static final Schema SETTINGS = settings(false).named("RepositorySettings");
    /** Any subset of the keys; null resets a key to its default; unknown keys are refused. */
    static final Schema SETTINGS_PATCH = settings(true).named("RepositorySettingsPatch");
    static final Schema SCHEMA = Schema.object()
            .required("id", Schema.uuid())
            .required("provider", Schema.oneOf(List.of("github", "gitlab", "local")))
            .required("fullName", Schema.string().describe("owner/name; for a local repository `local` and its absolute path"))
            .required("cloneUrl", Schema.string())
            .required("defaultBranch", Schema.string().nullable())
            .required("settings", SETTINGS)
            .required("lastScannedCommit", Schema.string().nullable())
            .required("lastScannedAt", Schema.dateTime().nullable())
            .required("createdAt", Schema.dateTime())
            .required("updatedAt", Schema.dateTime())
            .named("Repository");
    static final Schema LAST_SCAN = Schema.object()
            .required("id", Schema.uuid())
            .required("status", Schema.oneOf(ScanJson.STATUSES))
            .required("trigger", Schema.oneOf(ScanJson.TRIGGERS))
            .required("branch", Schema.string().nullable())
            .required("commitSha", Schema.string().nullable())
            .required("stats", ScanJson.STATS)
            .required("createdAt", Schema.dateTime())
            .required("finishedAt", Schema.dateTime().nullable())
            .named("ScanSummary");
    static final Schema DETAIL = SCHEMA.required("lastScan", LAST_SCAN.nullable().describe("Null before the first scan"))
            .named("RepositoryDetail");
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

    /** The settings' keys: the answer holds every one with its effective value; a PATCH any subset of them. */
    private static Map<String, Schema> settingKeys() {
        Schema thresholds = Schema.object();
        for (var threshold : RuleThresholds.defaults().asMap().entrySet()) {
            thresholds = thresholds.optional(threshold.getKey(), threshold.getValue() instanceof Double
                    ? Schema.number(0, 1).describe("A fraction in (0, 1]; default " + threshold.getValue())
                    : Schema.integer(1, 100_000).describe("Default " + threshold.getValue()));
        }
        Map<String, Schema> keys = new LinkedHashMap<>();
        keys.put("autoScan", Schema.bool().describe("Scheduled scans on (default true)"));
        keys.put("scanOnPush", Schema.bool().describe("Webhook pushes to the default branch are scanned (default true)"));
        keys.put("scanOnPr", Schema.bool().describe("Pull and merge requests are scanned (default true)"));
        keys.put("include", Schema.arrayOf(Schema.string(1, 256), 0, 200).describe("gitignore-style globs"));
        keys.put("exclude", Schema.arrayOf(Schema.string(1, 256), 0, 200).describe("gitignore-style globs"));
        keys.put("schedule", Schema.string(1, 100).nullable()
                .describe("hourly, daily, weekly or a 5-field cron expression, in UTC; null for none"));
        keys.put("llmTokenBudget", Schema.integer(0, 10_000_000).describe("Per-scan LLM token budget; 0 turns the LLM review off for the repository. Default 30000"));
        keys.put("llm", Schema.oneOf(List.of("on", "off"))
                .describe("\"off\": nothing of this repository is ever sent to a model (default \"on\")"));
        keys.put("thresholds", thresholds.closed().describe("Rule thresholds overridden; absent ones keep their default"));
        keys.put("prComments", Schema.bool().describe("Pull-request scans comment on the PR/MR (default true)"));
        keys.put("prStatus", Schema.bool().describe("Pull-request scans set the commit status debt-os/quality-gate (default true)"));
        keys.put("qualityGate", Schema.object().required("failOn", Schema.oneOf(DebtVocabulary.SEVERITIES)
                .describe("The gate fails on an added finding this severe or worse (default high)")).closed());
        keys.put("ignore", Schema.arrayOf(Schema.object().required("rule", Schema.string(1, 64)
                        .describe("A rule key such as DEBT-SIZE-001, or * for every rule"))
                        .optional("path", Schema.string(0, 256).describe("gitignore-style glob; empty: everywhere"))
                        .optional("reason", Schema.string(0, 1000)), 0, 1000)
                .describe("Findings to suppress: kept apart as suppressed, counted and listed, never dropped (default none)"));
        keys.put("feedbackSimilarity", Schema.number(0.5, 1).describe("Cosine similarity from which a new or reopened finding "
                + "counts as a look-alike of one marked invalid and is stored as suppressed (default 0.7)"));
        return keys;
    }

    private static Schema settings(boolean patch) {
        Schema settings = Schema.object();
        for (var key : settingKeys().entrySet()) {
            settings = patch ? settings.optional(key.getKey(), key.getValue().nullable()) : settings.required(key.getKey(), key.getValue());
        }
        return patch ? settings.closed() : settings;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
