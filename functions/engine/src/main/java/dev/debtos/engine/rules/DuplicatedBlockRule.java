package dev.debtos.engine.rules;

import dev.debtos.engine.duplication.CloneGroup;
import dev.debtos.engine.duplication.CloneKind;
import dev.debtos.engine.duplication.CloneLocation;
import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.FindingLocation;
import dev.debtos.engine.findings.Fingerprints;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.metrics.FunctionMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One finding per clone group of copied logic: at its first copy, with every other copy as a related location.
 * Severity grows with the duplicated code, tokens × (copies − 1). An overload family the language forces (one body
 * per primitive or parameter type: {@link OverloadFamilies}) is not reported: there is nothing to act on.
 * Groups that match by shape alone (data, literal variants, different names: {@link CloneKind}) are not reported, nor
 * a run of accessors or delegators: copies made only of one-statement functions (getters, setters, a method passing
 * its arguments on), where each function is already as small as it gets and there is nothing to extract.
 * The fingerprint hashes the first copy's path and code, so moving the block keeps its identity.
 */
public final class DuplicatedBlockRule extends RuleMetadata {
    public static final String KEY = "DEBT-DUPLICATION-001";
    private static final int MAX_LISTED = 10;
    private static final int HIGH_DUPLICATED_TOKENS = 1200;
    private static final int MEDIUM_DUPLICATED_TOKENS = 300;

    public DuplicatedBlockRule() {
        super(KEY, DebtType.DUPLICATION, "Duplicated block",
                "The same code (up to names and literals) in several places: a fix in one copy is easily missed in the others.");
    }

    /**
     * Like SonarQube, duplication among test files is not reported: tests spell out their cases, and a group of
     * copies that are all test code costs little. A group with one copy in production code is reported; generated and
     * vendored copies count as not maintained here.
     */
    private static boolean allInTests(CloneGroup group, RuleContext context) {
        return group.locations().stream().allMatch(copy -> context.isTest(copy.path()) || !context.isMaintained(copy.path()));
    }

    /** Copies match token by token, but some duplication is what the language forces. */
    @Override
    public Precision precision() {
        return Precision.HIGH;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        Map<String, FileMetrics> files = new HashMap<>();
        context.files().forEach(file -> files.put(file.path(), file));
        List<Finding> findings = new ArrayList<>();
        for (CloneGroup group : context.clones()) {
            if (group.kind() == CloneKind.CODE && !allInTests(group, context)
                    && !OverloadFamilies.isOverloadFamily(group, files) && !isAccessorRun(group, files)) {
                findings.add(finding(group, context));
            }
        }
        return findings;
    }

    /** Every copy spans two or more functions, each of one statement (three code lines at most, one path). */
    static boolean isAccessorRun(CloneGroup group, Map<String, FileMetrics> files) {
        for (CloneLocation copy : group.locations()) {
            FileMetrics file = files.get(copy.path());
            if (file == null) {
                return false;
            }
            int inside = 0;
            for (FunctionMetrics fn : file.functions()) {
                if (fn.endLine() < copy.startLine() || fn.startLine() > copy.endLine()) {
                    continue;
                }
                if (fn.nloc() > 3 || fn.cyclomatic() > 1) {
                    return false;
                }
                inside++;
            }
            if (inside < 2) {
                return false;
            }
        }
        return true;
    }

    private Finding finding(CloneGroup group, RuleContext context) {
        List<CloneLocation> copies = group.locations();
        CloneLocation first = copies.getFirst();
        List<FindingLocation> related = new ArrayList<>(copies.size() - 1);
        StringBuilder places = new StringBuilder();
        for (int i = 1; i < copies.size(); i++) {
            CloneLocation copy = copies.get(i);
            related.add(new FindingLocation(copy.path(), copy.startLine(), copy.endLine(), copy.startColumn()));
            if (i <= MAX_LISTED) {
                places.append(i == 1 ? "" : ", ").append(copy.path()).append(':').append(copy.startLine()).append('-')
                        .append(copy.endLine());
            }
        }
        if (copies.size() - 1 > MAX_LISTED) {
            places.append(" and ").append(copies.size() - 1 - MAX_LISTED).append(" more");
        }
        int lines = first.endLine() - first.startLine() + 1;
        String message = "Block of " + lines + " lines (" + group.tokens() + " tokens) appears " + copies.size()
                + " times; the other copies: " + places;
        String code = Excerpts.lines(context.sources().get(first.path()), first.startLine(), first.endLine());
        return new Finding(KEY, DebtType.DUPLICATION, severity(group), first.path(),
                first.startLine(), first.endLine(), first.startColumn(), message, code,
                10 + lines / 5 + 5 * (copies.size() - 1), Fingerprints.of(KEY, first.path(), code), 0, related);
    }

    /** From the code that would go away if the copies became one: tokens × (copies − 1). */
    static Severity severity(CloneGroup group) {
        long duplicated = (long) group.tokens() * (group.locations().size() - 1);
        if (duplicated >= HIGH_DUPLICATED_TOKENS) {
            return Severity.HIGH;
        }
        return duplicated >= MEDIUM_DUPLICATED_TOKENS || group.locations().size() >= 4 ? Severity.MEDIUM : Severity.LOW;
    }
}
