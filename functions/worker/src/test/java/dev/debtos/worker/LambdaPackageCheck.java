package dev.debtos.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.platform.testing.LambdaPackage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The worker's Lambda package ({@code -Plambda}): under Lambda's 250 MB unzipped limit, with the embedding model in
 * it and native libraries for Linux arm64 only. Run by the lambda profile on the built jar (its path in
 * {@code debtos.lambdaJar}).
 */
class LambdaPackageCheck {

    @Test
    void thePackageFitsLambdaAndCarriesTheModelWithArm64NativesOnly() throws Exception {
        LambdaPackage worker = LambdaPackage.read(Path.of(System.getProperty("debtos.lambdaJar", "target/missing-lambda.jar")));
        assertThat(worker.unzipped()).isLessThan(LambdaPackage.UNZIPPED_LIMIT);
        assertThat(worker.has(name -> name.endsWith("all-minilm-l6-v2.onnx"))).as("the model ships in the package").isTrue();
        assertThat(worker.natives()).isNotEmpty().allMatch(name -> name.contains("linux-aarch64"));
    }
}
