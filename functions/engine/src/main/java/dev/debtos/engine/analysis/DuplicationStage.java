package dev.debtos.engine.analysis;

/**
 * Token clones across the repository, from the tokens the measure stage collected. The detection runs on a thread of
 * its own ({@link PendingClones}) while the later stages go on; whoever first needs the clone groups waits for them.
 */
final class DuplicationStage implements AnalysisStage {
    static final String NAME = "duplication";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(AnalysisContext context) {
        context.progress().update(name(), 0, 1);
        context.clonesDetecting(PendingClones.start(context.cloneDetector(), () -> context.progress().update(name(), 1, 1)));
    }
}
