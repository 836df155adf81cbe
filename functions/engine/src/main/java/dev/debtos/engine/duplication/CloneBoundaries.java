package dev.debtos.engine.duplication;

/**
 * Cuts a group's copies to whole code: a copy must not take in the end of one block and the start of the next (the
 * tail of a method, the doc comment and head of the next), so the copies are cut at every closing brace of a block
 * opened before them and the longest piece is kept; a piece that ends inside a block it opened after complete units
 * of the same level keeps the longer of the two parts; then it starts and ends at statement boundaries. Copies share
 * their normalised tokens, so one cut (offsets from each copy's start) fits all of them; a boundary counts only where
 * it is one in every copy (line breaks can differ).
 */
final class CloneBoundaries {

    private final TokenCorpus corpus;
    private final int[] codes;

    CloneBoundaries(TokenCorpus corpus) {
        this.corpus = corpus;
        this.codes = corpus.codes();
    }

    /** The kept range [from, to) of offsets, as {@code from << 32 | to}; from == to when nothing whole is left. */
    long trim(int[] starts, int copies, int length) {
        int first = starts[0];
        int[] depth = new int[length + 1];
        int lowest = 0;
        int pieceFrom = 0;
        int bestFrom = 0;
        int bestTo = 0;
        for (int i = 0; i < length; i++) {
            int code = codes[first + i];
            depth[i + 1] = depth[i] + (code == TokenVocabulary.OPEN_BRACE ? 1 : code == TokenVocabulary.CLOSE_BRACE ? -1 : 0);
            if (depth[i + 1] < lowest) {
                lowest = depth[i + 1];
                if (i - pieceFrom > bestTo - bestFrom) {
                    bestFrom = pieceFrom;
                    bestTo = i;
                }
                pieceFrom = i + 1;
            }
        }
        if (length - pieceFrom > bestTo - bestFrom) {
            bestFrom = pieceFrom;
            bestTo = length;
        }
        return statements(starts, copies, length, depth, bestFrom, bestTo);
    }

    private long statements(int[] starts, int copies, int length, int[] depth, int from, int to) {
        int base = depth[from];
        int start = from;
        while (start < to && !(depth[start] == base && boundary(starts, copies, length, start))) {
            start++;
        }
        int end = to;
        while (end > start && !(depth[end] >= base && endsStatement(starts, copies, length, end))) {
            end--;
        }
        if (end > start && depth[end] > base) {
            int unit = lastUnitStart(starts, copies, length, depth, start, end, base);
            if (unit > start && end - unit > unit - start) {
                start = unit;
            } else if (unit > start) {
                end = unit;
            }
        }
        return (long) start << 32 | end;
    }

    /** Where the unit holding the last block still open at {@code end} starts: a boundary at the base level. */
    private int lastUnitStart(int[] starts, int copies, int length, int[] depth, int start, int end, int base) {
        int open = end - 1;
        while (open > start && !(depth[open] == base && depth[open + 1] == base + 1)) {
            open--;
        }
        int unit = open;
        while (unit > start && !(depth[unit] == base && boundary(starts, copies, length, unit))) {
            unit--;
        }
        return unit;
    }

    /** Whether a statement ends just before this offset: after ';' or '}', or where the next one starts. */
    private boolean endsStatement(int[] starts, int copies, int length, int offset) {
        int last = codes[starts[0] + offset - 1];
        return last == TokenVocabulary.SEMICOLON || last == TokenVocabulary.CLOSE_BRACE
                || boundary(starts, copies, length, offset);
    }

    /** Whether a statement starts at this offset in every copy (offset == length: after the copy's last token). */
    private boolean boundary(int[] starts, int copies, int length, int offset) {
        for (int c = 0; c < copies; c++) {
            int position = starts[c] + offset;
            boolean pastRegion = codes[position] < 0; // what follows was not kept: a file's end or unmatched code
            if (!pastRegion && !corpus.statementStart(position)) {
                return false;
            }
        }
        return true;
    }
}
