package dev.debtos.engine.report;

import dev.debtos.engine.duplication.CloneGroup;
import dev.debtos.engine.duplication.CloneLocation;
import java.util.Comparator;
import java.util.List;

/** The largest groups of duplicated code and where each copy lives. */
final class DuplicationSection implements HtmlSection {

    static final int SHOWN = 15;

    private final List<CloneGroup> groups;
    private final long duplicatedLines;

    DuplicationSection(List<CloneGroup> clones) {
        this.groups = clones.stream().sorted(Comparator.comparingInt(CloneGroup::tokens).reversed()).toList();
        this.duplicatedLines = clones.stream()
                .mapToLong(group -> (long) group.lines() * Math.max(0, group.locations().size() - 1)).sum();
    }

    @Override
    public String id() {
        return "duplication";
    }

    @Override
    public String title() {
        return "Duplication";
    }

    @Override
    public String lead() {
        return Html.count(groups.size()) + " groups of copies; about " + Html.count(duplicatedLines)
                + " lines would go if each group were one shared piece of code.";
    }

    @Override
    public void appendBody(Html html) {
        if (groups.isEmpty()) {
            html.element("p", "No duplicated code found.", "class", "empty");
            return;
        }
        html.open("table", "class", "data");
        html.element("caption", "The " + Math.min(SHOWN, groups.size()) + " largest clone groups", "class",
                "visually-hidden");
        html.open("thead").open("tr");
        html.element("th", "Tokens", "scope", "col", "class", "num");
        html.element("th", "Lines", "scope", "col", "class", "num");
        html.element("th", "Copies", "scope", "col", "class", "num");
        html.element("th", "Locations", "scope", "col");
        html.close("tr").close("thead").open("tbody");
        for (CloneGroup group : groups.stream().limit(SHOWN).toList()) {
            html.open("tr");
            html.element("td", Html.count(group.tokens()), "class", "num");
            html.element("td", Html.count(group.lines()), "class", "num");
            html.element("td", group.locations().size(), "class", "num");
            html.open("td").open("ul", "class", "plain");
            for (CloneLocation location : group.locations()) {
                html.open("li", "class", "path")
                        .path(LocationText.of(location.path(), location.startLine(), location.endLine())).close("li");
            }
            html.close("ul").close("td").close("tr");
        }
        html.close("tbody").close("table");
        if (groups.size() > SHOWN) {
            html.element("p", (groups.size() - SHOWN) + " smaller groups are in report.json.", "class", "muted");
        }
    }
}
