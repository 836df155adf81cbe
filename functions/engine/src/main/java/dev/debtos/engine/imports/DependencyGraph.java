package dev.debtos.engine.imports;

import dev.debtos.engine.source.Language;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which repository files import which (external libraries ignored), and the import cycles among them. Java and
 * Kotlin, JavaScript and TypeScript and Python are graphed file to file. Go is graphed package to package, since Go
 * imports packages (directories) and forbids cycles between them: a Go cycle lists every file of the packages in it.
 */
public final class DependencyGraph {
    private final Map<String, SortedSet<String>> edges;
    private final List<DependencyCycle> cycles;

    private DependencyGraph(Map<String, SortedSet<String>> edges, List<DependencyCycle> cycles) {
        this.edges = edges;
        this.cycles = cycles;
    }

    public static DependencyGraph of(Collection<FileImports> files) {
        return of(files, Map.of());
    }

    /** @param goModFiles path of each go.mod in the repository to its content (Go imports resolve through them) */
    public static DependencyGraph of(Collection<FileImports> files, Map<String, String> goModFiles) {
        RepositoryFiles repository = new RepositoryFiles(files.stream().map(FileImports::path).toList());
        Map<Language, ImportResolver> resolvers = new EnumMap<>(Language.class);
        JvmImportResolver jvm = new JvmImportResolver(files);
        ScriptImportResolver scripts = new ScriptImportResolver(repository);
        resolvers.put(Language.JAVA, jvm);
        resolvers.put(Language.KOTLIN, jvm);
        resolvers.put(Language.JAVASCRIPT, scripts);
        resolvers.put(Language.TYPESCRIPT, scripts);
        resolvers.put(Language.PYTHON, new PythonImportResolver(repository));
        resolvers.put(Language.GO, new GoImportResolver(files, goModFiles));
        Map<String, SortedSet<String>> edges = new TreeMap<>();
        for (FileImports file : files) {
            ImportResolver resolver = resolvers.get(file.language());
            Set<String> targets = new HashSet<>(); // wildcard imports repeat targets: sort once, at the end
            for (String specifier : resolver == null ? List.<String>of() : file.specifiers()) {
                targets.addAll(resolver.resolve(file, specifier));
            }
            targets.remove(file.path());
            if (!targets.isEmpty()) {
                edges.put(file.path(), Collections.unmodifiableSortedSet(new TreeSet<>(targets)));
            }
        }
        return new DependencyGraph(Collections.unmodifiableMap(edges), cycles(files, edges));
    }

    /** Every file that imports at least one repository file, to the files it imports. */
    public Map<String, SortedSet<String>> edges() {
        return edges;
    }

    public SortedSet<String> dependenciesOf(String path) {
        return edges.getOrDefault(path, Collections.emptySortedSet());
    }

    /** Strongly connected components of more than one node: files sorted in each, largest cycle first. */
    public List<DependencyCycle> cycles() {
        return cycles;
    }

    private static List<DependencyCycle> cycles(Collection<FileImports> files, Map<String, SortedSet<String>> edges) {
        Map<String, Integer> nodeOfFile = new HashMap<>();
        Map<String, Integer> nodeIds = new LinkedHashMap<>();
        List<List<String>> filesOfNode = new ArrayList<>();
        for (FileImports file : files) {
            String node = file.language() == Language.GO ? "go:" + GoImportResolver.packageOf(file) : file.path();
            int id = nodeIds.computeIfAbsent(node, key -> {
                filesOfNode.add(new ArrayList<>());
                return nodeIds.size();
            });
            filesOfNode.get(id).add(file.path());
            nodeOfFile.put(file.path(), id);
        }
        List<Set<Integer>> successors = new ArrayList<>();
        filesOfNode.forEach(node -> successors.add(new LinkedHashSet<>()));
        edges.forEach((from, targets) -> targets.forEach(to -> successors.get(nodeOfFile.get(from)).add(nodeOfFile.get(to))));
        int[][] graph = successors.stream().map(set -> set.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        List<DependencyCycle> cycles = new ArrayList<>();
        for (int[] component : StronglyConnectedComponents.of(graph)) {
            if (component.length > 1) {
                TreeSet<String> cycleFiles = new TreeSet<>();
                for (int node : component) {
                    cycleFiles.addAll(filesOfNode.get(node));
                }
                cycles.add(new DependencyCycle(List.copyOf(cycleFiles)));
            }
        }
        cycles.sort(Comparator.comparingInt((DependencyCycle cycle) -> cycle.files().size()).reversed()
                .thenComparing(cycle -> cycle.files().getFirst()));
        return List.copyOf(cycles);
    }
}
