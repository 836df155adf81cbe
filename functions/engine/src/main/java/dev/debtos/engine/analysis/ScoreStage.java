package dev.debtos.engine.analysis;

import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.inventory.FileRoles;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.scoring.Places;
import dev.debtos.engine.scoring.Scoring;
import java.util.ArrayList;
import java.util.List;

/**
 * Each finding's file role (production, test, example...), one finding per place, priorities (interest × severity,
 * production first), the debt ratio of production code, its rating and the remediation plan.
 */
final class ScoreStage implements AnalysisStage {

    @Override
    public String name() {
        return "score";
    }

    @Override
    public void run(AnalysisContext context) {
        FileRoles roles = context.options().fileRoles();
        List<Finding> placed = new ArrayList<>();
        for (Finding f : Places.merge(context.findings())) {
            placed.add(f.withRole(roles.of(f.path())));
        }
        List<Finding> prioritised = Scoring.prioritise(placed, context.hotspots(), context.coupling());
        long codeLines = context.files().stream().filter(file -> roles.isProduction(file.path()))
                .mapToLong(FileMetrics::codeLines).sum();
        context.scored(prioritised, Scoring.score(prioritised, codeLines));
    }
}
