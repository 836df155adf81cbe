package dev.debtos.engine.analysis;

/** Token clones across the repository, from the tokens the measure stage collected. */
final class DuplicationStage implements AnalysisStage {

    @Override
    public String name() {
        return "duplication";
    }

    @Override
    public void run(AnalysisContext context) {
        context.progress().update(name(), 0, 1);
        context.clones(context.cloneDetector().detect());
        context.progress().update(name(), 1, 1);
    }
}
