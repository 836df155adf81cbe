package dev.debtos.engine.imports;

import java.util.List;

/** Resolves one import of a file to the repository files it refers to. */
interface ImportResolver {

    /** The files {@code specifier} refers to; empty for external libraries and anything not in the repository. */
    List<String> resolve(FileImports file, String specifier);
}
