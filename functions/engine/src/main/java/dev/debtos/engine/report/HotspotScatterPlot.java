package dev.debtos.engine.report;

import dev.debtos.engine.analysis.Hotspot;
import java.util.Comparator;
import java.util.List;

/**
 * CodeScene's hotspot picture in hand-written SVG: churn across, complexity up, one bubble per file sized by its lines
 * of code and coloured by its hotspot score; the top ten by score are named. Each bubble's tooltip gives its numbers.
 */
final class HotspotScatterPlot {

    static final int WIDTH = 1080;
    static final int HEIGHT = 470;
    static final int MAX_BUBBLES = 300;
    static final int LABELLED = 10;
    private static final int LEFT = 72;
    private static final int RIGHT = 24;
    private static final int TOP = 18;
    private static final int BOTTOM = 58;
    private static final String ZONE_LABEL = "HOTSPOT ZONE: high churn × high complexity";

    private HotspotScatterPlot() {
    }

    /** @param ranked hotspots by score, highest first */
    static void appendTo(Html html, List<Hotspot> ranked) {
        List<Hotspot> shown = ranked.stream().limit(MAX_BUBBLES).toList();
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        AxisScale x = AxisScale.upTo(shown.stream().mapToInt(Hotspot::churn).max().orElse(1), plotWidth);
        AxisScale y = AxisScale.upTo(shown.stream().mapToInt(Hotspot::complexity).max().orElse(1), plotHeight);
        int largestLoc = Math.max(1, shown.stream().mapToInt(Hotspot::loc).max().orElse(1));

        html.open("svg", "class", "scatter", "role", "img", "aria-labelledby", "hotspot-chart-title hotspot-chart-desc",
                "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "width", String.valueOf(WIDTH), "height", String.valueOf(HEIGHT),
                "xmlns", "http://www.w3.org/2000/svg");
        html.element("title", "Hotspots: churn against complexity", "id", "hotspot-chart-title");
        html.element("desc", description(ranked), "id", "hotspot-chart-desc");
        html.open("g", "transform", "translate(" + LEFT + "," + TOP + ")");
        html.empty("rect", "x", Html.number(plotWidth / 2, 1), "y", "0", "width", Html.number(plotWidth / 2, 1),
                "height", Html.number(plotHeight / 2, 1), "class", "zone");
        ChartLabels labels = new ChartLabels(plotWidth, plotHeight);
        ChartLabels.Placement zoneLabel = new ChartLabels.Placement(plotWidth - 8, plotHeight / 2 - 8, "end");
        labels.reserve(ZONE_LABEL, zoneLabel);
        html.element("text", ZONE_LABEL, "x", Html.number(zoneLabel.x(), 1), "y", Html.number(zoneLabel.y(), 1),
                "text-anchor", "end", "class", "zone-label");
        axes(html, x, y, plotWidth, plotHeight);
        List<Hotspot> bySize = shown.stream().sorted(Comparator.comparingInt(Hotspot::loc).reversed()).toList();
        for (Hotspot hotspot : bySize) {
            double cx = x.position(hotspot.churn());
            double cy = plotHeight - y.position(hotspot.complexity());
            html.open("circle", "cx", Html.number(cx, 1), "cy", Html.number(cy, 1), "r",
                    Html.number(radius(hotspot, largestLoc), 1), "fill", Palette.heat(hotspot.score()), "class", "bubble");
            html.element("title", tooltip(hotspot));
            html.close("circle");
        }
        for (int rank = 0; rank < Math.min(LABELLED, shown.size()); rank++) {
            Hotspot hotspot = shown.get(rank);
            double cx = x.position(hotspot.churn());
            double cy = plotHeight - y.position(hotspot.complexity());
            String text = (rank + 1) + " " + fileName(hotspot.path());
            ChartLabels.Placement at = labels.place(text, cx, cy, radius(hotspot, largestLoc));
            html.element("text", text, "x", Html.number(at.x(), 1), "y", Html.number(at.y(), 1), "text-anchor",
                    at.anchor(), "class", "bubble-label");
        }
        html.close("g").close("svg");
    }

    private static void axes(Html html, AxisScale x, AxisScale y, double plotWidth, double plotHeight) {
        for (double tick : x.ticks()) {
            String px = Html.number(x.position(tick), 1);
            html.empty("line", "x1", px, "x2", px, "y1", "0", "y2", Html.number(plotHeight, 1), "class", "grid");
            html.element("text", AxisScale.label(tick), "x", px, "y", Html.number(plotHeight + 18, 1), "text-anchor",
                    "middle", "class", "tick");
        }
        for (double tick : y.ticks()) {
            String py = Html.number(plotHeight - y.position(tick), 1);
            html.empty("line", "x1", "0", "x2", Html.number(plotWidth, 1), "y1", py, "y2", py, "class", "grid");
            html.element("text", AxisScale.label(tick), "x", "-8", "y", py, "dy", "4", "text-anchor", "end",
                    "class", "tick");
        }
        html.empty("line", "x1", "0", "x2", Html.number(plotWidth, 1), "y1", Html.number(plotHeight, 1), "y2",
                Html.number(plotHeight, 1), "class", "axis");
        html.empty("line", "x1", "0", "x2", "0", "y1", "0", "y2", Html.number(plotHeight, 1), "class", "axis");
        html.element("text", "Churn (lines added + deleted in the history window)", "x", Html.number(plotWidth / 2, 1),
                "y", Html.number(plotHeight + 44, 1), "text-anchor", "middle", "class", "axis-title");
        html.element("text", "Complexity (sum of cyclomatic)", "transform",
                "translate(-52," + Html.number(plotHeight / 2, 1) + ") rotate(-90)", "text-anchor", "middle",
                "class", "axis-title");
    }

    private static double radius(Hotspot hotspot, int largestLoc) {
        return 4 + 20 * Math.sqrt(Math.max(0, hotspot.loc()) / (double) largestLoc);
    }

    private static String tooltip(Hotspot hotspot) {
        return hotspot.path() + "\nchurn " + Html.count(hotspot.churn()) + " lines in " + hotspot.commits()
                + " commits · complexity " + hotspot.complexity() + " · " + Html.count(hotspot.loc()) + " lines of code"
                + " · score " + Html.number(hotspot.score(), 2);
    }

    private static String description(List<Hotspot> ranked) {
        if (ranked.isEmpty()) {
            return "No files plotted.";
        }
        Hotspot top = ranked.getFirst();
        return ranked.size() + " files plotted. The top hotspot is " + top.path() + " with churn " + top.churn()
                + " and complexity " + top.complexity() + ".";
    }

    static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
