package dev.debtos.worker.llm;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What is sent of one file: its path, the git blob id of its text (the cache key), and the sent lines by number,
 * secrets already masked. Validation checks a model's citation against exactly these lines.
 */
record Excerpt(String path, String blobId, int fileLines, SortedMap<Integer, String> lines) {

    Excerpt {
        lines = new TreeMap<>(lines);
    }

    boolean covers(int first, int last) {
        for (int line = first; line <= last; line++) {
            if (!lines.containsKey(line)) {
                return false;
            }
        }
        return true;
    }

    /** The sent text of lines {@code first..last}, one line each. */
    String text(int first, int last) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Integer, String> line : lines.subMap(first, last + 1).entrySet()) {
            out.append(line.getValue()).append('\n');
        }
        return out.toString();
    }

    int characters() {
        return lines.values().stream().mapToInt(line -> line.length() + 8).sum();
    }
}
