package dev.debtos.local.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The ecosystem's checkers that {@code scripts/setup} installs in {@code scripts/lib/node-tools} (npm ci), run as
 * processes. A test that needs them is skipped, not passed, where they are not installed.
 */
public final class NodeTools {
    public static final Path HOME = Path.of("..", "..", "scripts", "lib", "node-tools").toAbsolutePath().normalize();

    /** What a tool printed and how it exited. */
    public record Run(int exitCode, String output) {
    }

    private NodeTools() {
    }

    /** Skips the calling test unless {@code node} and the tool {@code bin} are installed. */
    public static void assumeInstalled(String bin) {
        assumeTrue(Files.isExecutable(HOME.resolve("node_modules/.bin").resolve(bin)),
                "scripts/lib/node-tools/node_modules/.bin/" + bin + " is missing: run scripts/setup (npm ci there)");
    }

    /** Runs {@code node_modules/.bin/<bin> args...} in the tools' directory, stdout and stderr together, 5 minutes at most. */
    public static Run run(String bin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("node_modules/.bin").resolve(bin).toString()));
        command.addAll(List.of(args));
        return exec(command);
    }

    /** Runs {@code node args...} in the tools' directory (its scripts resolve the tools' packages). */
    public static Run node(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node"));
        command.addAll(List.of(args));
        return exec(command);
    }

    /**
     * Microsoft's SARIF multitool itself, a self-contained .NET program (ICU from Debian is all it needs). Its npm
     * wrapper passes the arguments through a shell, which splits {@code --level "Error;Warning"} at the {@code ;}, so
     * the tests run the program the wrapper points at.
     */
    public static Run sarifMultitool(String... args) throws IOException, InterruptedException {
        Run resolved = node("-p", "require('@microsoft/sarif-multitool')");
        if (resolved.exitCode() != 0) {
            throw new IllegalStateException("cannot resolve @microsoft/sarif-multitool: " + resolved.output());
        }
        List<String> command = new ArrayList<>(List.of(resolved.output().strip()));
        command.addAll(List.of(args));
        return exec(command);
    }

    private static Run exec(List<String> command) throws IOException, InterruptedException {
        String bin = Path.of(command.getFirst()).getFileName().toString();
        Path output = Files.createTempFile("node-tool", ".out");
        try {
            Process process = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(bin + " did not finish in 5 minutes");
            }
            return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
