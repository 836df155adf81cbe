package dev.debtos.engine.report;

import java.util.List;

/**
 * Some lines of a source file around a finding.
 *
 * @param firstLine     1-based number of {@code lines.get(0)}
 * @param highlightFrom first line of the finding's own region shown
 * @param highlightTo   last line of the finding's own region shown
 * @param regionEnd     last line of the finding's region, beyond {@code highlightTo} when the region was cut
 */
record CodeExcerpt(String path, int firstLine, List<String> lines, int highlightFrom, int highlightTo,
                   int regionEnd) {

    boolean clipped() {
        return regionEnd > highlightTo;
    }

    void appendTo(Html html) {
        int last = firstLine + lines.size() - 1;
        html.open("figure", "class", "excerpt");
        html.element("figcaption", path + " · lines " + firstLine + "–" + last, "class", "visually-hidden");
        // A wide line scrolls the excerpt sideways: focusable, so the keyboard can scroll it too.
        html.open("pre", "class", "code", "tabindex", "0");
        for (int i = 0; i < lines.size(); i++) {
            int number = firstLine + i;
            boolean highlighted = number >= highlightFrom && number <= highlightTo;
            html.open("span", "class", highlighted ? "line hl" : "line");
            html.element("span", number, "class", "ln", "aria-hidden", "true");
            html.text(lines.get(i).isEmpty() ? " " : lines.get(i));
            html.close("span");
        }
        if (clipped()) {
            html.element("span", "… the finding continues to line " + regionEnd, "class", "line more");
        }
        html.close("pre").close("figure");
    }
}
