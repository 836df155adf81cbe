package dev.debtos.engine.report;

import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.analysis.DebtScore;
import dev.debtos.engine.findings.Severity;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The top of report.html: which repository and commit, the debt rating, and the figures that matter most. */
final class ReportHeader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final String RATINGS = "ABCDE";

    private ReportHeader() {
    }

    static void appendTo(Html html, AnalysisResult result, FindingCounts counts) {
        DebtScore score = result.score();
        char rating = score == null ? '?' : score.rating();
        html.open("header", "class", "overview");
        html.open("div", "class", "title-row");
        html.open("div");
        html.element("p", "Technical debt report", "class", "eyebrow");
        html.element("h1", result.root());
        html.open("p", "class", "muted run-line");
        if (result.commit() != null) {
            html.text("commit ").element("code", shortCommit(result.commit()), "title", result.commit()).text(" · ");
        }
        html.text("analysed " + (result.analyzedAt() == null ? "—" : DATE.format(result.analyzedAt())));
        html.close("p").close("div");
        html.close("div");

        html.open("div", "class", "kpis");
        html.open("div", "class", "kpi rating-kpi");
        html.element("span", String.valueOf(rating), "class", "rating-badge", "role", "img", "aria-label",
                "Debt rating " + rating, "style", "background:" + Palette.rating(rating) + ";color:"
                        + Palette.ratingText(rating));
        html.open("div").element("span", "Debt rating", "class", "kpi-label");
        ratingScale(html, rating);
        html.element("span", "A best, E worst", "class", "kpi-hint").close("div");
        html.close("div");
        kpi(html, "Debt ratio", score == null ? "—" : Html.number(score.debtRatio() * 100, 1) + " %",
                "remediation ÷ cost to write the code");
        long minutes = score == null ? counts.remediationMinutes() : score.remediationMinutes();
        kpi(html, "Remediation effort", EffortFormat.of(minutes), Html.count(minutes) + " min, 8-hour days");
        kpi(html, "Findings", Html.count(counts.total()), counts.count(Severity.CRITICAL) + counts.count(Severity.HIGH)
                + " critical or high" + (result.suppressed().isEmpty() ? "" : " · " + Html.count(result.suppressed().size())
                + " suppressed"));
        long codeLines = score == null ? result.files().stream().mapToLong(f -> f.codeLines()).sum() : score.codeLines();
        kpi(html, "Code lines", Html.count(codeLines), Html.count(result.files().size()) + " files measured");
        html.close("div");

        html.open("ul", "class", "severity-strip", "aria-label", "Findings by severity");
        for (Severity severity : Severity.values()) {
            html.open("li");
            SeverityPill.appendTo(html, severity);
            html.text(" ").element("strong", Html.count(counts.count(severity)));
            html.close("li");
        }
        html.close("ul");
        html.close("header");
    }

    private static void kpi(Html html, String label, String value, String hint) {
        html.open("div", "class", "kpi");
        html.element("span", label, "class", "kpi-label");
        html.element("span", value, "class", "kpi-value");
        html.element("span", hint, "class", "kpi-hint");
        html.close("div");
    }

    /** SonarQube's five letters side by side, the repository's own raised. */
    private static void ratingScale(Html html, char rating) {
        html.open("ol", "class", "rating-scale", "aria-label", "Rating scale, A best to E worst");
        for (char letter : RATINGS.toCharArray()) {
            html.element("li", String.valueOf(letter), "class", letter == rating ? "current" : null, "style",
                    "background:" + Palette.rating(letter) + ";color:" + Palette.ratingText(letter),
                    "aria-current", letter == rating ? "true" : null);
        }
        html.close("ol");
    }

    private static String shortCommit(String commit) {
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }
}
