package dev.debtos.engine.analysis;

import dev.debtos.engine.imports.FileImports;
import dev.debtos.engine.imports.ImportExtractor;
import dev.debtos.engine.inventory.InventoryEntry;
import dev.debtos.engine.inventory.SkipReason;
import dev.debtos.engine.inventory.SourceLoader;
import dev.debtos.engine.lexer.Lexers;
import dev.debtos.engine.lexer.TokenStream;
import dev.debtos.engine.metrics.FileMeasurer;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.satd.SatdComment;
import dev.debtos.engine.satd.SatdDetector;
import dev.debtos.engine.source.SourceFile;
import java.util.List;

/**
 * The per-file work of an analysis, done in parallel: read, lex once, measure, find SATD and imports. Either all of it or the
 * reason the file was skipped after reading it (binary, generated, minified).
 */
record MeasuredFile(SourceFile source, TokenStream tokens, FileMetrics metrics, List<SatdComment> satd, FileImports imports,
                    SkipReason skipped) {

    static MeasuredFile of(InventoryEntry entry, MeasurementCache cache) {
        boolean caching = cache != MeasurementCache.NONE;
        SourceLoader.Loaded loaded = SourceLoader.load(entry, caching);
        if (loaded.source() == null) {
            return new MeasuredFile(null, null, null, List.of(), null, loaded.skipped());
        }
        SourceFile source = loaded.source();
        TokenStream tokens = Lexers.lex(source);
        FileMeasurements measured = caching ? cache.find(source.path(), loaded.blobId()) : null;
        if (measured == null) {
            FileMetrics metrics = FileMeasurer.measure(source, tokens);
            measured = new FileMeasurements(metrics, SatdDetector.detect(source.path(), tokens.comments()),
                    ImportExtractor.imports(source, tokens));
        }
        if (caching) {
            cache.measured(source.path(), loaded.blobId(), measured);
        }
        return new MeasuredFile(source, tokens, measured.metrics(), measured.satd(), measured.imports(), null);
    }
}
