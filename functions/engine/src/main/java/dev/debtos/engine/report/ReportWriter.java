package dev.debtos.engine.report;

import dev.debtos.engine.analysis.AnalysisResult;
import java.io.IOException;
import java.nio.file.Path;

/** Turns one analysis into one report file. Reports name files by their repository-relative paths only. */
public interface ReportWriter {

    /** The file name the scan worker gives this report, e.g. {@code report.sarif}. */
    String fileName();

    /**
     * @param sourceRoot the analysed working tree; read for code excerpts and anchor files, never named in the report
     * @param outputFile replaced whole (written beside it, then moved), its directories created when missing
     */
    void write(AnalysisResult result, Path sourceRoot, Path outputFile) throws IOException;
}
