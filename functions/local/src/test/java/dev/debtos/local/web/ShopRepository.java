package dev.debtos.local.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;

/**
 * A small real git repository for the browser tests: on {@code main} a 41-branch function (a high complexity
 * finding in Pricing.java), a FIXME and a TODO; on {@code feature} one more complex class (Discounts.java), the
 * change a pull request brings.
 */
record ShopRepository(Path directory, String mainHead, String featureHead) {

    static ShopRepository create(Path directory) throws Exception {
        try (Git git = Git.init().setDirectory(directory.toFile()).setInitialBranch("main").call()) {
            commit(git, "src/main/java/shop/Legacy.java", "package shop;\n\n// FIXME: rounding is wrong for refunds\n"
                    + "class Legacy {\n    int round(int a) {\n" + branches(7) + "        return a;\n    }\n}\n");
            commit(git, "src/main/java/shop/Cart.java", "package shop;\n\n// TODO: support coupons\nclass Cart {\n"
                    + "    int total() {\n        return 0;\n    }\n}\n");
            String main = commit(git, "src/main/java/shop/Pricing.java", complexClass("Pricing", "discount"));
            git.checkout().setCreateBranch(true).setName("feature").call();
            String feature = commit(git, "src/main/java/shop/Discounts.java", complexClass("Discounts", "seasonal"));
            git.checkout().setName("main").call();
            return new ShopRepository(directory, main, feature);
        }
    }

    private static String branches(int count) {
        StringBuilder ifs = new StringBuilder();
        for (int i = 0; i < count; i++) {
            ifs.append("        if (a > ").append(i).append(") { a--; }\n");
        }
        return ifs.toString();
    }

    private static String complexClass(String name, String function) {
        return "package shop;\n\nclass " + name + " {\n    int price(int a) {\n        return a;\n    }\n\n    int " + function
                + "(int a) {\n" + branches(40) + "        return a;\n    }\n}\n";
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
