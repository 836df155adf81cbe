package dev.debtos.engine.duplication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every added file's normalised token codes end to end in one primitive array, with its line per token. A separator
 * code that no other position holds precedes the first file and follows every file, so no match runs from one file
 * into the next and every file's first token has a distinct predecessor.
 */
final class TokenCorpus {
    private int[] codes = new int[1 << 16];
    private int[] lines = new int[1 << 16];
    private int size;
    private int[] fileStarts = new int[64];
    private final List<String> paths = new ArrayList<>();
    private int longestFile;

    TokenCorpus() {
        append(Integer.MIN_VALUE, 0);
    }

    void startFile(String path) {
        if (paths.size() == fileStarts.length) {
            fileStarts = Arrays.copyOf(fileStarts, fileStarts.length * 2);
        }
        fileStarts[paths.size()] = size;
        paths.add(path);
    }

    void append(int code, int line) {
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
        }
        codes[size] = code;
        lines[size] = line;
        size++;
    }

    /** Appends positions [from, to) of another corpus. */
    void appendRange(TokenCorpus other, int from, int to) {
        int length = to - from;
        if (size + length > codes.length) {
            int capacity = Math.max(codes.length * 2, size + length);
            codes = Arrays.copyOf(codes, capacity);
            lines = Arrays.copyOf(lines, capacity);
        }
        System.arraycopy(other.codes, from, codes, size, length);
        System.arraycopy(other.lines, from, lines, size, length);
        size += length;
    }

    /** Closes the current file with its separator (a negative code unique to the file). */
    void endFile() {
        int file = paths.size() - 1;
        longestFile = Math.max(longestFile, size - fileStarts[file]);
        append(-(file + 1), 0);
    }

    int size() {
        return size;
    }

    /** The codes array itself (valid up to {@link #size()}): the detector's inner loops read it directly. */
    int[] codes() {
        return codes;
    }

    int line(int position) {
        return lines[position];
    }

    int fileCount() {
        return paths.size();
    }

    String path(int file) {
        return paths.get(file);
    }

    int fileStart(int file) {
        return fileStarts[file];
    }

    /** Exclusive end of a file's tokens: the index of its separator. */
    int fileEnd(int file) {
        return file + 1 < paths.size() ? fileStarts[file + 1] - 1 : size - 1;
    }

    int fileOf(int position) {
        int index = Arrays.binarySearch(fileStarts, 0, paths.size(), position);
        return index >= 0 ? index : -index - 2;
    }

    int longestFile() {
        return longestFile;
    }
}
