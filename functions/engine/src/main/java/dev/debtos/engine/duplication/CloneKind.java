package dev.debtos.engine.duplication;

/**
 * What a clone group is made of, from the copies' token shapes and texts. Only {@link #CODE} is duplicated logic a
 * team would extract; the others match by shape alone (see the engine README for the sample they were decided on).
 */
public enum CloneKind {
    /** Copied logic: the same statements, names the same or consistently renamed. */
    CODE,
    /** Declarative data: a short token pattern repeated (enum constants, constant tables) or mostly literals. */
    DATA,
    /** The same code whose copies differ in most of their literals only (test fixtures, tables of cases). */
    LITERAL_VARIANTS,
    /** The same shape naming different things at most places (assertion runs against different methods). */
    DIFFERENT_NAMES
}
