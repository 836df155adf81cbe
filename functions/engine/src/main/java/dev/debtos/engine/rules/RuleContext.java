package dev.debtos.engine.rules;

import dev.debtos.engine.analysis.Hotspot;
import dev.debtos.engine.duplication.CloneGroup;
import dev.debtos.engine.history.CouplingPair;
import dev.debtos.engine.imports.DependencyCycle;
import dev.debtos.engine.inventory.FileRoles;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.satd.SatdComment;
import dev.debtos.engine.source.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * What rules look at: the measured files and their sources, clones, cycles, SATD comments, hotspots and change
 * coupling (empty without history), every path in the tree (for lock files and tests), the thresholds, what each
 * file is for (production, test, example...), the text of the package managers' and build tools' settings files
 * ({@code .npmrc}, {@code package.json}, {@code pyproject.toml}, {@code tsconfig.json}...) and of the Markdown documents
 * ({@code README.md}, {@code docs/*.md}), by path, the import graph (each file to the repository files it imports),
 * and what several rules read from the files' texts, found once for all of them ({@link TextIndex}).
 */
public record RuleContext(List<FileMetrics> files, Map<String, SourceFile> sources, List<CloneGroup> clones,
                          List<DependencyCycle> cycles, List<SatdComment> satd, List<Hotspot> hotspots,
                          List<CouplingPair> coupling, List<String> allPaths, RuleThresholds thresholds, FileRoles roles,
                          Map<String, String> settingsFiles, Map<String, String> documents,
                          Map<String, SortedSet<String>> dependencies, TextIndex textIndex) {

    public RuleContext {
        textIndex = textIndex == null ? new TextIndex(sources) : textIndex;
        dependencies = dependencies == null ? Map.of() : Map.copyOf(dependencies);
        roles = roles == null ? FileRoles.conventions() : roles;
        settingsFiles = settingsFiles == null ? Map.of() : Map.copyOf(settingsFiles);
        documents = documents == null ? Map.of() : Map.copyOf(documents);
    }

    /** With a text index of its own. */
    public RuleContext(List<FileMetrics> files, Map<String, SourceFile> sources, List<CloneGroup> clones,
                       List<DependencyCycle> cycles, List<SatdComment> satd, List<Hotspot> hotspots,
                       List<CouplingPair> coupling, List<String> allPaths, RuleThresholds thresholds, FileRoles roles,
                       Map<String, String> settingsFiles, Map<String, String> documents,
                       Map<String, SortedSet<String>> dependencies) {
        this(files, sources, clones, cycles, satd, hotspots, coupling, allPaths, thresholds, roles, settingsFiles, documents,
                dependencies, null);
    }

    /** Without the import graph. */
    public RuleContext(List<FileMetrics> files, Map<String, SourceFile> sources, List<CloneGroup> clones,
                       List<DependencyCycle> cycles, List<SatdComment> satd, List<Hotspot> hotspots,
                       List<CouplingPair> coupling, List<String> allPaths, RuleThresholds thresholds, FileRoles roles,
                       Map<String, String> settingsFiles, Map<String, String> documents) {
        this(files, sources, clones, cycles, satd, hotspots, coupling, allPaths, thresholds, roles, settingsFiles, documents, Map.of());
    }

    /** Without Markdown documents. */
    public RuleContext(List<FileMetrics> files, Map<String, SourceFile> sources, List<CloneGroup> clones,
                       List<DependencyCycle> cycles, List<SatdComment> satd, List<Hotspot> hotspots,
                       List<CouplingPair> coupling, List<String> allPaths, RuleThresholds thresholds, FileRoles roles,
                       Map<String, String> settingsFiles) {
        this(files, sources, clones, cycles, satd, hotspots, coupling, allPaths, thresholds, roles, settingsFiles, Map.of());
    }

    /** With the conventional file roles and no settings files. */
    public RuleContext(List<FileMetrics> files, Map<String, SourceFile> sources, List<CloneGroup> clones,
                       List<DependencyCycle> cycles, List<SatdComment> satd, List<Hotspot> hotspots,
                       List<CouplingPair> coupling, List<String> allPaths, RuleThresholds thresholds) {
        this(files, sources, clones, cycles, satd, hotspots, coupling, allPaths, thresholds, FileRoles.conventions(), Map.of(),
                Map.of());
    }

    /**
     * Whether the team maintains the path by hand: generated and vendored code is regenerated or updated from
     * upstream, never refactored here, so no rule judges its functions, size or copies.
     */
    public boolean isMaintained(String path) {
        dev.debtos.engine.inventory.FileRole role = roles.of(path);
        return role != dev.debtos.engine.inventory.FileRole.GENERATED && role != dev.debtos.engine.inventory.FileRole.VENDORED;
    }

    /** Whether the path is test code (or test data, fixtures, benchmarks) by the roles in force. */
    public boolean isTest(String path) {
        return roles.of(path) == dev.debtos.engine.inventory.FileRole.TEST;
    }
}
