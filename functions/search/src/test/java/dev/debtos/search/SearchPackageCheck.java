package dev.debtos.search;

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
 * The search package ({@code -Plambda}) fits Lambda and carries the model with Linux arm64 natives only; the plain API
 * package, which every other API Lambda runs, carries no ONNX runtime and no model. Run by the lambda profile on the
 * built jars (their paths in {@code debtos.lambdaJar} and {@code debtos.apiLambdaJar}).
 */
class SearchPackageCheck {
    static final long LAMBDA_UNZIPPED_LIMIT = 250L * 1024 * 1024;

    @Test
    void theSearchPackageFitsLambdaAndCarriesTheModelWithArm64NativesOnly() throws Exception {
        Contents search = contents(Path.of(System.getProperty("debtos.lambdaJar", "target/missing-lambda.jar")));
        assertThat(search.unzipped).isLessThan(LAMBDA_UNZIPPED_LIMIT);
        assertThat(search.model).as("the model ships in the package").isTrue();
        assertThat(search.onnxRuntime).isTrue();
        assertThat(search.natives).isNotEmpty().allMatch(name -> name.contains("linux-aarch64"));
        assertThat(search.searchFunctions).as("the MAIN_CLASS of the search routes").isTrue();
    }

    @Test
    void thePlainApiPackageCarriesNoOnnxRuntimeAndNoModel() throws Exception {
        Contents api = contents(Path.of(System.getProperty("debtos.apiLambdaJar", "../api/target/missing-lambda.jar")));
        assertThat(api.onnxRuntime).as("ai/onnxruntime classes").isFalse();
        assertThat(api.model).isFalse();
        assertThat(api.natives).isEmpty();
    }

    private record Contents(long unzipped, List<String> natives, boolean model, boolean onnxRuntime,
                            boolean searchFunctions) {
    }

    private static Contents contents(Path jar) throws Exception {
        assertThat(jar).as("build it with -Plambda").exists();
        long unzipped = 0;
        List<String> natives = new ArrayList<>();
        boolean model = false;
        boolean onnx = false;
        boolean search = false;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                unzipped += Math.max(0, entry.getSize());
                String name = entry.getName();
                if (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib") || name.endsWith(".pdb")) {
                    natives.add(name);
                }
                model |= name.endsWith(".onnx");
                onnx |= name.startsWith("ai/onnxruntime/");
                search |= name.equals("dev/debtos/search/SearchFunctions.class");
            }
        }
        System.out.printf("%s: %.1f MB zipped, %.1f MB unzipped, natives %s%n", jar.getFileName(), Files.size(jar) / 1048576.0,
                unzipped / 1048576.0, natives);
        return new Contents(unzipped, natives, model, onnx, search);
    }
}
