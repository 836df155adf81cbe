package dev.debtos.local.web;

import dev.debtos.local.server.NodeTools;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The web/ checkout and the tools its tests run on: node, web/node_modules, and the browser toolset of
 * scripts/lib/node-tools (playwright-core and axe, shared with the report's accessibility check) on Debian's Chromium.
 */
final class WebTools {
    static final Path WEB = Path.of("..", "..", "web").toAbsolutePath().normalize();

    private WebTools() {
    }

    static boolean nodeModulesInstalled() {
        return Files.isDirectory(WEB.resolve("node_modules").resolve("vitest"));
    }

    /** playwright-core and axe, which the browser suite imports from scripts/lib/node-tools. */
    static boolean browserToolsInstalled() {
        Path tools = NodeTools.HOME.resolve("node_modules");
        return Files.isDirectory(tools.resolve("playwright-core")) && Files.isDirectory(tools.resolve("@axe-core/playwright"));
    }

    static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    static Path chromium() {
        String configured = System.getenv("CHROMIUM");
        return Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    }

    /** Runs {@code command} in web/ with {@code environment} added, its output on this process's stdout; the exit code. */
    static int run(List<String> command, Map<String, String> environment, long timeoutMinutes)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(WEB.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        Thread pump = Thread.ofVirtual().start(() -> {
            try (var out = process.getInputStream()) {
                out.transferTo(System.out);
            } catch (IOException e) {
                // the process ended
            }
        });
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            pump.join(5_000);
            return -1;
        }
        pump.join(5_000);
        return process.exitValue();
    }
}
