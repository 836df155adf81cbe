package dev.debtos.worker.pr;

import dev.debtos.engine.findings.Severity;
import java.util.List;
import java.util.Locale;

/**
 * The PR comment in Markdown: verdict, counts of added and removed findings by severity, the top
 * {@value #TOP_FINDINGS} added findings with file:line, and the hotspot delta. It starts with a hidden marker so
 * the next push edits this comment instead of adding another. Finding text comes from the analysed code, so it is
 * escaped: a message cannot close the table or inject links or mentions.
 */
public final class CommentMarkdown {
    public static final String MARKER = "<!-- debt-os:pr-report -->";
    static final int TOP_FINDINGS = 10;
    static final int TOP_HOTSPOTS = 5;

    private CommentMarkdown() {
    }

    public static String render(String head, PullRequestDiff diff, QualityGate.Verdict verdict) {
        StringBuilder md = new StringBuilder(MARKER).append('\n');
        md.append("## DEBT-OS quality gate: ").append(verdict.failed() ? "❌ failed" : "✅ passed").append("\n\n");
        md.append("Commit `").append(head, 0, Math.min(12, head.length())).append("` adds **").append(diff.added().size())
                .append("** and removes **").append(diff.removed().size()).append("** debt findings. The gate fails on new ")
                .append(verdict.failOn().key()).append(" or worse findings.\n\n");
        verdict.reasons().forEach(reason -> md.append("- ").append(escape(reason)).append('\n'));
        if (!verdict.reasons().isEmpty()) {
            md.append('\n');
        }
        md.append("| severity | added | removed |\n|---|---:|---:|\n");
        for (Severity severity : Severity.values()) {
            md.append("| ").append(severity.key()).append(" | ").append(count(diff.added(), severity)).append(" | ")
                    .append(count(diff.removed(), severity)).append(" |\n");
        }
        if (!diff.added().isEmpty()) {
            md.append("\n### Top added findings\n\n| severity | rule | where | finding |\n|---|---|---|---|\n");
            diff.added().stream().limit(TOP_FINDINGS).forEach(f -> md.append("| ").append(f.severity().key()).append(" | ")
                    .append(escape(f.ruleKey())).append(" | `").append(code(f.location())).append("` | ")
                    .append(escape(f.message())).append(" |\n"));
            if (diff.added().size() > TOP_FINDINGS) {
                md.append("\n…and ").append(diff.added().size() - TOP_FINDINGS).append(" more.\n");
            }
        }
        if (!diff.hotspotDelta().isEmpty()) {
            md.append("\n### Hotspots that got hotter\n\n| file | before | after |\n|---|---:|---:|\n");
            diff.hotspotDelta().stream().limit(TOP_HOTSPOTS).forEach(h -> md.append("| `").append(code(h.path())).append("` | ")
                    .append(score(h.before())).append(" | ").append(score(h.after())).append(" |\n"));
        }
        return md.toString();
    }

    private static long count(List<FindingView> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    private static String score(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Text in a table cell: no pipes, newlines, HTML, link or mention syntax. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ").replace("<", "&lt;")
                .replace(">", "&gt;").replace("[", "\\[").replace("]", "\\]").replace("@", "@\u200b");
    }

    /** Text inside backticks: backticks and line breaks removed. */
    private static String code(String text) {
        return text.replace("`", "'").replace("|", "\\|").replace("\n", " ");
    }
}
