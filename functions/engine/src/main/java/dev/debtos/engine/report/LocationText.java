package dev.debtos.engine.report;

/** A place in the repository as people write it: {@code src/App.java:12}, {@code src/App.java:12–40}. */
final class LocationText {

    private LocationText() {
    }

    /** The file name and lines first, its directory under it in small print. */
    static void appendTo(Html html, String path, int startLine, int endLine) {
        if (path == null || path.isEmpty()) {
            html.element("span", of(path, startLine, endLine), "class", "loc-file muted");
            return;
        }
        int slash = path.lastIndexOf('/');
        html.open("span", "class", "loc", "title", of(path, startLine, endLine));
        html.element("span", of(path.substring(slash + 1), startLine, endLine), "class", "loc-file");
        if (slash > 0) {
            html.open("span", "class", "loc-dir").path(path.substring(0, slash + 1)).close("span");
        }
        html.close("span");
    }

    static String of(String path, int startLine, int endLine) {
        if (path == null || path.isEmpty()) {
            return "(whole repository)";
        }
        if (startLine < 1) {
            return path;
        }
        return endLine > startLine ? path + ":" + startLine + "–" + endLine : path + ":" + startLine;
    }
}
