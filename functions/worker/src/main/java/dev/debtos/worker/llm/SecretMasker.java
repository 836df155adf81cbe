package dev.debtos.worker.llm;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Masks what must never reach a model: every line a static rule flagged as a hard-coded secret or a security issue
 * (the whole line), and anything shaped like a credential on the other lines (cloud keys, provider tokens, private
 * key blocks, passwords and tokens assigned in code or in URLs). Masked text is {@link #MASK}; the line numbering
 * stays, so the model can still cite the lines around it.
 */
final class SecretMasker {
    static final String MASK = "[MASKED]";

    private static final List<Pattern> SECRETS = List.of(
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----.*"),
            Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b"),
            Pattern.compile("\\b(?:sk|pk|rk)-(?:proj-|ant-|live-|test-)?[A-Za-z0-9_-]{16,}"),
            Pattern.compile("\\b(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{16,}"),
            Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{20,}\\b"),
            Pattern.compile("\\bglpat-[A-Za-z0-9_-]{20,}\\b"),
            Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}\\b"),
            Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}\\b"),
            Pattern.compile("\\beyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}"),
            Pattern.compile("(?<=://)[^/\\s:@'\"]+:[^@\\s'\"]+(?=@)"),
            Pattern.compile("(?i)(?<=(?:password|passwd|pwd|secret|token|key|credentials?)"
                    + "[\"']?\\s{0,3}[:=]\\s{0,3}[\"'])[^\"'\\s]{4,}(?=[\"'])"));

    private final Set<Integer> flaggedLines;

    private SecretMasker(Set<Integer> flaggedLines) {
        this.flaggedLines = flaggedLines;
    }

    /** The masker of one file, given the findings the static rules reported for it. */
    static SecretMasker forFile(String path, List<Finding> ruleFindings) {
        Set<Integer> lines = new TreeSet<>();
        for (Finding finding : ruleFindings) {
            if (path.equals(finding.path()) && finding.startLine() >= 1
                    && (finding.type() == DebtType.HARDCODED_CONFIG || finding.type() == DebtType.SECURITY_ISSUE)) {
                for (int line = finding.startLine(); line <= Math.max(finding.startLine(), finding.endLine()); line++) {
                    lines.add(line);
                }
            }
        }
        return new SecretMasker(lines);
    }

    String mask(int lineNumber, String line) {
        if (flaggedLines.contains(lineNumber)) {
            return MASK;
        }
        return maskText(line);
    }

    /** Credential-shaped text masked (also applied to what a model writes, before it is kept). */
    static String maskText(String text) {
        String masked = text;
        for (Pattern secret : SECRETS) {
            masked = secret.matcher(masked).replaceAll(MASK);
        }
        return masked;
    }
}
