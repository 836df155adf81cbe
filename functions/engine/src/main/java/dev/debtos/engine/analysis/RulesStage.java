package dev.debtos.engine.analysis;

import dev.debtos.engine.rules.Rule;
import dev.debtos.engine.rules.RuleContext;
import dev.debtos.engine.rules.Rules;
import java.util.List;

/** Every rule of {@link Rules#all()} over what the earlier stages found. */
final class RulesStage implements AnalysisStage {

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public void run(AnalysisContext context) {
        RuleContext rules = new RuleContext(context.files(), context.sources(), context.clones(), context.cycles(),
                context.satd(), context.hotspots(), context.coupling(), context.allPaths(), context.options().thresholds());
        List<Rule> all = Rules.all();
        for (int i = 0; i < all.size(); i++) {
            context.progress().update(name(), i, all.size());
            context.addFindings(all.get(i).check(rules));
        }
        context.progress().update(name(), all.size(), all.size());
    }
}
