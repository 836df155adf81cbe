package dev.debtos.worker;

import dev.debtos.engine.analysis.AnalysisContext;
import dev.debtos.engine.analysis.AnalysisStage;
import dev.debtos.engine.suppression.SettingsIgnores;
import dev.debtos.platform.scan.RepositorySettings;
import dev.debtos.worker.llm.LlmReview;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Hands the repository settings' {@code ignore} list to the engine's score stage, which suppresses what it names (kept
 * apart as suppressed, counted and listed). A stage with a port: the settings are read when the scan runs, so a
 * changed setting applies from the next scan on.
 */
final class SettingsIgnoreStage implements AnalysisStage {
    private final LlmReview.SettingsSource settings;
    private final UUID repositoryId;

    SettingsIgnoreStage(LlmReview.SettingsSource settings, UUID repositoryId) {
        this.settings = settings;
        this.repositoryId = repositoryId;
    }

    /** One such stage per scan. */
    static ScanAnalyzer.CallerStages of(LlmReview.SettingsSource settings) {
        return scope -> List.of(new SettingsIgnoreStage(settings, scope.repositoryId()));
    }

    @Override
    public String name() {
        return "settings";
    }

    @Override
    public void run(AnalysisContext context) {
        try {
            var ignore = RepositorySettings.fromStored(settings.settingsJson(repositoryId)).ignore();
            if (!ignore.isEmpty()) {
                context.put(SettingsIgnores.class, new SettingsIgnores(ignore));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the repository's settings could not be read: " + e.getMessage(), e);
        }
    }
}
