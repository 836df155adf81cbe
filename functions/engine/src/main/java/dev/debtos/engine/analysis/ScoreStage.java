package dev.debtos.engine.analysis;

import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.scoring.Scoring;
import java.util.List;

/** Priorities of every finding (interest × severity), the debt ratio, rating and remediation plan. */
final class ScoreStage implements AnalysisStage {

    @Override
    public String name() {
        return "score";
    }

    @Override
    public void run(AnalysisContext context) {
        List<Finding> prioritised = Scoring.prioritise(context.findings(), context.hotspots(), context.coupling());
        long codeLines = context.files().stream().mapToLong(FileMetrics::codeLines).sum();
        context.scored(prioritised, Scoring.score(prioritised, codeLines));
    }
}
