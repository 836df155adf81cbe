package dev.debtos.engine.rules;

import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.metrics.FunctionMetrics;

/**
 * A function's identity within its file for fingerprints: name, arity and, for overloads with the same name and
 * arity, their order. Edits elsewhere in the file or inside the body keep the finding's identity.
 */
final class FunctionIdentity {

    private FunctionIdentity() {
    }

    static String of(FileMetrics file, FunctionMetrics function) {
        int ordinal = 0;
        for (FunctionMetrics other : file.functions()) {
            if (other == function) {
                break;
            }
            if (other.name().equals(function.name()) && other.parameters() == function.parameters()) {
                ordinal++;
            }
        }
        return "fn:" + function.name() + "/" + function.parameters() + "#" + ordinal;
    }
}
