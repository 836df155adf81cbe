package dev.debtos.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import software.amazon.awscdk.services.lambda.Code;

/**
 * Where the CDK app finds what it deploys: the repository root (for {@link RoutesFile}) and the functions' shaded
 * jars, {@code functions/api/target/*-lambda.jar}, {@code functions/search/target/*-lambda.jar} and
 * {@code functions/worker/target/*-lambda.jar}, built with
 * {@code mvn -Plambda package -pl functions/api,functions/search,functions/worker -am}.
 *
 * <p>When a jar is absent (tests, a synth on a fresh checkout) the code is a placeholder asset: a small directory
 * with a README, so the templates synthesize and can be asserted but {@link #isPlaceholder} tells a caller that
 * this cloud assembly must not be deployed ({@code DebtOsApp} adds a synth warning saying so).
 */
public final class FunctionAssets {

    static final String PLACEHOLDER_DIR = "src/main/resources/placeholder-asset";

    private final Path root;

    private FunctionAssets(Path root) {
        this.root = root;
    }

    /** The repository root: {@code DEBT_OS_HOME} when set, else the nearest directory up holding the route table. */
    public static FunctionAssets locate() {
        String home = System.getenv("DEBT_OS_HOME");
        if (home != null && !home.isBlank() && Files.isRegularFile(Path.of(home).resolve(RoutesFile.LOCATION))) {
            return new FunctionAssets(Path.of(home).toAbsolutePath().normalize());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(RoutesFile.LOCATION))) {
                return new FunctionAssets(dir.normalize());
            }
        }
        throw new IllegalStateException("cannot find the repository root (" + RoutesFile.LOCATION
                + "): run from inside the checkout or set DEBT_OS_HOME");
    }

    /** The repository root, where the web stack finds the dashboard's files. */
    public Path root() {
        return root;
    }

    public Path routesFile() {
        return root.resolve(RoutesFile.LOCATION);
    }

    /** Relative to the repository root: the schema migration function applies what is here. */
    public static final Path CHANGELOG = Path.of("functions", "platform", "src", "main", "resources", "db", "changelog");

    /**
     * SHA-256 over the changelog's files (names and contents, in name order): the schema custom resource's property,
     * so a deploy runs the migration function whenever a migration was added.
     */
    public String changelogDigest() {
        Path dir = root.resolve(CHANGELOG);
        try (Stream<Path> files = Files.list(dir)) {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the changelog " + dir, e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Code apiCode() {
        return code("functions/api");
    }

    public Code workerCode() {
        return code("functions/worker");
    }

    /** The search package: the API's functions with the embedding model, for the routes that embed text. */
    public Code searchCode() {
        return code("functions/search");
    }

    /** True when a module's jar is missing and its functions would deploy the placeholder. */
    public boolean isPlaceholder(String module) {
        return jar(module).isEmpty();
    }

    private Code code(String module) {
        return Code.fromAsset(jar(module).orElse(root.resolve("infra-cdk").resolve(PLACEHOLDER_DIR)).toString());
    }

    private Optional<Path> jar(String module) {
        Path target = root.resolve(module).resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-lambda.jar")).sorted().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
