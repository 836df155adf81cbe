package dev.debtos.engine.report;

/** One titled part of report.html; the page lists every section in its navigation bar. */
interface HtmlSection {

    /** The fragment identifier: {@code report.html#hotspots}. */
    String id();

    String title();

    /** One sentence under the title saying what the section shows. */
    String lead();

    void appendBody(Html html);
}
