package dev.debtos.engine.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear axis from 0 to a round maximum, with 4–6 ticks at 1, 2 or 5 × 10ⁿ steps, mapped onto a pixel range.
 *
 * @param max    the axis's top value, a whole number of steps
 * @param step   the distance between ticks
 * @param pixels the length of the axis on screen
 */
record AxisScale(double max, double step, double pixels) {

    static AxisScale upTo(double largestValue, double pixels) {
        double rough = Math.max(largestValue, 1) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = magnitude;
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            step = factor * magnitude;
            if (step >= rough) {
                break;
            }
        }
        double max = Math.ceil(Math.max(largestValue, 1) / step) * step;
        return new AxisScale(max, step, pixels);
    }

    /** Distance in pixels from the axis's origin. */
    double position(double value) {
        return Math.max(0, Math.min(value, max)) / max * pixels;
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (double value = 0; value <= max + step / 2; value += step) {
            ticks.add(value);
        }
        return ticks;
    }

    /** {@code 2500} → {@code 2.5k}, {@code 40} → {@code 40}. */
    static String label(double value) {
        if (value >= 1_000_000) {
            return trim(value / 1_000_000) + "M";
        }
        if (value >= 1_000) {
            return trim(value / 1_000) + "k";
        }
        return trim(value);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Html.number(value, 1);
    }
}
