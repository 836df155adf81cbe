package dev.debtos.engine.report;

import dev.debtos.engine.findings.Severity;

/** How a severity reads in SARIF. */
final class SarifLevel {

    private SarifLevel() {
    }

    /** critical and high → error, medium → warning, low and info → note. */
    static String of(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    /** GitHub's {@code problem.severity} of a rule whose worst finding has this severity: error, warning, recommendation. */
    static String problemSeverity(Severity severity) {
        return switch (of(severity)) {
            case "error" -> "error";
            case "warning" -> "warning";
            default -> "recommendation";
        };
    }

    /**
     * GitHub's {@code security-severity} score (0.1–10.0; it reads 9.0 and over as critical, 7.0–8.9 high,
     * 4.0–6.9 medium, 0.1–3.9 low), chosen in the middle of each band.
     */
    static String securitySeverity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
            case INFO -> "1.0";
        };
    }
}
