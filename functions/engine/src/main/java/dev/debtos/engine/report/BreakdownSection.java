package dev.debtos.engine.report;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How the debt splits by severity and by type, as counts with their remediation effort. */
final class BreakdownSection implements HtmlSection {

    private static final String TYPE_COLOUR = "#4a6fa5";

    private final FindingCounts counts;
    private final Map<Severity, Long> minutesBySeverity = new EnumMap<>(Severity.class);
    private final Map<DebtType, Long> minutesByType = new EnumMap<>(DebtType.class);

    BreakdownSection(List<Finding> findings) {
        this.counts = FindingCounts.of(findings);
        for (Finding finding : findings) {
            minutesBySeverity.merge(finding.severity(), (long) finding.remediationMinutes(), Long::sum);
            minutesByType.merge(finding.type(), (long) finding.remediationMinutes(), Long::sum);
        }
    }

    @Override
    public String id() {
        return "breakdown";
    }

    @Override
    public String title() {
        return "Breakdown";
    }

    @Override
    public String lead() {
        return "How many findings there are of each severity and type, and what fixing them costs.";
    }

    @Override
    public void appendBody(Html html) {
        List<BarChart.Bar> severities = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            severities.add(new BarChart.Bar(severity.key(), counts.count(severity),
                    label(counts.count(severity), minutesBySeverity.getOrDefault(severity, 0L)),
                    Palette.severity(severity)));
        }
        List<BarChart.Bar> types = new ArrayList<>();
        counts.byType().entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<DebtType, Integer>comparingByValue().reversed()
                        .thenComparing(entry -> entry.getKey().key()))
                .forEach(entry -> types.add(new BarChart.Bar(DebtTypeText.of(entry.getKey()).title(), entry.getValue(),
                        label(entry.getValue(), minutesByType.getOrDefault(entry.getKey(), 0L)), TYPE_COLOUR)));
        html.open("div", "class", "grid-2");
        html.open("div", "class", "panel").element("h3", "By severity");
        BarChart.appendTo(html, "Findings by severity", severities);
        html.close("div");
        html.open("div", "class", "panel").element("h3", "By type");
        if (types.isEmpty()) {
            html.element("p", "No findings.", "class", "empty");
        } else {
            BarChart.appendTo(html, "Findings by debt type", types);
        }
        html.close("div").close("div");
    }

    private static String label(int count, long minutes) {
        return Html.count(count) + " · " + EffortFormat.of(minutes);
    }
}
