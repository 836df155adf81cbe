package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import java.util.List;

/**
 * One kind of debt, found by looking at the analysis model (never at the disk or the network). Each rule has a
 * stable key that findings, fingerprints, SARIF and the ledger rely on: never reuse or rename a key.
 */
public interface Rule {

    String key();

    DebtType type();

    /** A short name for reports, e.g. "Complex function". */
    String title();

    /** One or two sentences: what the rule finds and why it is debt. */
    String description();

    /** How often a finding of this rule is real debt; medium unless the rule says otherwise. */
    default Precision precision() {
        return Precision.MEDIUM;
    }

    List<Finding> check(RuleContext context);
}
