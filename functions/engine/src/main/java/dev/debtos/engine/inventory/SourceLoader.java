package dev.debtos.engine.inventory;

import dev.debtos.engine.source.Language;
import dev.debtos.engine.source.SourceFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;

/**
 * Reads an inventory entry and applies the content checks: binary (a NUL byte in the first 8 KiB), generated
 * (an {@code @generated} or {@code DO NOT EDIT} marker near the top), minified (very long lines in JS/TS/CSS).
 * Text is UTF-8, falling back to ISO-8859-1 for legacy encodings.
 */
public final class SourceLoader {
    private static final int SNIFF_BYTES = 8192;
    private static final int MINIFIED_LINE_LENGTH = 1000;

    /** Either a file to measure (with its git blob id when asked for) or why it was skipped. */
    public record Loaded(SourceFile source, SkipReason skipped, String blobId) {
        Loaded(SourceFile source, SkipReason skipped) {
            this(source, skipped, null);
        }
    }

    private SourceLoader() {
    }

    public static Loaded load(InventoryEntry entry) {
        return load(entry, false);
    }

    /** @param withBlobId also compute the content's git blob id (what incremental scans compare) */
    public static Loaded load(InventoryEntry entry, boolean withBlobId) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(entry.file());
        } catch (IOException e) {
            return new Loaded(null, SkipReason.UNREADABLE);
        }
        for (int i = 0, n = Math.min(bytes.length, SNIFF_BYTES); i < n; i++) {
            if (bytes[i] == 0) {
                return new Loaded(null, SkipReason.BINARY);
            }
        }
        char[] ascii = asciiCharacters(bytes);
        char[] text = ascii != null ? ascii : decode(bytes);
        if (GeneratedMarkers.present(text)) {
            return new Loaded(null, SkipReason.GENERATED);
        }
        if (isMinified(entry, text)) {
            return new Loaded(null, SkipReason.MINIFIED);
        }
        String blobId = null;
        if (withBlobId) {
            try (ObjectInserter.Formatter ids = new ObjectInserter.Formatter()) {
                blobId = ids.idFor(Constants.OBJ_BLOB, bytes).name();
            }
        }
        SourceFile source = ascii != null ? SourceFile.ofAscii(entry.path(), entry.language(), ascii, bytes)
                : new SourceFile(entry.path(), entry.language(), text);
        return new Loaded(source, null, blobId);
    }

    /** The characters of bytes that are all ASCII (most source files): UTF-8 and Latin-1 alike; null otherwise. */
    private static char[] asciiCharacters(byte[] bytes) {
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b < 0) {
                return null;
            }
            chars[i] = (char) b;
        }
        return chars;
    }

    private static char[] decode(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            char[] out = new char[chars.remaining()];
            chars.get(out);
            return out;
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1).toCharArray();
        }
    }

    private static boolean isMinified(InventoryEntry entry, char[] text) {
        if (entry.language() != Language.JAVASCRIPT && entry.language() != Language.TYPESCRIPT) {
            return false;
        }
        if (entry.path().contains(".min.")) {
            return true;
        }
        int lineLength = 0;
        for (char c : text) {
            if (c == '\n') {
                lineLength = 0;
            } else if (++lineLength > MINIFIED_LINE_LENGTH) {
                return true;
            }
        }
        return false;
    }
}
