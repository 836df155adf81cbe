package dev.debtos.engine.imports;

import java.util.List;

/** Files that depend on each other in a cycle (one strongly connected component of the import graph). */
public record DependencyCycle(List<String> files) {
}
