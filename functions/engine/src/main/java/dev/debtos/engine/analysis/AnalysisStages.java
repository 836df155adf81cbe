package dev.debtos.engine.analysis;

import java.util.ArrayList;
import java.util.List;

/** The engine's stages in the order they run; adding a stage is one class and one line here. */
public final class AnalysisStages {

    private AnalysisStages() {
    }

    public static List<AnalysisStage> standard() {
        return List.of(
                new InventoryStage(),
                new MeasureStage(),
                new DuplicationStage(),
                new DependencyStage(),
                new HistoryStage(),
                new RulesStage(),
                new ScoreStage());
    }

    /**
     * The standard stages with the caller's own stages (those that need ports the engine does not have, such as a
     * model or a store) run after the rules and before scoring, in the given order: they see every finding of the
     * rules, and findings they add are prioritised and scored like the rules'.
     */
    public static List<AnalysisStage> standardWith(List<AnalysisStage> callerStages) {
        List<AnalysisStage> stages = new ArrayList<>(standard());
        int score = stages.size() - 1;
        stages.addAll(score, callerStages);
        return List.copyOf(stages);
    }
}
