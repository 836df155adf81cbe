package dev.debtos.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The worker's Lambda package ({@code -Plambda}): under Lambda's 250 MB unzipped limit, with the embedding model in
 * it and native libraries for Linux arm64 only. Run by the lambda profile on the built jar (its path in
 * {@code debtos.lambdaJar}).
 */
class LambdaPackageCheck {
    static final long LAMBDA_UNZIPPED_LIMIT = 250L * 1024 * 1024;

    @Test
    void thePackageFitsLambdaAndCarriesTheModelWithArm64NativesOnly() throws Exception {
        Path jar = Path.of(System.getProperty("debtos.lambdaJar", "target/missing-lambda.jar"));
        assertThat(jar).as("build it with -Plambda").exists();
        long unzipped = 0;
        List<String> natives = new ArrayList<>();
        boolean model = false;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                unzipped += Math.max(0, entry.getSize());
                String name = entry.getName();
                if (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib") || name.endsWith(".pdb")) {
                    natives.add(name);
                }
                model |= name.endsWith("all-minilm-l6-v2.onnx");
            }
        }
        System.out.printf("%s: %.1f MB zipped, %.1f MB unzipped, natives %s%n", jar.getFileName(), Files.size(jar) / 1048576.0,
                unzipped / 1048576.0, natives);
        assertThat(unzipped).isLessThan(LAMBDA_UNZIPPED_LIMIT);
        assertThat(model).as("the model ships in the package").isTrue();
        assertThat(natives).isNotEmpty().allMatch(name -> name.contains("linux-aarch64"));
    }
}
