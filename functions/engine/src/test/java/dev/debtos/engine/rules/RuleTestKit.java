package dev.debtos.engine.rules;

import dev.debtos.engine.analysis.Hotspot;
import dev.debtos.engine.duplication.CloneGroup;
import dev.debtos.engine.history.CouplingPair;
import dev.debtos.engine.imports.DependencyCycle;
import dev.debtos.engine.imports.DependencyGraph;
import dev.debtos.engine.imports.FileImports;
import dev.debtos.engine.imports.ImportExtractor;
import dev.debtos.engine.lexer.Lexers;
import dev.debtos.engine.lexer.TokenStream;
import dev.debtos.engine.metrics.FileMeasurer;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.satd.SatdComment;
import dev.debtos.engine.satd.SatdDetector;
import dev.debtos.engine.source.Language;
import dev.debtos.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link RuleContext} from sample sources (measured by the real engine) plus history-like facts. */
final class RuleTestKit {
    private final Map<String, String> files = new LinkedHashMap<>();
    private final List<CloneGroup> clones = new ArrayList<>();
    private final List<DependencyCycle> cycles = new ArrayList<>();
    private final List<Hotspot> hotspots = new ArrayList<>();
    private final List<CouplingPair> coupling = new ArrayList<>();
    private final List<String> extraPaths = new ArrayList<>();
    private final Map<String, String> documents = new LinkedHashMap<>();
    private final Map<String, String> settingsFiles = new HashMap<>();
    private RuleThresholds thresholds = RuleThresholds.defaults();

    RuleTestKit settingsFile(String path, String text) {
        settingsFiles.put(path, text);
        extraPaths.add(path);
        return this;
    }

    RuleTestKit file(String path, String code) {
        files.put(path, code);
        return this;
    }

    /** A Markdown document of the tree. */
    RuleTestKit document(String path, String text) {
        documents.put(path, text);
        return this;
    }

    RuleTestKit paths(String... paths) {
        extraPaths.addAll(List.of(paths));
        return this;
    }

    RuleTestKit clone(CloneGroup group) {
        clones.add(group);
        return this;
    }

    RuleTestKit cycle(String... files) {
        cycles.add(new DependencyCycle(List.of(files)));
        return this;
    }

    RuleTestKit hotspot(String path, int commits, int complexity, double score, String author, double share) {
        hotspots.add(new Hotspot(path, "Java", 100, commits, commits * 20, complexity, 3, author, share, score));
        return this;
    }

    RuleTestKit coupled(String first, String second, int shared, double degree) {
        coupling.add(new CouplingPair(first, second, shared, degree));
        return this;
    }

    RuleTestKit thresholds(Map<String, Number> overrides) {
        thresholds = thresholds.withOverrides(overrides);
        return this;
    }

    RuleContext context() {
        List<FileMetrics> metrics = new ArrayList<>();
        Map<String, SourceFile> sources = new HashMap<>();
        List<SatdComment> satd = new ArrayList<>();
        List<FileImports> imports = new ArrayList<>();
        for (Map.Entry<String, String> entry : files.entrySet()) {
            Language language = Language.byFileName(entry.getKey()).orElseThrow();
            SourceFile source = new SourceFile(entry.getKey(), language, entry.getValue().toCharArray());
            TokenStream tokens = Lexers.lex(source);
            metrics.add(FileMeasurer.measure(source, tokens));
            sources.put(source.path(), source);
            satd.addAll(SatdDetector.detect(source.path(), tokens.comments()));
            imports.add(ImportExtractor.imports(source, tokens));
        }
        List<String> allPaths = new ArrayList<>(files.keySet());
        allPaths.addAll(extraPaths);
        allPaths.addAll(documents.keySet());
        return new RuleContext(metrics, sources, clones, cycles, satd, hotspots, coupling, allPaths, thresholds,
                dev.debtos.engine.inventory.FileRoles.conventions(), settingsFiles, documents, DependencyGraph.of(imports).edges());
    }
}
