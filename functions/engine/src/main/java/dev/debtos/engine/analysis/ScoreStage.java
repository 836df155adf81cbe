package dev.debtos.engine.analysis;

import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.inventory.FileRoles;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.scoring.Places;
import dev.debtos.engine.scoring.Scoring;
import dev.debtos.engine.suppression.IgnoreRule;
import dev.debtos.engine.suppression.SettingsIgnores;
import dev.debtos.engine.suppression.SuppressedFinding;
import dev.debtos.engine.suppression.Suppressions;
import java.util.ArrayList;
import java.util.List;

/**
 * Suppressions set apart (inline comments, {@code .debt-os.yml}, repository settings), each finding's file role
 * (production, test, example...), one finding per place, priorities (interest × severity × magnitude, production first), the
 * debt ratio of production code, its rating and the remediation plan.
 */
final class ScoreStage implements AnalysisStage {

    @Override
    public String name() {
        return "score";
    }

    @Override
    public void run(AnalysisContext context) {
        FileRoles roles = context.fileRoles();
        // before places are merged: suppressing one rule on a function leaves its other reasons reported
        List<IgnoreRule> settings = new ArrayList<>(context.options().ignores());
        context.get(SettingsIgnores.class).ifPresent(more -> settings.addAll(more.rules()));
        Suppressions.Split split = PartTimer.timed(context.progress(), name(), "suppressions", () ->
                new Suppressions(context.projectSettings().ignores(), settings, context.sources(), context.files())
                        .split(context.findings()));
        List<Finding> placed = new ArrayList<>();
        for (Finding f : PartTimer.timed(context.progress(), name(), "places", () -> Places.merge(split.reported()))) {
            placed.add(f.withRole(roles.of(f.path())));
        }
        List<Finding> prioritised = PartTimer.timed(context.progress(), name(), "priorities", () ->
                Scoring.prioritise(placed, context.hotspots(), context.coupling()));
        List<Finding> withRoles = split.suppressed().stream().map(s -> s.finding().withRole(roles.of(s.finding().path()))).toList();
        List<Finding> scored = Scoring.withPriorities(withRoles, context.hotspots(), context.coupling());
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            SuppressedFinding s = split.suppressed().get(i);
            suppressed.add(new SuppressedFinding(scored.get(i), s.suppressedBy(), s.reason()));
        }
        long codeLines = context.files().stream().filter(file -> roles.isProduction(file.path()))
                .mapToLong(FileMetrics::codeLines).sum();
        context.scored(prioritised, Scoring.score(prioritised, codeLines), suppressed);
    }
}
