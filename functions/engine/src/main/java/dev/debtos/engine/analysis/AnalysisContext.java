package dev.debtos.engine.analysis;

import dev.debtos.engine.ProgressListener;
import dev.debtos.engine.duplication.CloneDetector;
import dev.debtos.engine.duplication.CloneGroup;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.history.CouplingPair;
import dev.debtos.engine.history.HistoryReport;
import dev.debtos.engine.imports.FileImports;
import dev.debtos.engine.imports.DependencyCycle;
import dev.debtos.engine.inventory.FileRoles;
import dev.debtos.engine.inventory.Inventory;
import dev.debtos.engine.inventory.SkipReason;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.satd.SatdComment;
import dev.debtos.engine.source.SourceFile;
import dev.debtos.engine.suppression.ProjectSettings;
import dev.debtos.engine.suppression.SuppressedFinding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.Optional;

/**
 * What the stages of one analysis share: the options and progress listener given once, and each stage's results
 * for the stages after it. The standard stages fill it in order (inventory, measured files, clones, cycles,
 * history and hotspots, findings, score); a getter returns an empty value until its stage has run. Any stage reads
 * everything, may add findings (or change them) before scoring, and hands its own results to later stages with {@link #put}.
 */
public final class AnalysisContext {
    private final Path root;
    private final AnalysisOptions options;
    private final ProgressListener progress;
    private Inventory inventory;
    private final Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
    private List<FileImports> imports = List.of();
    private List<FileMetrics> files = List.of();
    private Map<String, SourceFile> sources = Map.of();
    private List<SatdComment> satd = List.of();
    private CloneDetector cloneDetector;
    private List<CloneGroup> clones = List.of();
    private PendingClones pendingClones;
    private final Map<String, Long> backgroundMillis = new LinkedHashMap<>();
    private List<DependencyCycle> cycles = List.of();
    private Map<String, SortedSet<String>> dependencies = Map.of();
    private HistoryReport history;
    private List<Hotspot> hotspots = List.of();
    private final List<Finding> findings = new ArrayList<>();
    private DebtScore score;
    private List<SuppressedFinding> suppressed = List.of();
    private ProjectSettings projectSettings;
    private final Map<Class<?>, Object> outputs = new HashMap<>();

    AnalysisContext(Path root, AnalysisOptions options, ProgressListener progress) {
        this.root = root;
        this.options = options;
        this.progress = progress;
    }

    /** The analysed directory (normalised by the inventory once it has run). */
    public Path root() {
        return inventory == null ? root : inventory.root();
    }

    public AnalysisOptions options() {
        return options;
    }

    public ProgressListener progress() {
        return progress;
    }

    /** Every path in the tree outside skipped directories, measured or not. */
    public List<String> allPaths() {
        return inventory == null ? List.of() : inventory.allPaths();
    }

    public List<FileMetrics> files() {
        return files;
    }

    public Map<String, SourceFile> sources() {
        return sources;
    }

    /** SATD comments; with history, attributed to their author by blame. */
    public List<SatdComment> satd() {
        return satd;
    }

    /** The clone groups; waits for the clone detection when it is still running. */
    public List<CloneGroup> clones() {
        if (pendingClones != null) {
            PendingClones pending = pendingClones;
            clones = pending.groups();
            backgroundMillis.put(DuplicationStage.NAME, pending.millis());
            pendingClones = null;
        }
        return clones;
    }

    /**
     * The clone groups as a list that waits for the clone detection only when first read (for the rules stage, whose
     * rules but one need no clones); the same as {@link #clones()} once the detection has finished.
     */
    List<CloneGroup> clonesWhenRead() {
        return pendingClones != null ? pendingClones : clones;
    }

    /** The wall time of work a stage left running on its own thread, by stage name, once it has been waited for. */
    Map<String, Long> backgroundMillis() {
        return backgroundMillis;
    }

    public List<DependencyCycle> cycles() {
        return cycles;
    }

    /** The git history, or null when history is off or the tree is not a repository. */
    public HistoryReport history() {
        return history;
    }

    public List<CouplingPair> coupling() {
        return history == null ? List.of() : history.coupling();
    }

    public List<Hotspot> hotspots() {
        return hotspots;
    }

    /** Findings so far; prioritised once the score stage has run. */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    public void addFindings(List<Finding> more) {
        findings.addAll(more);
    }

    /**
     * Replaces findings found so far by the same findings changed (before scoring): {@code change} returns its
     * argument for a finding it leaves alone. Used to lower the confidence of findings a model judged not actionable;
     * a stage never removes a finding this way.
     */
    public void changeFindings(java.util.function.UnaryOperator<Finding> change) {
        findings.replaceAll(change);
    }

    /** The debt score, or null before the score stage. */
    public DebtScore score() {
        return score;
    }

    /** Stores what a stage produced for the stages after it, under the type of its result (one value per type). */
    public <T> void put(Class<T> type, T value) {
        outputs.put(type, type.cast(value));
    }

    /** What an earlier stage stored under {@code type}, if it ran. */
    public <T> Optional<T> get(Class<T> type) {
        return Optional.ofNullable(type.cast(outputs.get(type)));
    }

    Inventory inventory() {
        return inventory;
    }

    Map<SkipReason, Integer> skipped() {
        return skipped;
    }

    /** The imports of the measured files in languages with an import graph. */
    List<FileImports> imports() {
        return imports;
    }

    CloneDetector cloneDetector() {
        return cloneDetector;
    }

    void inventory(Inventory value) {
        inventory = value;
        skipped.putAll(value.skipped());
    }

    void measured(List<FileImports> value, List<FileMetrics> metrics, Map<String, SourceFile> sourcesByPath,
                  CloneDetector detector) {
        imports = value;
        files = metrics;
        sources = sourcesByPath;
        cloneDetector = detector;
    }

    void satd(List<SatdComment> value) {
        satd = value;
    }

    /** The clone detection, running; the context lets the detector go (the detection holds it until done). */
    void clonesDetecting(PendingClones pending) {
        pendingClones = pending;
        cloneDetector = null;
    }

    void cycles(List<DependencyCycle> value) {
        cycles = value;
    }

    /** Which repository files each file imports (only files importing at least one). */
    Map<String, SortedSet<String>> dependencies() {
        return dependencies;
    }

    void dependencies(Map<String, SortedSet<String>> value) {
        dependencies = value;
    }

    void history(HistoryReport value, List<Hotspot> spots) {
        history = value;
        hotspots = spots;
    }

    void scored(List<Finding> prioritised, DebtScore value, List<SuppressedFinding> suppressedFindings) {
        findings.clear();
        findings.addAll(prioritised);
        score = value;
        suppressed = List.copyOf(suppressedFindings);
    }

    /** Findings a suppression covers, with what suppressed them; empty until the score stage has run. */
    public List<SuppressedFinding> suppressed() {
        return suppressed;
    }

    /** The repository's own {@code .debt-os.yml} (read once; {@link ProjectSettings#NONE} when it has none). */
    public ProjectSettings projectSettings() {
        if (projectSettings == null) {
            projectSettings = ProjectSettings.read(root());
        }
        return projectSettings;
    }

    /** What each file is for: the options' globs, the repository's {@code .debt-os.yml} globs, then the conventions. */
    public FileRoles fileRoles() {
        return options.fileRoles().plus(projectSettings().roles());
    }
}
