package dev.debtos.worker.pr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.engine.findings.Severity;
import dev.debtos.platform.json.Json;
import java.io.IOException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The repository settings a PR scan reads (jsonb {@code repositories.settings}, defaults when absent):
 * <ul>
 *   <li>{@code prComments} (bool, true): comment on the pull/merge request (needs a provider token);</li>
 *   <li>{@code prStatus} (bool, true): set the commit status {@code debt-os/quality-gate} on the head commit;</li>
 *   <li>{@code qualityGate.failOn} (critical|high|medium|low|info, "high"): the gate fails when the PR adds a finding
 *       of this severity or worse. A separate key, not part of {@code thresholds}: those are the engine's rule
 *       thresholds and it refuses unknown names.</li>
 * </ul>
 * The API validates settings when they are written; a value that is still malformed here falls back to its
 * default (logged) rather than failing the scan.
 */
public record PullRequestSettings(boolean comments, boolean status, Severity failOn) {
    private static final Logger LOG = LogManager.getLogger(PullRequestSettings.class);
    private static final ObjectMapper JSON = Json.mapper();

    public static PullRequestSettings defaults() {
        return new PullRequestSettings(true, true, Severity.HIGH);
    }

    public static PullRequestSettings parse(String settingsJson) {
        PullRequestSettings defaults = defaults();
        if (settingsJson == null || settingsJson.isBlank()) {
            return defaults;
        }
        JsonNode settings;
        try {
            settings = JSON.readTree(settingsJson);
        } catch (IOException e) {
            LOG.warn("Repository settings unreadable: PR defaults used");
            return defaults;
        }
        return new PullRequestSettings(bool(settings, "prComments", defaults.comments()),
                bool(settings, "prStatus", defaults.status()), failOn(settings.path("qualityGate").path("failOn"), defaults.failOn()));
    }

    private static boolean bool(JsonNode settings, String key, boolean fallback) {
        JsonNode value = settings.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            LOG.warn("Repository setting {} is not a boolean: default {} used", key, fallback);
            return fallback;
        }
        return value.booleanValue();
    }

    private static Severity failOn(JsonNode value, Severity fallback) {
        if (value.isMissingNode() || value.isNull()) {
            return fallback;
        }
        try {
            return Severity.fromKey(value.asText());
        } catch (IllegalArgumentException e) {
            LOG.warn("Repository setting qualityGate.failOn is not a severity: default {} used", fallback.key());
            return fallback;
        }
    }
}
