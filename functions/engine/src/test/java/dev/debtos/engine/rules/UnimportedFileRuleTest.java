package dev.debtos.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files nothing imports, over a real import graph built from sample sources. */
class UnimportedFileRuleTest {

    /** An app whose index imports eight modules: a graph worth trusting. */
    private static RuleTestKit wiredScriptApp() {
        StringBuilder index = new StringBuilder("import { e } from './lib/e';\n");
        RuleTestKit kit = new RuleTestKit();
        for (String name : List.of("a", "b", "c", "d", "f", "g", "h")) {
            index.append("import { ").append(name).append(" } from './").append(name).append(".js';\n");
            kit.file("src/" + name + ".js", "export const " + name + " = 1;\n");
        }
        kit.file("src/index.js", index.toString());
        return kit.file("src/lib/e.ts", "export const e = 5;\n");
    }

    private static List<String> reported(RuleTestKit kit) {
        return new UnimportedFileRule().check(kit.context()).stream().map(Finding::path).toList();
    }

    @Test
    void aModuleNoFileImportsIsLowSeverityDeadCode() {
        RuleTestKit kit = wiredScriptApp().file("src/orphan.js", "export function unused() { return 1; }\n");
        List<Finding> findings = new UnimportedFileRule().check(kit.context());
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.path()).isEqualTo("src/orphan.js");
            assertThat(finding.ruleKey()).isEqualTo("DEBT-DEADFILE-001");
            assertThat(finding.type()).isEqualTo(DebtType.DEAD_CODE);
            assertThat(finding.severity()).isEqualTo(Severity.LOW);
            assertThat(finding.message()).isEqualTo("No file imports src/orphan.js and it is no entry point");
        });
    }

    @Test
    void entryPointsTestsDeclarationsAndToolConfigurationAreNotReported() {
        RuleTestKit kit = wiredScriptApp()
                .file("src/orphan.test.js", "import { a } from './a.js';\n")
                .file("bin/run.js", "console.log(1);\n")
                .file("src/shell.js", "#!/usr/bin/env node\nconsole.log(2);\n")
                .file("src/types.d.ts", "declare const x: number;\n")
                .file("webpack.config.js", "module.exports = {};\n")
                .file("src/cli.js", "console.log(3);\n");
        assertThat(reported(kit)).isEmpty();
    }

    @Test
    void aFileTheManifestOrAnotherSourceNamesIsLoadedSomeOtherWay() {
        RuleTestKit kit = wiredScriptApp()
                .settingsFile("package.json", "{\"name\": \"x\", \"exports\": {\"./plugin\": \"./src/plugin.js\"}}")
                .file("src/plugin.js", "export default 1;\n")
                .file("src/worker.js", "onmessage = () => {};\n")
                .file("src/spawn.js", "export const w = new Worker('worker.js');\n")
                .file("src/a2.js", "import { spawn } from './spawn.js';\n");
        assertThat(reported(kit)).as("only the file that starts the worker is itself unimported").containsExactly("src/a2.js");
    }

    @Test
    void aSparseGraphIsNotTrusted() {
        RuleTestKit kit = new RuleTestKit().file("src/app.js", "import { a } from './a.js';\n")
                .file("src/a.js", "export const a = 1;\n").file("src/orphan.js", "export const o = 1;\n");
        assertThat(reported(kit)).as("one imported file is too few to judge the rest").isEmpty();

        RuleTestKit mostlyUnimported = wiredScriptApp();
        for (int i = 0; i < 8; i++) {
            mostlyUnimported.file("src/page" + i + ".js", "export const p = " + i + ";\n");
        }
        assertThat(reported(mostlyUnimported)).as("more files unimported than imported: wired by something unseen").isEmpty();
    }

    @Test
    void pathAliasesOrComponentFilesMakeTheScriptGraphIncomplete() {
        RuleTestKit aliased = wiredScriptApp().file("src/orphan.js", "export const o = 1;\n")
                .settingsFile("tsconfig.json", "{\"compilerOptions\": {\"paths\": {\"@/*\": [\"src/*\"]}}}");
        assertThat(reported(aliased)).isEmpty();
        RuleTestKit vue = wiredScriptApp().file("src/orphan.js", "export const o = 1;\n").paths("src/App.vue");
        assertThat(reported(vue)).isEmpty();
    }

    @Test
    void pythonModulesResolveThroughPackagesAndScriptsAreEntryPoints() {
        RuleTestKit kit = new RuleTestKit()
                .file("pkg/__init__.py", "from .a import a\nfrom .b import b\nfrom . import c\n")
                .file("pkg/a.py", "a = 1\n").file("pkg/b.py", "b = 2\n").file("pkg/c.py", "from pkg.d import d\nc = 3\n")
                .file("pkg/d.py", "d = 4\n").file("pkg/e.py", "from pkg import a\ne = 5\n")
                .file("pkg/f.py", "import pkg.e\n")
                .file("pkg/old.py", "def legacy():\n    return 1\n")
                .file("pkg/tool.py", "def main():\n    pass\n\nif __name__ == '__main__':\n    main()\n")
                .file("pkg/plugin.py", "x = 1\n").file("pkg/loader.py", "import importlib\nimportlib.import_module('pkg.plugin')\n")
                .file("tests/test_old.py", "from pkg import old\n");
        assertThat(reported(kit)).as("a test importing it does not count against; imports from tests count as use")
                .containsExactlyInAnyOrder("pkg/f.py", "pkg/loader.py");
    }

    @Test
    void aFileBesideAnUnreadFileMayBeImportedByIt() {
        RuleTestKit kit = wiredScriptApp().file("src/internal/tokenizer.js", "exports.tokenize = 1;\n")
                .paths("src/internal/parser.js");
        assertThat(reported(kit)).as("parser.js was skipped (minified): its imports are unknown").isEmpty();
        assertThat(reported(wiredScriptApp().file("src/internal/tokenizer.js", "exports.tokenize = 1;\n")))
                .containsExactly("src/internal/tokenizer.js");
    }

    @Test
    void aPythonLibrarysUsersImportItsPublicModulesSoOnlyPrivateOnesAreReported() {
        RuleTestKit library = pythonPackage().file("pkg/contrib.py", "x = 1\n").file("pkg/_compat.py", "y = 2\n")
                .paths("pyproject.toml");
        assertThat(reported(library)).containsExactly("pkg/_compat.py");
        RuleTestKit application = pythonPackage().file("pkg/contrib.py", "x = 1\n").file("pkg/_compat.py", "y = 2\n");
        assertThat(reported(application)).containsExactly("pkg/_compat.py", "pkg/contrib.py");
    }

    private static RuleTestKit pythonPackage() {
        RuleTestKit kit = new RuleTestKit().file("pkg/__init__.py", "from . import a, b, c, d, e\n");
        for (String name : List.of("a", "b", "c", "d", "e")) {
            kit.file("pkg/" + name + ".py", name + " = 1\n");
        }
        return kit;
    }

    @Test
    void compiledOutputIsJudgedThroughItsSource() {
        RuleTestKit kit = wiredScriptApp().file("lib/types.js", "\"use strict\";\n//# sourceMappingURL=types.js.map\n");
        assertThat(reported(kit)).isEmpty();
    }

    @Test
    void javaFilesAreNeverJudged() {
        RuleTestKit kit = new RuleTestKit();
        for (int i = 0; i < 6; i++) {
            kit.file("src/main/java/p/A" + i + ".java", "package p;\nimport p.B;\nclass A" + i + " {}\n");
        }
        kit.file("src/main/java/p/B.java", "package p;\nclass B {}\n");
        assertThat(reported(kit)).isEmpty();
    }
}
