package dev.debtos.engine.report;

import dev.debtos.engine.findings.Finding;
import java.util.List;
import java.util.Optional;

/** The findings to fix first, by priority, each with the code it is about. */
final class TopDebtSection implements HtmlSection {

    static final int SHOWN = 25;

    private final List<Finding> top;
    private final int total;
    private final SourceExcerpts excerpts;

    TopDebtSection(List<Finding> findings, SourceExcerpts excerpts) {
        this.top = FindingRanking.top(findings, SHOWN);
        this.total = findings.size();
        this.excerpts = excerpts;
    }

    @Override
    public String id() {
        return "top-debt";
    }

    @Override
    public String title() {
        return "Top debt";
    }

    @Override
    public String lead() {
        return "The " + top.size() + " findings with the highest priority (interest × severity × how far past its"
                + " threshold) of " + Html.count(total) + ", with the code they point at.";
    }

    @Override
    public void appendBody(Html html) {
        if (top.isEmpty()) {
            html.element("p", "No findings: nothing to fix.", "class", "empty");
            return;
        }
        html.open("table", "class", "data findings");
        html.element("caption", "Top " + top.size() + " findings by priority", "class", "visually-hidden");
        html.open("colgroup");
        for (String width : List.of("9%", "18%", "24%", "41%", "8%")) {
            html.empty("col", "style", "width:" + width);
        }
        html.close("colgroup");
        html.open("thead").open("tr");
        for (String heading : List.of("Severity", "Rule", "Location", "Message", "Effort")) {
            html.element("th", heading, "scope", "col", "class", heading.equals("Effort") ? "num" : null);
        }
        html.close("tr").close("thead");
        for (Finding finding : top) {
            html.open("tbody", "class", "finding");
            html.open("tr");
            html.open("td");
            SeverityPill.appendTo(html, finding.severity());
            html.close("td");
            html.open("td").element("span", finding.ruleKey(), "class", "rule")
                    .element("span", DebtTypeText.of(finding.type()).title(), "class", "muted block").close("td");
            html.open("td");
            LocationText.appendTo(html, finding.path(), finding.startLine(), finding.endLine());
            html.close("td");
            html.element("td", finding.message());
            html.element("td", EffortFormat.of(finding.remediationMinutes()), "class", "num");
            html.close("tr");
            Optional<CodeExcerpt> excerpt = excerpts.around(finding.path(), finding.startLine(), finding.endLine());
            if (excerpt.isPresent()) {
                html.open("tr", "class", "excerpt-row").open("td", "colspan", "5");
                excerpt.get().appendTo(html);
                html.close("td").close("tr");
            }
            html.close("tbody");
        }
        html.close("table");
    }
}
