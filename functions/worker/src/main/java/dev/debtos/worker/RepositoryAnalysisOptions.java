package dev.debtos.worker;

import dev.debtos.engine.analysis.AnalysisOptions;
import dev.debtos.engine.inventory.InventoryOptions;
import dev.debtos.platform.scan.RepositorySettings;
import dev.debtos.worker.llm.LlmReview;
import java.sql.SQLException;

/**
 * A scan's analysis options from its repository's settings, as {@code debt-os analyze --include --exclude
 * --threshold} takes them: {@code include} and {@code exclude} globs (gitignore syntax) choose the files the engine
 * reads, and {@code thresholds} override the rules' defaults by name. Read when the scan runs, so a changed setting
 * applies from the next scan on.
 */
final class RepositoryAnalysisOptions implements ScanAnalyzer.ScanOptions {
    private final LlmReview.SettingsSource settings;

    RepositoryAnalysisOptions(LlmReview.SettingsSource settings) {
        this.settings = settings;
    }

    @Override
    public AnalysisOptions of(ScanScope scope, AnalysisOptions defaults) {
        return applied(read(scope), defaults);
    }

    /** {@code include}, {@code exclude} and {@code thresholds} as set (empty when none is). */
    @Override
    public String key(ScanScope scope) {
        RepositorySettings repository = read(scope);
        if (repository.include().isEmpty() && repository.exclude().isEmpty() && repository.thresholds().isEmpty()) {
            return "";
        }
        return "include=" + repository.include() + "\nexclude=" + repository.exclude() + "\nthresholds="
                + new java.util.TreeMap<>(repository.thresholds());
    }

    private RepositorySettings read(ScanScope scope) {
        try {
            return RepositorySettings.fromStored(settings.settingsJson(scope.repositoryId()));
        } catch (SQLException e) {
            throw new IllegalStateException("the repository's settings could not be read: " + e.getMessage(), e);
        }
    }

    static AnalysisOptions applied(RepositorySettings repository, AnalysisOptions defaults) {
        InventoryOptions inventory = defaults.inventory();
        return new AnalysisOptions(new InventoryOptions(repository.include(), repository.exclude(), inventory.maxFileBytes(),
                inventory.respectGitignore()), defaults.minimumCloneTokens(), defaults.history(),
                defaults.thresholds().withOverrides(repository.thresholds()), defaults.threads(), defaults.measurementCache(),
                defaults.fileRoles(), defaults.ignores());
    }
}
