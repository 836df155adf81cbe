package dev.debtos.engine.report;

import java.util.List;

/** A horizontal bar chart in SVG: one labelled bar per row, its value written after it. */
final class BarChart {

    /** One bar; {@code valueText} is what is written after it (a count, an effort, a duration). */
    record Bar(String label, double value, String valueText, String colour) {
    }

    /** Drawn 520 units wide and scaled by CSS to its panel, so text keeps about its size. */
    private static final int WIDTH = 520;
    private static final int ROW = 26;
    private static final int LABEL_WIDTH = 160;
    private static final int VALUE_WIDTH = 100;

    private BarChart() {
    }

    static void appendTo(Html html, String title, List<Bar> bars) {
        int width = WIDTH;
        double largest = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        int barSpace = width - LABEL_WIDTH - VALUE_WIDTH;
        int height = Math.max(1, bars.size()) * ROW + 4;
        html.open("svg", "class", "bars", "role", "img", "width", String.valueOf(width), "height",
                String.valueOf(height), "viewBox", "0 0 " + width + " " + height, "xmlns", "http://www.w3.org/2000/svg");
        html.element("title", title);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW + 2;
            double length = largest <= 0 ? 0 : Math.max(bar.value() > 0 ? 2 : 0, bar.value() / largest * barSpace);
            html.open("g");
            html.element("title", bar.label() + ": " + bar.valueText());
            html.element("text", shorten(bar.label()), "x", String.valueOf(LABEL_WIDTH - 10), "y",
                    String.valueOf(y + 17), "text-anchor", "end", "class", "bar-label");
            html.empty("rect", "x", String.valueOf(LABEL_WIDTH), "y", String.valueOf(y + 4), "width",
                    Html.number(barSpace, 0), "height", "16", "rx", "3", "class", "bar-track");
            html.empty("rect", "x", String.valueOf(LABEL_WIDTH), "y", String.valueOf(y + 4), "width",
                    Html.number(length, 1), "height", "16", "rx", "3", "fill", bar.colour());
            html.element("text", bar.valueText(), "x", String.valueOf(LABEL_WIDTH + barSpace + 8), "y",
                    String.valueOf(y + 17), "class", "bar-value");
            html.close("g");
        }
        html.close("svg");
    }

    private static String shorten(String label) {
        return label.length() <= 24 ? label : label.substring(0, 23) + "…";
    }
}
