package dev.debtos.engine.report;

import dev.debtos.engine.findings.Severity;

/** The report's colours: SonarQube's rating colours, one colour per severity, and a heat scale for hotspot scores. */
final class Palette {

    private static final int[][] HEAT = {{0x2e, 0x9e, 0x5b}, {0xf2, 0xc1, 0x2e}, {0xe8, 0x6a, 0x1f}, {0xc6, 0x28, 0x28}};

    private Palette() {
    }

    /** A (green) to E (red), as SonarQube colours its maintainability rating. */
    static String rating(char rating) {
        return switch (rating) {
            case 'A' -> "#00aa00";
            case 'B' -> "#b0d513";
            case 'C' -> "#eabe06";
            case 'D' -> "#ed7d20";
            case 'E' -> "#d4333f";
            default -> "#8a94a6";
        };
    }

    /** Text on a rating badge: dark on the light B and C, white on the others. */
    static String ratingText(char rating) {
        return rating == 'B' || rating == 'C' ? "#1d2433" : "#ffffff";
    }

    /**
     * One colour per severity, dark enough to carry the pills' white 11 px text at WCAG AA (≥ 4.5:1: critical 6.5,
     * high 5.2, medium 5.9, low 6.1, info 5.4), and used as it is for the dots and bars beside them.
     */
    static String severity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "#b3261e";
            case HIGH -> "#c2410c";
            case MEDIUM -> "#8a5a00";
            case LOW -> "#2563a8";
            case INFO -> "#5f6b7a";
        };
    }

    /** 0 → green, through yellow and orange, 1 → red. */
    static String heat(double score) {
        double position = Math.max(0, Math.min(1, score)) * (HEAT.length - 1);
        int from = Math.min((int) position, HEAT.length - 2);
        double t = position - from;
        StringBuilder colour = new StringBuilder("#");
        for (int channel = 0; channel < 3; channel++) {
            int value = (int) Math.round(HEAT[from][channel] + t * (HEAT[from + 1][channel] - HEAT[from][channel]));
            colour.append(String.format("%02x", value));
        }
        return colour.toString();
    }
}
