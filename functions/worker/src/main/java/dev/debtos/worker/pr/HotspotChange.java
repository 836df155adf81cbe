package dev.debtos.worker.pr;

/** A file whose hotspot score rose in the PR; {@code before} is 0 for a file the base did not have (or not rank). */
public record HotspotChange(String path, double before, double after) {
    public double rise() {
        return after - before;
    }
}
