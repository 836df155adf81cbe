package dev.debtos.engine.analysis;

/**
 * One step of an analysis. A stage reads what earlier stages left in the {@link AnalysisContext}, adds its own
 * results to it, and reports its progress under its {@link #name()}; the {@link Analyzer} runs the stages in order
 * and records each one's wall time under the same name ({@code AnalysisResult.stageMillis}).
 *
 * <p>Stages that need something from outside the engine (a model, a store) take it as a constructor argument, a
 * port the caller supplies; the engine's own stages need nothing but the tree.
 */
public interface AnalysisStage {

    /** Short, stable name: the key in {@code stageMillis} and the stage the progress listener is told about. */
    String name();

    void run(AnalysisContext context);
}
