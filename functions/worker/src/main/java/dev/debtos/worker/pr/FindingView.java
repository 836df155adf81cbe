package dev.debtos.worker.pr;

import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Severity;

/** What a PR result says about one finding: its identity, rule, severity and place (line 0 = repository-wide). */
public record FindingView(String fingerprint, String ruleKey, String type, Severity severity, String path, int line,
                          int endLine, String message) {

    static FindingView of(Finding finding) {
        return new FindingView(finding.fingerprint(), finding.ruleKey(), finding.type().key(), finding.severity(),
                finding.path() == null ? "" : finding.path(), Math.max(0, finding.startLine()),
                Math.max(0, Math.max(finding.startLine(), finding.endLine())), firstLine(finding.message()));
    }

    /** {@code path:line}, or the path alone, or "repository" for repository-wide findings. */
    public String location() {
        if (path.isEmpty()) {
            return "repository";
        }
        return line > 0 ? path + ":" + line : path;
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String stripped = message.strip();
        int newline = stripped.indexOf('\n');
        String line = newline < 0 ? stripped : stripped.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 199) + "…" : line;
    }
}
