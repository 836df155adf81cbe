package dev.debtos.engine.report;

import dev.debtos.engine.analysis.Hotspot;
import java.util.Comparator;
import java.util.List;

/** The hotspot picture and a table of the ten hottest files. */
final class HotspotSection implements HtmlSection {

    private final List<Hotspot> ranked;

    HotspotSection(List<Hotspot> hotspots) {
        this.ranked = hotspots.stream()
                .sorted(Comparator.comparingDouble(Hotspot::score).reversed().thenComparing(Hotspot::path)).toList();
    }

    @Override
    public String id() {
        return "hotspots";
    }

    @Override
    public String title() {
        return "Hotspots";
    }

    @Override
    public String lead() {
        return "Files that change often and are complex cost the most interest: fix debt there first.";
    }

    @Override
    public void appendBody(Html html) {
        if (ranked.isEmpty()) {
            html.element("p", "No hotspots: they need the repository's git history.", "class", "empty");
            return;
        }
        html.open("div", "class", "chart-row");
        html.open("figure", "class", "chart");
        HotspotScatterPlot.appendTo(html, ranked);
        html.open("figcaption", "class", "legend");
        html.text("Bubble size: lines of code. Colour: hotspot score ");
        html.element("span", "", "class", "heat-scale", "aria-hidden", "true");
        html.text(" low to high. Shown: the " + Math.min(ranked.size(), HotspotScatterPlot.MAX_BUBBLES)
                + " hottest of " + ranked.size() + " files.");
        html.close("figcaption").close("figure");
        html.close("div");
        table(html);
    }

    private void table(Html html) {
        html.open("table", "class", "data");
        html.element("caption", "The " + Math.min(HotspotScatterPlot.LABELLED, ranked.size()) + " hottest files");
        html.open("thead").open("tr");
        for (String heading : List.of("#", "File", "Commits", "Churn", "Complexity", "Lines of code", "Main author",
                "Score")) {
            html.element("th", heading, "scope", "col", "class", heading.equals("File") || heading.equals("Main author")
                    ? null : "num");
        }
        html.close("tr").close("thead").open("tbody");
        for (int i = 0; i < Math.min(HotspotScatterPlot.LABELLED, ranked.size()); i++) {
            Hotspot hotspot = ranked.get(i);
            html.open("tr");
            html.element("td", i + 1, "class", "num");
            html.open("td", "class", "path").path(hotspot.path()).close("td");
            html.element("td", Html.count(hotspot.commits()), "class", "num");
            html.element("td", Html.count(hotspot.churn()), "class", "num");
            html.element("td", Html.count(hotspot.complexity()), "class", "num");
            html.element("td", Html.count(hotspot.loc()), "class", "num");
            html.element("td", hotspot.mainAuthor() == null ? "—"
                    : hotspot.mainAuthor() + " (" + Math.round(hotspot.mainAuthorShare() * 100) + " %)");
            html.open("td", "class", "num");
            html.element("span", "", "class", "dot", "style", "background:" + Palette.heat(hotspot.score()));
            html.text(" " + Html.number(hotspot.score(), 2));
            html.close("td");
            html.close("tr");
        }
        html.close("tbody").close("table");
    }
}
