package dev.debtos.engine.satd;

import java.time.Instant;

/**
 * A comment in which a developer admits debt.
 *
 * @param marker   what gave it away: TODO, FIXME, HACK, XXX, KLUDGE, or a phrase such as "workaround"
 * @param author   from blame when history is available, else null
 * @param authored when that line was last written (blame), else null
 */
public record SatdComment(String path, int line, String marker, SatdCategory category, String text, String author,
                          Instant authored) {
}
