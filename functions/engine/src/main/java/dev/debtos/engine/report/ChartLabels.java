package dev.debtos.engine.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Places short text labels next to points without letting them overlap each other or leave the plot: each label tries
 * right of its point, then left, above and below, and takes the first free place (or the first place if none is free).
 */
final class ChartLabels {

    /** Where a label goes: its text's anchor point and SVG {@code text-anchor}. */
    record Placement(double x, double y, String anchor) {
    }

    private record Box(double left, double top, double right, double bottom) {

        boolean overlaps(Box other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }
    }

    private static final double CHAR_WIDTH = 6.4;
    private static final double HEIGHT = 13;

    private final double width;
    private final double height;
    private final List<Box> taken = new ArrayList<>();

    ChartLabels(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** Keeps other labels off a fixed piece of text, such as a zone's name. */
    void reserve(String text, Placement placement) {
        taken.add(boxOf(placement, text.length() * CHAR_WIDTH));
    }

    Placement place(String text, double x, double y, double radius) {
        double textWidth = text.length() * CHAR_WIDTH;
        double gap = radius + 4;
        Placement[] options = {
            new Placement(x + gap, y + 4, "start"),
            new Placement(x - gap, y + 4, "end"),
            new Placement(x, y - gap - 2, "middle"),
            new Placement(x, y + gap + 11, "middle"),
        };
        Placement fallback = null;
        for (Placement option : options) {
            Box box = boxOf(option, textWidth);
            boolean inside = box.left >= 0 && box.right <= width && box.top >= 0 && box.bottom <= height;
            if (!inside) {
                continue;
            }
            fallback = fallback == null ? option : fallback;
            if (taken.stream().noneMatch(box::overlaps)) {
                taken.add(box);
                return option;
            }
        }
        Placement chosen = fallback == null ? options[1] : fallback;
        taken.add(boxOf(chosen, textWidth));
        return chosen;
    }

    private static Box boxOf(Placement placement, double textWidth) {
        double left = switch (placement.anchor()) {
            case "start" -> placement.x();
            case "end" -> placement.x() - textWidth;
            default -> placement.x() - textWidth / 2;
        };
        return new Box(left, placement.y() - HEIGHT + 3, left + textWidth, placement.y() + 3);
    }
}
