package dev.debtos.engine.duplication;

import dev.debtos.engine.lexer.Lexers;
import dev.debtos.engine.lexer.TokenStream;
import dev.debtos.engine.source.Language;
import dev.debtos.engine.source.SourceFile;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.sourceforge.pmd.cpd.CPDConfiguration;
import net.sourceforge.pmd.cpd.CpdAnalysis;
import net.sourceforge.pmd.lang.LanguageRegistry;

/**
 * Not a test (no assertions, not run by surefire): times {@link CloneDetector} over a source tree, and optionally
 * PMD CPD 7 over the same tree (100 tokens, literals ignored; not identifiers: CPD 7.27.0's Java lexer throws a
 * NullPointerException on java.base with that option, so CPD normalises less than we do), e.g.
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     dev.debtos.engine.duplication.CloneDetectorBenchmark /tmp/jdk-src/java.base 5 cpd</pre>
 * The first run is the cold one (a fresh JVM, as the CLI runs it); later runs are warm.
 */
public final class CloneDetectorBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "/tmp/jdk-src/java.base");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<SourceFile> files;
        try (Stream<Path> paths = Files.walk(root)) {
            files = paths.filter(Files::isRegularFile).map(path -> read(root, path)).filter(file -> file != null).toList();
        }
        long lexStart = System.nanoTime();
        List<TokenStream> tokens = files.parallelStream().map(Lexers::lex).toList();
        System.out.printf("%s: %d files, %d tokens, lexed in %d ms%n", root, files.size(),
                tokens.stream().mapToLong(TokenStream::size).sum(), millis(System.nanoTime() - lexStart));
        for (int run = 0; run < runs; run++) {
            long addStart = System.nanoTime();
            CloneDetector detector = new CloneDetector();
            IntStream.range(0, files.size()).parallel().forEach(i -> detector.add(files.get(i), tokens.get(i)));
            long detectStart = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            List<CloneGroup> groups = detector.detect();
            long wall = System.nanoTime() - detectStart;
            long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
            System.out.printf("run %d%s: add %d ms, detect %d ms wall (%d ms thread CPU): %d groups, %d copies%n", run,
                    run == 0 ? " (cold)" : "", millis(detectStart - addStart), millis(wall), millis(cpu), groups.size(),
                    groups.stream().mapToInt(group -> group.locations().size()).sum());
        }
        if (args.length > 2 && args[2].equals("cpd")) {
            cpd(root);
        }
    }

    private static void cpd(Path root) throws Exception {
        CPDConfiguration configuration = new CPDConfiguration();
        configuration.setMinimumTileSize(CloneDetector.DEFAULT_MINIMUM_TOKENS);
        configuration.setIgnoreLiterals(true);
        configuration.setOnlyRecognizeLanguage(LanguageRegistry.CPD.getLanguageById("java"));
        long start = System.nanoTime();
        try (CpdAnalysis analysis = CpdAnalysis.create(configuration)) {
            analysis.files().addDirectory(root);
            analysis.performAnalysis(report -> System.out.printf("PMD CPD 7.27.0 (ignore literals): %d ms wall (tokenizing included): %d matches, %d copies%n",
                    millis(System.nanoTime() - start), report.getMatches().size(),
                    report.getMatches().stream().mapToInt(match -> match.getMarkCount()).sum()));
        } catch (OutOfMemoryError | RuntimeException e) { // the peer's failure is a result too
            System.out.printf("PMD CPD 7.27.0 (ignore literals): failed after %d ms wall: %s%n", millis(System.nanoTime() - start), e);
        }
    }

    private static SourceFile read(Path root, Path path) {
        Language language = Language.byFileName(path.getFileName().toString()).orElse(null);
        try {
            return language == null ? null : new SourceFile(root.relativize(path).toString(), language, Files.readString(path).toCharArray());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return null; // unreadable or not UTF-8: skipped, as the analyzer would report it elsewhere
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
