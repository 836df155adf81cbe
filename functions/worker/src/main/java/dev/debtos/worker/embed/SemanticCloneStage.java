package dev.debtos.worker.embed;

import dev.debtos.engine.analysis.AnalysisContext;
import dev.debtos.engine.analysis.AnalysisStage;
import dev.debtos.engine.duplication.CloneGroup;
import dev.debtos.engine.duplication.CloneLocation;
import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.FindingLocation;
import dev.debtos.engine.findings.Fingerprints;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.source.SourceFile;
import dev.debtos.platform.embeddings.ChunkVectorStore;
import dev.debtos.platform.embeddings.ChunkVectorStore.FunctionVector;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Semantic clones: functions whose embeddings are within {@link #MIN_SIMILARITY} of each other, that token clone
 * detection did not already report (no copy overlapping a reported clone group's copy), and whose normalised token
 * shapes agree ({@link TokenShapes}, at least {@link #MIN_SHAPE_SIMILARITY}) so that two functions merely about the
 * same thing are not called copies. Each group of such functions is one {@code duplication} finding
 * ({@value #RULE_KEY}) at its first function, the others as related locations. Runs after the embed stage, from the
 * repository's stored function vectors; candidate pairs come from {@link SimilarPairs} (random-hyperplane hashing),
 * so a large repository is not compared pair by pair.
 */
public final class SemanticCloneStage implements AnalysisStage {
    public static final String NAME = "semantic";
    public static final String RULE_KEY = "DEBT-SEMANTIC-CLONE-001";
    /** Below this many lines a function is too small to be worth reporting as a copy (accessors, delegations). */
    static final int MIN_LINES = 6;
    /**
     * Measured with all-MiniLM-L6-v2 ({@code SemanticClonesIT}): a mean computed in other words 0.80 from the original,
     * a renamed copy of a longer function 0.76; different functions of one file up to 0.62.
     */
    static final double MIN_SIMILARITY = 0.75;
    static final double MIN_SHAPE_SIMILARITY = 0.6;

    private final ChunkVectorStore store;
    private final String model;
    private final UUID repositoryId;

    public SemanticCloneStage(ChunkVectorStore store, String model, UUID repositoryId) {
        this.store = store;
        this.model = model;
        this.repositoryId = repositoryId;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(AnalysisContext context) {
        context.progress().update(NAME, 0, 1);
        List<FunctionVector> functions;
        try {
            functions = store.functions(repositoryId, model, MIN_LINES);
        } catch (SQLException e) {
            throw new IllegalStateException("reading function embeddings failed: " + e.getMessage(), e);
        }
        functions = functions.stream().filter(f -> context.sources().containsKey(f.path()))
                .filter(f -> !reportedByTokens(f, context.clones())).toList();
        int[] parent = new int[functions.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, String> shapes = new java.util.HashMap<>();
        for (int[] pair : SimilarPairs.find(functions.stream().map(FunctionVector::vector).toList(), MIN_SIMILARITY)) {
            FunctionVector a = functions.get(pair[0]);
            FunctionVector b = functions.get(pair[1]);
            if (overlap(a, b)) {
                continue;
            }
            String shapeA = shapes.computeIfAbsent(key(a), k -> TokenShapes.of(text(context, a)));
            String shapeB = shapes.computeIfAbsent(key(b), k -> TokenShapes.of(text(context, b)));
            if (TokenShapes.similarity(shapeA, shapeB) >= MIN_SHAPE_SIMILARITY) {
                parent[root(parent, pair[0])] = root(parent, pair[1]);
            }
        }
        Map<Integer, List<FunctionVector>> groups = new TreeMap<>();
        for (int i = 0; i < parent.length; i++) {
            groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(functions.get(i));
        }
        List<Finding> findings = new ArrayList<>();
        for (List<FunctionVector> group : groups.values()) {
            if (group.size() > 1) {
                findings.add(finding(group));
            }
        }
        context.addFindings(findings);
        context.progress().update(NAME, 1, 1);
    }

    private static Finding finding(List<FunctionVector> group) {
        List<FunctionVector> copies = new ArrayList<>(group);
        copies.sort(Comparator.comparing(FunctionVector::path).thenComparingInt(FunctionVector::startLine));
        FunctionVector first = copies.getFirst();
        List<FindingLocation> related = copies.subList(1, copies.size()).stream()
                .map(f -> new FindingLocation(f.path(), f.startLine(), f.endLine(), 0)).toList();
        int lines = copies.stream().mapToInt(f -> f.endLine() - f.startLine() + 1).sum();
        String names = String.join(", ", copies.stream().map(f -> f.name() + " (" + f.path() + ":" + f.startLine() + ")").toList());
        String identity = String.join("|", copies.stream().map(f -> f.path() + "#" + f.name()).toList());
        return new Finding(RULE_KEY, DebtType.DUPLICATION, copies.size() >= 4 ? Severity.MEDIUM : Severity.LOW, first.path(),
                first.startLine(), first.endLine(), copies.size() + " functions do the same thing in different words: " + names,
                "semantic clones (embedding similarity >= " + MIN_SIMILARITY + ", token shape >= " + MIN_SHAPE_SIMILARITY + ")",
                15 + lines / 5, Fingerprints.of(RULE_KEY, first.path(), identity), 0, related);
    }

    private static boolean reportedByTokens(FunctionVector function, List<CloneGroup> clones) {
        for (CloneGroup group : clones) {
            for (CloneLocation copy : group.locations()) {
                if (copy.path().equals(function.path()) && copy.startLine() <= function.endLine()
                        && copy.endLine() >= function.startLine()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlap(FunctionVector a, FunctionVector b) {
        return a.path().equals(b.path()) && a.startLine() <= b.endLine() && b.startLine() <= a.endLine();
    }

    private static String text(AnalysisContext context, FunctionVector function) {
        SourceFile source = context.sources().get(function.path());
        return source.lines(function.startLine(), function.endLine());
    }

    private static String key(FunctionVector function) {
        return function.path() + ":" + function.startLine();
    }

    private static int root(int[] parent, int index) {
        while (parent[index] != index) {
            parent[index] = parent[parent[index]];
            index = parent[index];
        }
        return index;
    }
}
