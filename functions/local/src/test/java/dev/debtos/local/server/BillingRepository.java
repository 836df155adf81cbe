package dev.debtos.local.server;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;

/** A git repository of one commit whose one file has findings (a TODO, a complex method), to connect and scan locally. */
final class BillingRepository {
    private BillingRepository() {
    }

    /** Writes {@code Billing.java} into {@code directory}, commits it on {@code main} and answers the real path. */
    static Path create(Path directory) throws Exception {
        Files.writeString(directory.resolve("Billing.java"), """
                class Billing {
                    // TODO: split this method, it does too much
                    int charge(int a, int b, int c) {
                        if (a > 0) { if (b > 0) { if (c > 0) { return a + b + c; } else if (c < -5) { return a; } } }
                        for (int i = 0; i < a; i++) { if (i % 2 == 0 && b > i || c == i) { b++; } }
                        return a > b ? a : b;
                    }
                }
                """);
        try (Git git = Git.init().setDirectory(directory.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("billing").setAuthor("dev", "dev@example.com").setCommitter("dev", "dev@example.com")
                    .setSign(false).call();
        }
        return directory.toRealPath();
    }
}
