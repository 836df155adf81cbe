package dev.debtos.engine.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each ecosystem's conventions for test, example, generated and vendored code, and globs that override them. */
class FileRolesTest {
    private final FileRoles roles = FileRoles.conventions();

    @Test
    void testsByEachEcosystemsNamingAndLayout() {
        for (String path : List.of("src/test/java/a/ParserTest.java", "src/main/java/a/ParserTests.java", "a/ParserIT.java",
                "a/TestParser.java", "router_test.go", "context_1.16_test.go", "tests/test_api.py", "pkg/api_test.py",
                "conftest.py", "lib/router.test.js", "src/app.spec.ts", "spec/models/user_spec.rb", "test/res.send.js",
                "__tests__/App.js", "src/UserSpec.groovy", "t/basic.t", "testdata/input.go", "benchmarks/bench_parse.py")) {
            assertThat(roles.of(path)).as(path).isEqualTo(FileRole.TEST);
        }
        for (String path : List.of("src/main/java/a/Contest.java", "src/Latest.java", "com/squareup/javapoet/TypeSpec.java",
                "src/Split.java", "lib/attest.js", "app/testing_utils/x.go", "src/main/java/it/Main.java", "lib/response.js", "")) {
            assertThat(roles.of(path)).as(path).isEqualTo(FileRole.PRODUCTION);
        }
    }

    @Test
    void examplesGeneratedAndVendoredCode() {
        assertThat(roles.of("examples/basic/main.go")).isEqualTo(FileRole.EXAMPLE);
        assertThat(roles.of("docs/conf.py")).isEqualTo(FileRole.EXAMPLE);
        assertThat(roles.of("api/v1/service.pb.go")).isEqualTo(FileRole.GENERATED);
        assertThat(roles.of("proto/service_pb2.py")).isEqualTo(FileRole.GENERATED);
        assertThat(roles.of("src/test/java/org/x/jmh_generated/Bench_jmhTest.java")).isEqualTo(FileRole.GENERATED);
        assertThat(roles.of("third_party/zlib/inflate.c")).isEqualTo(FileRole.VENDORED);
    }

    @Test
    void globsWinOverTheConventions() {
        FileRoles custom = new FileRoles(Map.of(FileRole.TEST, List.of("qa/**"), FileRole.PRODUCTION, List.of("tests/support/"))).plus(
                Map.of(FileRole.EXAMPLE, List.of("playground/")));
        assertThat(custom.of("qa/checks/run.py")).isEqualTo(FileRole.TEST);
        assertThat(custom.of("tests/support/server.py")).isEqualTo(FileRole.PRODUCTION);
        assertThat(custom.of("playground/demo.ts")).isEqualTo(FileRole.EXAMPLE);
        assertThat(custom.of("tests/test_api.py")).isEqualTo(FileRole.TEST);
    }
}
