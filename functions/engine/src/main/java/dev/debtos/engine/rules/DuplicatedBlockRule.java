package dev.debtos.engine.rules;

import dev.debtos.engine.duplication.CloneGroup;
import dev.debtos.engine.duplication.CloneLocation;
import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Fingerprints;
import dev.debtos.engine.findings.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Each copy of a duplicated block is a finding in its own file (as SonarQube reports duplicated blocks), whose
 * evidence names the other copies. Its fingerprint hashes the copy's code, so moving it keeps its identity.
 */
public final class DuplicatedBlockRule extends RuleMetadata {
    public static final String KEY = "DEBT-DUPLICATION-001";
    private static final int MAX_LISTED = 10;

    public DuplicatedBlockRule() {
        super(KEY, DebtType.DUPLICATION, "Duplicated block",
                "The same code (up to names and literals) in several places: a fix in one copy is easily missed in the others.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (CloneGroup group : context.clones()) {
            Severity severity = group.tokens() >= 400 || group.locations().size() >= 4 ? Severity.MEDIUM : Severity.LOW;
            for (CloneLocation here : group.locations()) {
                StringBuilder others = new StringBuilder();
                int listed = 0;
                for (CloneLocation other : group.locations()) {
                    if (other != here && listed++ < MAX_LISTED) {
                        others.append(others.isEmpty() ? "" : ", ").append(other.path()).append(':').append(other.startLine())
                                .append('-').append(other.endLine());
                    }
                }
                if (listed > MAX_LISTED) {
                    others.append(" and ").append(listed - MAX_LISTED).append(" more");
                }
                String code = Excerpts.lines(context.sources().get(here.path()), here.startLine(), here.endLine());
                findings.add(new Finding(KEY, DebtType.DUPLICATION, severity, here.path(), here.startLine(), here.endLine(),
                        "Block of " + (here.endLine() - here.startLine() + 1) + " lines (" + group.tokens()
                                + " tokens) is duplicated in " + others,
                        code, 10 + (here.endLine() - here.startLine() + 1) / 5,
                        Fingerprints.of(KEY, here.path(), code), 0));
            }
        }
        return findings;
    }
}
