package dev.debtos.worker.pr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.engine.findings.Severity;
import dev.debtos.platform.json.Json;
import java.util.List;

/**
 * The {@code pullRequest} object of a PR scan's stats (the shape is documented in the worker README). Lists are
 * capped ({@value #MAX_FINDINGS} findings each, {@value #MAX_HOTSPOTS} hotspots) so a huge PR cannot bloat the scan
 * row; the counts are always complete.
 */
public final class PullRequestReport {
    static final int MAX_FINDINGS = 200;
    static final int MAX_HOTSPOTS = 50;
    private static final ObjectMapper JSON = Json.mapper();

    private PullRequestReport() {
    }

    public static ObjectNode toJson(int number, RevisionFindings base, String head, PullRequestDiff diff,
                                    QualityGate.Verdict verdict, ObjectNode feedback) {
        ObjectNode pr = JSON.createObjectNode();
        pr.put("number", number);
        pr.put("base", base.commit());
        pr.put("head", head);
        pr.put("baseSource", base.source());
        findings(pr.putArray("added"), diff.added());
        pr.put("addedCount", diff.added().size());
        findings(pr.putArray("removed"), diff.removed());
        pr.put("removedCount", diff.removed().size());
        bySeverity(pr.putObject("addedBySeverity"), diff.added());
        bySeverity(pr.putObject("removedBySeverity"), diff.removed());
        ArrayNode hotspots = pr.putArray("hotspotDelta");
        diff.hotspotDelta().stream().limit(MAX_HOTSPOTS).forEach(h -> hotspots.addObject()
                .put("path", h.path()).put("before", round(h.before())).put("after", round(h.after())));
        ObjectNode gate = pr.putObject("gate");
        gate.put("status", verdict.status());
        gate.put("failOn", verdict.failOn().key());
        verdict.reasons().forEach(gate.putArray("reasons")::add);
        pr.set("feedback", feedback);
        return pr;
    }

    private static void findings(ArrayNode array, List<FindingView> findings) {
        findings.stream().limit(MAX_FINDINGS).forEach(f -> array.addObject()
                .put("fingerprint", f.fingerprint()).put("ruleKey", f.ruleKey()).put("type", f.type())
                .put("severity", f.severity().key()).put("path", f.path()).put("line", f.line()).put("endLine", f.endLine())
                .put("message", f.message()));
    }

    private static void bySeverity(ObjectNode counts, List<FindingView> findings) {
        for (Severity severity : Severity.values()) {
            counts.put(severity.key(), findings.stream().filter(f -> f.severity() == severity).count());
        }
    }

    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
