package dev.debtos.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.platform.testing.LambdaPackage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The search package ({@code -Plambda}) fits Lambda and carries the model with Linux arm64 natives only; the plain API
 * package, which every other API Lambda runs, carries no ONNX runtime and no model. Run by the lambda profile on the
 * built jars (their paths in {@code debtos.lambdaJar} and {@code debtos.apiLambdaJar}).
 */
class SearchPackageCheck {

    @Test
    void theSearchPackageFitsLambdaAndCarriesTheModelWithArm64NativesOnly() throws Exception {
        LambdaPackage search = LambdaPackage.read(Path.of(System.getProperty("debtos.lambdaJar", "target/missing-lambda.jar")));
        assertThat(search.unzipped()).isLessThan(LambdaPackage.UNZIPPED_LIMIT);
        assertThat(search.has(name -> name.endsWith(".onnx"))).as("the model ships in the package").isTrue();
        assertThat(search.has(name -> name.startsWith("ai/onnxruntime/"))).isTrue();
        assertThat(search.natives()).isNotEmpty().allMatch(name -> name.contains("linux-aarch64"));
        assertThat(search.has("dev/debtos/search/SearchFunctions.class"::equals)).as("the MAIN_CLASS of the search routes").isTrue();
    }

    @Test
    void thePlainApiPackageCarriesNoOnnxRuntimeAndNoModel() throws Exception {
        LambdaPackage api = LambdaPackage.read(Path.of(System.getProperty("debtos.apiLambdaJar", "../api/target/missing-lambda.jar")));
        assertThat(api.has(name -> name.startsWith("ai/onnxruntime/"))).as("ai/onnxruntime classes").isFalse();
        assertThat(api.has(name -> name.endsWith(".onnx"))).isFalse();
        assertThat(api.natives()).isEmpty();
    }
}
