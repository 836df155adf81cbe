package dev.debtos.engine.analysis;

import dev.debtos.engine.inventory.InventoryScanner;

/** Walks the tree: the files to measure and what was skipped, by reason. */
final class InventoryStage implements AnalysisStage {

    @Override
    public String name() {
        return "inventory";
    }

    @Override
    public void run(AnalysisContext context) {
        context.progress().update(name(), 0, 1);
        context.inventory(InventoryScanner.scan(context.root(), context.options().inventory()));
        context.progress().update(name(), 1, 1);
    }
}
