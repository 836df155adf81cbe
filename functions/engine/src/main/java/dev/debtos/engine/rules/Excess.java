package dev.debtos.engine.rules;

import dev.debtos.engine.findings.Severity;

/**
 * One scale for every rule that compares a measure with a threshold (complexity, function size, nesting, file size):
 * the severity follows how far past its threshold the measure is, as the ratio measured / threshold. Just over the
 * threshold (under 1.5 times) is low, up to twice medium, from twice high, from four times critical. The ratio also
 * goes with the finding as its {@code excess}, which orders findings of one severity (see scoring).
 */
final class Excess {
    static final double MEDIUM = 1.5;
    static final double HIGH = 2;
    static final double CRITICAL = 4;

    private Excess() {
    }

    static Severity severity(double ratio) {
        return ratio >= CRITICAL ? Severity.CRITICAL : ratio >= HIGH ? Severity.HIGH : ratio >= MEDIUM ? Severity.MEDIUM
                : Severity.LOW;
    }
}
