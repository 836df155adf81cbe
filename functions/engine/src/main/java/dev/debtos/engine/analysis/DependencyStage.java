package dev.debtos.engine.analysis;

import dev.debtos.engine.imports.DependencyGraph;
import dev.debtos.engine.imports.FileImports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Import graph of the measured files (Go modules resolved through their go.mod) and its cycles. */
final class DependencyStage implements AnalysisStage {

    @Override
    public String name() {
        return "dependencies";
    }

    @Override
    public void run(AnalysisContext context) {
        context.progress().update(name(), 0, 1);
        DependencyGraph graph = graph(context.root(), context.imports(), context.allPaths());
        context.cycles(graph.cycles());
        context.dependencies(graph.edges());
        context.progress().update(name(), 1, 1);
    }

    private static DependencyGraph graph(Path root, List<FileImports> imports, List<String> allPaths) {
        Map<String, String> goModules = new HashMap<>();
        for (String path : allPaths) {
            if (path.equals("go.mod") || path.endsWith("/go.mod")) {
                try {
                    goModules.put(path, Files.readString(root.resolve(path)));
                } catch (IOException e) {
                    // an unreadable go.mod only means that module's imports stay unresolved
                }
            }
        }
        return DependencyGraph.of(imports, goModules);
    }
}
