/**
 * Suppressions: findings a team decided not to act on, named by an inline comment ({@code debt-os:ignore}), the
 * repository's {@code .debt-os.yml} or its settings. Suppressed findings are kept apart, counted and listed, never
 * silently dropped.
 */
package dev.debtos.engine.suppression;
