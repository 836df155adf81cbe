package dev.debtos.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** What a built Lambda package ({@code -Plambda}) holds: its unzipped size, its native libraries and its entries. */
public record LambdaPackage(long unzipped, List<String> natives, Set<String> entries) {
    /** Lambda's limit on the unzipped size of a function's package. */
    public static final long UNZIPPED_LIMIT = 250L * 1024 * 1024;

    /** Reads the jar (which must exist) and prints its zipped and unzipped sizes and its natives. */
    public static LambdaPackage read(Path jar) throws IOException {
        assertThat(jar).as("build it with -Plambda").exists();
        long unzipped = 0;
        List<String> natives = new ArrayList<>();
        Set<String> entries = new HashSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                unzipped += Math.max(0, entry.getSize());
                String name = entry.getName();
                if (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib") || name.endsWith(".pdb")) {
                    natives.add(name);
                }
                entries.add(name);
            }
        }
        System.out.printf("%s: %.1f MB zipped, %.1f MB unzipped, natives %s%n", jar.getFileName(), Files.size(jar) / 1048576.0,
                unzipped / 1048576.0, natives);
        return new LambdaPackage(unzipped, natives, entries);
    }

    /** True when some entry's name matches. */
    public boolean has(Predicate<String> name) {
        return entries.stream().anyMatch(name);
    }
}
