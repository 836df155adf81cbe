package dev.debtos.engine.history;

import java.time.Instant;

/** Who last changed a line and when, as {@code git blame} says. */
public record LineOrigin(String authorName, String authorEmail, Instant commitTime, String commitId) {
}
