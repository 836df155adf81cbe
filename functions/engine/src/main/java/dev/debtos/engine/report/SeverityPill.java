package dev.debtos.engine.report;

import dev.debtos.engine.findings.Severity;

/** A small coloured label naming a severity. */
final class SeverityPill {

    private SeverityPill() {
    }

    static void appendTo(Html html, Severity severity) {
        html.element("span", severity.key(), "class", "pill", "style", "background:" + Palette.severity(severity));
    }
}
