package dev.debtos.engine.metrics;

import dev.debtos.engine.source.Language;
import dev.debtos.engine.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Fixture files under src/test/resources/fixtures, read from the test classpath. */
final class FixtureFiles {

    private FixtureFiles() {
    }

    /** The directory {@code fixtures/<relative>} on the test classpath. */
    static Path directory(String relative) {
        URL url = FixtureFiles.class.getResource("/fixtures/" + relative);
        if (url == null) {
            throw new IllegalStateException("no fixture directory fixtures/" + relative + " on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** File names in {@code fixtures/<relative>}, sorted, keeping those whose extension names a language. */
    static List<String> sourceNames(String relative) {
        try (Stream<Path> files = Files.list(directory(relative))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> Language.byFileName(name).isPresent())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String relative, String name) {
        try {
            return Files.readString(directory(relative).resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture as the engine sees a file, its language taken from the extension. */
    static SourceFile sourceFile(String relative, String name) {
        Language language = Language.byFileName(name)
                .orElseThrow(() -> new IllegalArgumentException("no language for " + name));
        return new SourceFile("fixtures/" + relative + "/" + name, language, text(relative, name).toCharArray());
    }
}
