package dev.debtos.engine.chunks;

/**
 * A piece of a file that is embedded as one vector: a whole function, or a window of lines outside functions (or of a
 * function too long for one vector).
 *
 * @param index       position of the chunk in its file, from 0
 * @param name        the function's name; null for a window outside functions
 * @param text        the normalised text (lines trimmed, blank lines dropped, runs of spaces collapsed), what is embedded
 * @param contentHash SHA-256 of {@code text} (128 bits, hex): equal text, equal vector, whatever the line numbers
 * @param snippet     the chunk's first lines as written, for search results
 */
public record CodeChunk(String path, String language, int index, int startLine, int endLine, String name, String text,
                        String contentHash, String snippet) {
}
