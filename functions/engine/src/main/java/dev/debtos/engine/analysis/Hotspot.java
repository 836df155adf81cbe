package dev.debtos.engine.analysis;

/**
 * A file ranked by churn × complexity (CodeScene's hotspot).
 *
 * @param commits    commits touching the file in the history window
 * @param churn      lines added + deleted in the window
 * @param complexity sum of its functions' cyclomatic complexity
 * @param score      normalised churn × normalised complexity, 0..1 (see Scoring)
 */
public record Hotspot(String path, String language, int loc, int commits, int churn, int complexity, int authors,
                      String mainAuthor, double mainAuthorShare, double score) {
}
