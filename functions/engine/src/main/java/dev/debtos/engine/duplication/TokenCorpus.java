package dev.debtos.engine.duplication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every added file's normalised token codes end to end in one primitive array, with per token its place (line, start
 * column and whether a statement starts there, packed into one int by {@link #place}) and a hash of its text (for
 * identifiers and literals, whose codes are all alike; 0 for other tokens). A separator code that no other position
 * holds precedes the first file and follows every file, so no match runs from one file into the next and every
 * file's first token has a distinct predecessor. Arrays grow by half, not double: the corpus of a large repository
 * is the engine's largest structure.
 */
final class TokenCorpus {
    private static final int LINE_BITS = 21;      // files are at most 1 MiB: fewer than 2^21 lines
    private static final int COLUMN_MASK = 0x3FF; // 1-based columns up to 1022; 0 = not known
    private static final int STATEMENT_START = 1 << 31;

    private int[] codes = new int[1 << 16];
    private int[] places = new int[1 << 16];
    private int[] texts = new int[1 << 16];
    private int size;
    private int[] fileStarts = new int[64];
    private final List<String> paths = new ArrayList<>();
    private int longestFile;
    /** The answer of the last {@link #fileOf} (a hint, never wrong: it is checked). */
    private int lastFile;

    TokenCorpus() {
        append(Integer.MIN_VALUE, 0, 0);
    }

    /** Packs a 1-based line, a 0-based column and whether a statement starts at the token. */
    static int place(int line, int column, boolean statementStart) {
        int storedColumn = column + 1 <= COLUMN_MASK - 1 ? column + 1 : 0;
        return (statementStart ? STATEMENT_START : 0) | storedColumn << LINE_BITS | Math.min(line, (1 << LINE_BITS) - 1);
    }

    void startFile(String path) {
        if (paths.size() == fileStarts.length) {
            fileStarts = Arrays.copyOf(fileStarts, fileStarts.length * 2);
        }
        fileStarts[paths.size()] = size;
        paths.add(path);
    }

    void append(int code, int place, int text) {
        if (size == codes.length) {
            grow(size + 1);
        }
        codes[size] = code;
        places[size] = place;
        texts[size] = text;
        size++;
    }

    private void grow(int needed) {
        int capacity = Math.max(needed, codes.length + (codes.length >> 1));
        codes = Arrays.copyOf(codes, capacity);
        places = Arrays.copyOf(places, capacity);
        texts = Arrays.copyOf(texts, capacity);
    }

    /** Appends positions [from, to) of another corpus. */
    void appendRange(TokenCorpus other, int from, int to) {
        int length = to - from;
        if (size + length > codes.length) {
            grow(size + length);
        }
        System.arraycopy(other.codes, from, codes, size, length);
        System.arraycopy(other.places, from, places, size, length);
        System.arraycopy(other.texts, from, texts, size, length);
        size += length;
    }

    /** Closes the current file with its separator (a negative code unique to the file). */
    void endFile() {
        int file = paths.size() - 1;
        longestFile = Math.max(longestFile, size - fileStarts[file]);
        append(-(file + 1), 0, 0);
    }

    int size() {
        return size;
    }

    /** The codes array itself (valid up to {@link #size()}): the detector's inner loops read it directly. */
    int[] codes() {
        return codes;
    }

    int line(int position) {
        return places[position] & (1 << LINE_BITS) - 1;
    }

    /** 1-based start column of the token, 0 when not known (past column 1022). */
    int column(int position) {
        return places[position] >>> LINE_BITS & COLUMN_MASK;
    }

    /** Whether a statement starts at the token (as far as tokens tell: after ';', '{', '}' or on a new line). */
    boolean statementStart(int position) {
        return (places[position] & STATEMENT_START) != 0;
    }

    /** Hash of the token's text for identifiers and literals, 0 for other tokens. */
    int text(int position) {
        return texts[position];
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

    /**
     * The file holding the position. Callers mostly ask about positions in the file of their last question, or one
     * near it, so that file is checked before the binary search (the detector runs on one thread).
     */
    int fileOf(int position) {
        int files = paths.size();
        int last = lastFile;
        if (last < files && position >= fileStarts[last] && (last + 1 == files || position < fileStarts[last + 1])) {
            return last;
        }
        int index = Arrays.binarySearch(fileStarts, 0, files, position);
        int file = index >= 0 ? index : -index - 2;
        if (file >= 0) {
            lastFile = file;
        }
        return file;
    }

    int longestFile() {
        return longestFile;
    }
}
