package dev.debtos.engine.rules;

import dev.debtos.engine.analysis.Hotspot;
import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Fingerprints;
import dev.debtos.engine.findings.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/** A hotspot with no test file named after it anywhere in the repository: the riskiest code, unprotected. */
public final class MissingTestsForHotspotRule extends RuleMetadata {
    public static final String KEY = "DEBT-TESTS-001";

    public MissingTestsForHotspotRule() {
        super(KEY, DebtType.MISSING_TESTS, "Hotspot without tests",
                "A frequently changed, complex file has no test named after it (FooTest, test_foo, foo.spec, foo_test, test/foo.js...).");
    }

    /** Rust keeps unit tests in the file they test, in a {@code #[cfg(test)]} module. */
    private static boolean hasInlineTests(RuleContext context, String path) {
        if (!path.endsWith(".rs")) {
            return false;
        }
        var source = context.sources().get(path);
        return source != null && source.text().contains("#[cfg(test)]");
    }

    /** Tests are matched by file name, so a test named otherwise is missed. */
    @Override
    public Precision precision() {
        return Precision.MEDIUM;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        TestFiles tests = new TestFiles(context.allPaths(), context.roles());
        Map<String, Integer> lastLines = new HashMap<>();
        context.files().forEach(file -> lastLines.put(file.path(), file.physicalLines()));
        HotspotCriteria criteria = HotspotCriteria.of(context);
        List<Finding> findings = new ArrayList<>();
        for (Hotspot hotspot : context.hotspots()) {
            if (!criteria.qualifies(hotspot) || !context.roles().isProduction(hotspot.path())
                    || tests.covers(hotspot.path()) || hasInlineTests(context, hotspot.path())) {
                continue;
            }
            int lastLine = Math.max(1, lastLines.getOrDefault(hotspot.path(), hotspot.loc()));
            findings.add(new Finding(KEY, DebtType.MISSING_TESTS, Severity.HIGH, hotspot.path(), 1, lastLine,
                    "Hotspot has no test file named after it", "expected e.g. " + TestFiles.suggestion(hotspot.path()),
                    Math.min(480, 60 + hotspot.complexity()), Fingerprints.of(KEY, hotspot.path(), "file"), 0));
        }
        return findings;
    }
}
