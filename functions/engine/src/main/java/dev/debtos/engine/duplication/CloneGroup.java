package dev.debtos.engine.duplication;

import java.util.List;

/**
 * Two or more places holding the same code once identifiers and literals are normalised.
 *
 * @param tokens length of the duplicated block in tokens
 * @param lines  length in lines of the first copy
 * @param kind   copied logic, or a match by shape alone (data, literal variants, different names)
 */
public record CloneGroup(int tokens, int lines, List<CloneLocation> locations, CloneKind kind) {

    public CloneGroup(int tokens, int lines, List<CloneLocation> locations) {
        this(tokens, lines, locations, CloneKind.CODE);
    }
}
