package dev.debtos.engine.analysis;

import dev.debtos.engine.ProgressListener;
import dev.debtos.engine.history.BlameLookup;
import dev.debtos.engine.history.HistoryMiner;
import dev.debtos.engine.history.HistoryOptions;
import dev.debtos.engine.history.HistoryReport;
import dev.debtos.engine.history.LineOrigin;
import dev.debtos.engine.satd.SatdComment;
import dev.debtos.engine.scoring.Scoring;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Git history when the tree is a repository and history is wanted: churn, authors, coupling and the hotspots they
 * make; then blame for the SATD comments. Blame costs a file's whole history, so only the first
 * {@value #MAX_BLAMED_FILES} files with SATD are blamed; the rest keep their comments without author.
 */
final class HistoryStage implements AnalysisStage {
    static final int MAX_BLAMED_FILES = 200;

    @Override
    public String name() {
        return "history";
    }

    @Override
    public void run(AnalysisContext context) {
        HistoryReport history = mine(context.root(), context.options().history(), context.progress());
        context.history(history, Scoring.hotspots(context.files(), history));
        context.satd(attribute(context.root(), history, context.satd(), context.progress()));
    }

    private static HistoryReport mine(Path root, HistoryOptions options, ProgressListener progress) {
        if (options == null || !Files.exists(root.resolve(".git"))) {
            return null;
        }
        try {
            return new HistoryMiner().mine(root, options, progress);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the git history failed", e);
        }
    }

    private static List<SatdComment> attribute(Path root, HistoryReport history, List<SatdComment> satd,
                                               ProgressListener progress) {
        if (history == null || satd.isEmpty()) {
            return satd;
        }
        List<SatdComment> attributed = new ArrayList<>(satd.size());
        Set<String> blamed = new HashSet<>();
        try (BlameLookup blame = BlameLookup.open(root)) {
            for (SatdComment comment : satd) {
                progress.update("blame", attributed.size(), satd.size());
                boolean allowed = blamed.contains(comment.path()) || blamed.size() < MAX_BLAMED_FILES && blamed.add(comment.path());
                Optional<LineOrigin> origin = allowed ? blame.origin(comment.path(), comment.line()) : Optional.empty();
                attributed.add(origin.map(o -> new SatdComment(comment.path(), comment.line(), comment.marker(),
                        comment.category(), comment.text(), o.authorName(), o.commitTime())).orElse(comment));
            }
        }
        progress.update("blame", satd.size(), satd.size());
        return attributed;
    }
}
