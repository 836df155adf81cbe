package dev.debtos.engine.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The branch checked out in a working tree, read from {@code .git/HEAD} (a worktree's {@code .git} file points at its
 * own HEAD). Empty when the tree is not a git checkout or its HEAD is detached, as CI checkouts of pull requests are.
 */
final class GitBranch {

    private static final String REF = "ref: refs/heads/";
    private static final String GITDIR = "gitdir:";

    private GitBranch() {
    }

    static Optional<String> of(Path sourceRoot) {
        if (sourceRoot == null) {
            return Optional.empty();
        }
        try {
            Path dotGit = sourceRoot.resolve(".git");
            Path gitDirectory = dotGit;
            if (Files.isRegularFile(dotGit)) {
                String pointer = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
                if (!pointer.startsWith(GITDIR)) {
                    return Optional.empty();
                }
                gitDirectory = sourceRoot.resolve(pointer.substring(GITDIR.length()).strip());
            }
            Path head = gitDirectory.resolve("HEAD");
            if (!Files.isRegularFile(head)) {
                return Optional.empty();
            }
            String text = Files.readString(head, StandardCharsets.UTF_8).strip();
            return text.startsWith(REF) && text.length() > REF.length()
                    ? Optional.of(text.substring(REF.length())) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable checkout only means the run names no branch
        }
    }
}
