package dev.debtos.engine.inventory;

import dev.debtos.engine.source.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The language of an extension-less script, from its first line. */
final class Shebangs {

    private Shebangs() {
    }

    static Optional<Language> read(Path file) {
        byte[] head = new byte[128];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return Optional.empty();
        }
        String text = new String(head, 0, read, StandardCharsets.ISO_8859_1);
        int newline = text.indexOf('\n');
        return Language.byShebang(newline < 0 ? text : text.substring(0, newline));
    }
}
