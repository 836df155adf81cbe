package dev.debtos.engine.history;

/** A blob's bytes and whether git would call it binary (decided once per version: both diffs of it ask). */
record Blob(byte[] content, boolean binary) {

    static final Blob TOO_BIG = new Blob(new byte[0], true);

    static Blob of(byte[] content) {
        return new Blob(content, TextBytes.isBinary(content));
    }

    int lines() {
        return binary ? 0 : TextBytes.countLines(content, 0, content.length);
    }
}
