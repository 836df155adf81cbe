package dev.debtos.engine.report;

import dev.debtos.engine.satd.SatdComment;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Comments in which developers admit debt (TODO, FIXME, HACK …), listed by file. */
final class SatdSection implements HtmlSection {

    static final int SHOWN = 100;

    private final List<SatdComment> comments;

    SatdSection(List<SatdComment> satd) {
        this.comments = satd.stream()
                .sorted(Comparator.comparing(SatdComment::path).thenComparingInt(SatdComment::line)).toList();
    }

    @Override
    public String id() {
        return "satd";
    }

    @Override
    public String title() {
        return "Self-admitted debt";
    }

    @Override
    public String lead() {
        return Html.count(comments.size()) + " comments in which a developer wrote that something needs fixing.";
    }

    @Override
    public void appendBody(Html html) {
        if (comments.isEmpty()) {
            html.element("p", "No TODO, FIXME or HACK comments found.", "class", "empty");
            return;
        }
        html.open("table", "class", "data");
        html.element("caption", "Self-admitted technical debt comments", "class", "visually-hidden");
        html.open("thead").open("tr");
        for (String heading : List.of("Marker", "Category", "Location", "Comment", "Author")) {
            html.element("th", heading, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (SatdComment comment : comments.stream().limit(SHOWN).toList()) {
            html.open("tr");
            html.open("td").element("span", comment.marker(), "class", "tag").close("td");
            html.element("td", comment.category() == null ? "—" : comment.category().name().toLowerCase(Locale.ROOT));
            html.open("td", "class", "path").path(LocationText.of(comment.path(), comment.line(), comment.line()))
                    .close("td");
            html.element("td", comment.text(), "class", "comment");
            html.element("td", comment.author() == null ? "—" : comment.author());
            html.close("tr");
        }
        html.close("tbody").close("table");
        if (comments.size() > SHOWN) {
            html.element("p", (comments.size() - SHOWN) + " more are in report.json.", "class", "muted");
        }
    }
}
