package dev.debtos.worker;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;

/**
 * A git repository with a known PR history, built with JGit: main holds the base commit (a legacy class with a
 * FIXME, a cart and a simple pricing class); branch {@code feature} is the PR head, adding a TODO to the cart (line 3) and a 41-branch function to the
 * pricing class (line {@value #DISCOUNT_LINE}). main stays checked out, so the working tree is the base.
 */
final class PrRepository {
    static final String CART = "src/main/java/shop/Cart.java";
    static final String PRICING = "src/main/java/shop/Pricing.java";
    static final String LEGACY = "src/main/java/shop/Legacy.java";
    static final int DISCOUNT_LINE = 8;
    private static final String BASE_CART = "package shop;\n\nclass Cart {\n    int total() {\n        return 0;\n    }\n}\n";
    private static final String TODO_CART = "package shop;\n\n// TODO: support coupons\nclass Cart {\n    int total() {\n"
            + "        return 0;\n    }\n}\n";
    private static final String BASE_PRICING = "package shop;\n\nclass Pricing {\n    int price(int a) {\n        return a;\n    }\n}\n";

    private final Path path;
    private final String base;
    private final String head;

    private PrRepository(Path path, String base, String head) {
        this.path = path;
        this.base = base;
        this.head = head;
    }

    static PrRepository create(Path path) throws Exception {
        Files.createDirectories(path);
        try (Git git = Git.init().setDirectory(path.toFile()).setInitialBranch("main").call()) {
            commit(git, LEGACY, legacy());
            commit(git, CART, BASE_CART);
            String base = commit(git, PRICING, BASE_PRICING);
            git.checkout().setCreateBranch(true).setName("feature").call();
            commit(git, CART, TODO_CART);
            String head = commit(git, PRICING, complexPricing());
            git.checkout().setName("main").call();
            return new PrRepository(path, base, head);
        }
    }

    Path path() {
        return path;
    }

    String base() {
        return base;
    }

    String head() {
        return head;
    }

    /** A second push to the PR: the complex function is gone again, the TODO stays. */
    String fixComplexity() throws Exception {
        return onBranch("feature", false, PRICING, BASE_PRICING);
    }

    /** Another PR from main adding a small, simple class. */
    String cleanChange() throws Exception {
        return onBranch("clean", true, "src/main/java/shop/Tax.java",
                "package shop;\n\nclass Tax {\n    int of(int amount) {\n        return amount / 10;\n    }\n}\n");
    }

    /** Another PR from main adding only the TODO. */
    String addTodoOnly() throws Exception {
        return onBranch("todo", true, CART, TODO_CART);
    }

    private String onBranch(String branch, boolean create, String file, String content) throws Exception {
        try (Git git = Git.open(path.toFile())) {
            git.checkout().setCreateBranch(create).setName(branch).call();
            String sha = commit(git, file, content);
            git.checkout().setName("main").call();
            return sha;
        }
    }

    /** A FIXME (a medium finding in the base) and a function of cyclomatic complexity 8: below the rule's threshold, but
     *  the base's most complex file, so the pricing class's hotspot score has room to rise. */
    private static String legacy() {
        StringBuilder ifs = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            ifs.append("        if (a > ").append(i).append(") { a--; }\n");
        }
        return "package shop;\n\n// FIXME: rounding is wrong for refunds\nclass Legacy {\n    int round(int a) {\n" + ifs
                + "        return a;\n    }\n}\n";
    }

    private static String complexPricing() {
        StringBuilder ifs = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            ifs.append("        if (a > ").append(i).append(") { a--; }\n");
        }
        return "package shop;\n\nclass Pricing {\n    int price(int a) {\n        return a;\n    }\n\n    int discount(int a) {\n"
                + ifs + "        return a;\n    }\n}\n";
    }

    private static String commit(Git git, String file, String content) throws Exception {
        Path target = git.getRepository().getWorkTree().toPath().resolve(file);
        Files.createDirectories(target.getParent());
        Files.writeString(target, content);
        git.add().addFilepattern(file).call();
        return git.commit().setMessage("change " + file).setAuthor("Dev", "dev@example.com")
                .setCommitter("Dev", "dev@example.com").setSign(false).call().getName();
    }
}
