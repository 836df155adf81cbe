package dev.debtos.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.debtos.engine.duplication.CloneGroup;
import dev.debtos.engine.duplication.CloneKind;
import dev.debtos.engine.duplication.CloneLocation;
import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.FindingLocation;
import dev.debtos.engine.findings.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules over files, clones, cycles, SATD, hotspots, coupling and the tree's paths. */
class RepositoryRulesTest {

    @Test
    void godFileNeedsSizeOrComplexityNotFunctionCountAlone() {
        StringBuilder code = new StringBuilder("class Big {\n");
        for (int i = 0; i < 5; i++) {
            code.append("  void m").append(i).append("() {}\n");
        }
        code.append("}\n");
        RuleTestKit facade = new RuleTestKit().file("Big.java", code.toString()).thresholds(Map.of("godFileFunctions", 4));
        assertThat(new GodFileRule().check(facade.context())).as("many small functions alone").isEmpty();

        RuleTestKit big = new RuleTestKit().file("src/Big.java", code.toString()).file("src/test/BigTest.java", code.toString())
                .thresholds(Map.of("godFileFunctions", 4, "godFileLines", 5));
        assertThat(new GodFileRule().check(big.context())).as("too long (just over: low), and size is not judged in tests")
                .extracting(Finding::type, Finding::severity, Finding::path)
                .containsExactly(tuple(DebtType.GOD_CLASS, Severity.LOW, "src/Big.java"));
    }

    @Test
    void aCloneGroupIsOneFindingAtItsFirstCopyWithTheOthersAsRelatedLocations() {
        CloneGroup group = new CloneGroup(150, 12, List.of(new CloneLocation("a/A.java", 3, 14, 5),
                new CloneLocation("b/B.java", 20, 31, 9), new CloneLocation("c/C.java", 1, 12, 1)));
        List<Finding> findings = new DuplicatedBlockRule().check(new RuleTestKit().clone(group).context());
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.path()).isEqualTo("a/A.java");
            assertThat(finding.startLine()).isEqualTo(3);
            assertThat(finding.related()).containsExactly(new FindingLocation("b/B.java", 20, 31, 9),
                    new FindingLocation("c/C.java", 1, 12, 1));
            assertThat(finding.message()).isEqualTo(
                    "Block of 12 lines (150 tokens) appears 3 times; the other copies: b/B.java:20-31, c/C.java:1-12");
            assertThat(finding.severity()).as("150 tokens x 2 more copies").isEqualTo(Severity.MEDIUM);
        });
    }

    @Test
    void severityGrowsWithTheDuplicatedCodeTokensTimesExtraCopies() {
        CloneLocation a = new CloneLocation("a.py", 1, 9);
        CloneLocation b = new CloneLocation("b.py", 1, 9);
        CloneLocation c = new CloneLocation("c.py", 1, 9);
        assertThat(DuplicatedBlockRule.severity(new CloneGroup(120, 9, List.of(a, b)))).isEqualTo(Severity.LOW);
        assertThat(DuplicatedBlockRule.severity(new CloneGroup(320, 9, List.of(a, b)))).isEqualTo(Severity.MEDIUM);
        assertThat(DuplicatedBlockRule.severity(new CloneGroup(600, 9, List.of(a, b, c)))).isEqualTo(Severity.HIGH);
    }

    @Test
    void groupsThatMatchByShapeAloneAreNotReported() {
        RuleTestKit kit = new RuleTestKit();
        for (CloneKind kind : List.of(CloneKind.DATA, CloneKind.LITERAL_VARIANTS, CloneKind.DIFFERENT_NAMES)) {
            kit.clone(new CloneGroup(400, 20, List.of(new CloneLocation("x/T.java", 1, 20), new CloneLocation("y/T.java", 1, 20)), kind));
        }
        assertThat(new DuplicatedBlockRule().check(kit.context())).isEmpty();
    }

    @Test
    void runsOfAccessorsAndDelegatorsAreNotReportedInAnyLanguage() {
        String java = """
                class Style {
                    String getStart() {
                        return start;
                    }
                    void setStart(String start) {
                        this.start = start;
                    }
                    String getEnd() {
                        return end;
                    }
                    void setEnd(String end) {
                        this.end = end;
                    }
                    int total(int[] xs) {
                        int t = 0;
                        for (int x : xs) { t += x; }
                        return t;
                    }
                    int sum(int[] ys) {
                        int s = 0;
                        for (int y : ys) { s += y; }
                        return s;
                    }
                }
                """;
        String go = """
                package ctx

                func (c *Context) Name() string { return c.name }
                func (c *Context) Path() string { return c.path }
                func (c *Context) Host() string { return c.host }
                func (c *Context) Port() int { return c.port }
                """;
        String python = """
                class Point:
                    def x(self):
                        return self._x

                    def y(self):
                        return self._y

                    def dx(self):
                        return self._dx

                    def dy(self):
                        return self._dy
                """;
        RuleTestKit kit = new RuleTestKit().file("Style.java", java).file("ctx.go", go).file("point.py", python)
                .clone(new CloneGroup(40, 6, List.of(new CloneLocation("Style.java", 2, 7), new CloneLocation("Style.java", 8, 13))))
                .clone(new CloneGroup(40, 2, List.of(new CloneLocation("ctx.go", 3, 4), new CloneLocation("ctx.go", 5, 6))))
                .clone(new CloneGroup(40, 5, List.of(new CloneLocation("point.py", 2, 6), new CloneLocation("point.py", 8, 12))))
                .clone(new CloneGroup(60, 10, List.of(new CloneLocation("Style.java", 11, 19),
                        new CloneLocation("Style.java", 14, 24))));
        assertThat(new DuplicatedBlockRule().check(kit.context())).extracting(Finding::path, Finding::startLine)
                .as("only the copies with a loop in them").containsExactly(tuple("Style.java", 11));
    }

    @Test
    void anOverloadFamilyInOneFileIsNotReported() {
        StringBuilder code = new StringBuilder("class Arrays {\n");
        for (String type : List.of("int", "long")) {
            code.append("    static void fill(").append(type).append("[] a, ").append(type).append(" v) {\n");
            code.append("        for (int i = 0; i < a.length; i++) { a[i] = v; }\n    }\n");
        }
        RuleTestKit kit = new RuleTestKit().file("Arrays.java", code.append("}\n").toString())
                .clone(new CloneGroup(100, 1, List.of(new CloneLocation("Arrays.java", 3, 3), new CloneLocation("Arrays.java", 6, 6))));
        assertThat(new DuplicatedBlockRule().check(kit.context())).isEmpty();
    }

    @Test
    void runsOfOverloadsAndPrimitiveSpecialisationsAreOverloadFamiliesToo() {
        StringBuilder code = new StringBuilder("class Ieee {\n");                       // line 1
        for (String type : List.of("double", "float")) {                                // lines 2-7, 8-13
            code.append("    static ").append(type).append(" min(").append(type).append(" a, ").append(type)
                    .append(" b) {\n        return a < b ? a : b;\n    }\n");
            code.append("    static ").append(type).append(" max(").append(type).append(" a, ").append(type)
                    .append(" b) {\n        return a > b ? a : b;\n    }\n");
        }
        RuleTestKit kit = new RuleTestKit().file("Ieee.java", code.append("}\n").toString())
                .clone(new CloneGroup(100, 6, List.of(new CloneLocation("Ieee.java", 2, 7), new CloneLocation("Ieee.java", 8, 13))))
                .clone(new CloneGroup(50, 3, List.of(new CloneLocation("Ieee.java", 2, 4), new CloneLocation("Ieee.java", 11, 13))))
                .clone(new CloneGroup(150, 60, List.of(new CloneLocation("fn/FailableIntPredicate.java", 29, 93),
                        new CloneLocation("fn/FailableLongPredicate.java", 29, 93))))
                .clone(new CloneGroup(150, 60, List.of(new CloneLocation("fn/IntReader.java", 1, 60),
                        new CloneLocation("fn/TextReader.java", 1, 60))));
        assertThat(new DuplicatedBlockRule().check(kit.context())).extracting(Finding::path, Finding::startLine)
                .containsExactly(tuple("Ieee.java", 2), tuple("fn/IntReader.java", 1)); // min against max: no family
    }

    @Test
    void satdCommentsBecomeFindingsTypedByCategory() {
        RuleTestKit kit = new RuleTestKit().file("s.ts", """
                // FIXME: wrong total for refunds
                // TODO: write tests for the parser
                // TODO: document the flags
                let x = 1; // for now hard-coded
                """);
        assertThat(new SatdCommentRule().check(kit.context()))
                .extracting(Finding::startLine, Finding::type, Finding::severity)
                .containsExactly(tuple(1, DebtType.CODE_SMELL, Severity.MEDIUM), tuple(2, DebtType.MISSING_TESTS, Severity.LOW),
                        tuple(3, DebtType.MISSING_DOCS, Severity.LOW), tuple(4, DebtType.CODE_SMELL, Severity.INFO));
    }

    @Test
    void bareMarkersAreNoFindingAndTestCodeRanksBelowProduction() {
        RuleTestKit kit = new RuleTestKit().file("src/cart.py", """
                # TODO
                # FIXME:
                # TODO(ann) -
                # TODO: round refunds to cents
                """).file("tests/test_cart.py", """
                # FIXME: flaky on Windows
                # Unit tests TODO
                """);
        List<Finding> findings = new SatdCommentRule().check(kit.context());
        assertThat(findings).extracting(Finding::path, Finding::startLine, Finding::severity)
                .containsExactly(tuple("src/cart.py", 4, Severity.LOW), tuple("tests/test_cart.py", 1, Severity.MEDIUM),
                        tuple("tests/test_cart.py", 2, Severity.LOW));
        List<Finding> ranked = dev.debtos.engine.scoring.Scoring.prioritise(
                findings.stream().map(f -> f.withRole(kit.context().roles().of(f.path()))).toList(), List.of(), List.of());
        assertThat(ranked.getLast().path()).isEqualTo("tests/test_cart.py");
    }

    @Test
    void oneNoteRepeatedAcrossFilesIsOneFindingAndOtherNotesStayApart() {
        RuleTestKit kit = new RuleTestKit().file("src/A.java", """
                class A {
                    /** @deprecated TODO Make private in 4.0. */
                    int a;
                    /** @deprecated TODO Make private in 4.0. */
                    int b;
                    // TODO when breaking BC, consider returning value
                    void c() {}
                }
                """).file("src/B.java", """
                class B {
                    /** @deprecated TODO   make private in 4.0. */
                    int a;
                    // TODO when breaking BC, consider returning type
                    void c() {}
                }
                """).file("lib/c.py", """
                # TODO: Make private in 4.0.
                # TODO: Make private in 4.0.
                """);
        assertThat(new SatdCommentRule().check(kit.context()))
                .extracting(Finding::path, Finding::startLine, f -> f.related().size(), Finding::remediationMinutes)
                .containsExactlyInAnyOrder(tuple("src/A.java", 2, 2, 25), tuple("src/A.java", 6, 0, 15),
                        tuple("src/B.java", 4, 0, 15), tuple("lib/c.py", 1, 1, 20));
    }

    @Test
    void cyclesAreReportedWithTheirFiles() {
        List<Finding> findings = new CircularDependencyRule().check(new RuleTestKit().cycle("a.py", "b.py", "c.py").context());
        assertThat(findings).extracting(Finding::type, Finding::severity, Finding::evidence)
                .containsExactly(tuple(DebtType.CIRCULAR_DEPENDENCY, Severity.MEDIUM, "a.py -> b.py -> c.py"));
    }

    @Test
    void hotspotsKnowledgeIslandsAndMissingTests() {
        RuleTestKit kit = new RuleTestKit()
                .hotspot("src/Orders.java", 40, 90, 0.9, "Ann", 0.95)
                .hotspot("src/Cart.java", 30, 50, 0.5, "Bob", 0.4)
                .hotspot("src/Util.java", 2, 200, 0.3, "Cy", 1.0)      // too few commits to be a hotspot
                .hotspot("src/Tiny.java", 50, 3, 0.3, "Di", 1.0)       // not complex enough
                .paths("test/CartTest.java");
        for (int i = 0; i < 6; i++) {
            kit.hotspot("src/Plain" + i + ".java", 1, 2, 0.0, "Ann", 1.0); // the repository's ordinary files
        }
        RuleContext context = kit.context();
        assertThat(new HotspotRule().check(context)).extracting(Finding::path, Finding::severity)
                .containsExactly(tuple("src/Orders.java", Severity.CRITICAL), tuple("src/Cart.java", Severity.HIGH));
        assertThat(new KnowledgeIslandRule().check(context)).extracting(Finding::path, Finding::message)
                .containsExactly(tuple("src/Orders.java", "Knowledge island: Ann wrote 95% of this hotspot"));
        assertThat(new MissingTestsForHotspotRule().check(context)).extracting(Finding::path, Finding::evidence)
                .containsExactly(tuple("src/Orders.java", "expected e.g. OrdersTest.java"));
    }

    @Test
    void duplicationAmongTestFilesIsNotReportedButAProductionCopyIs() {
        RuleTestKit kit = new RuleTestKit()
                .clone(new CloneGroup(400, 20, List.of(new CloneLocation("src/test/java/ATest.java", 1, 20),
                        new CloneLocation("src/test/java/BTest.java", 1, 20))))
                .clone(new CloneGroup(400, 20, List.of(new CloneLocation("src/main/java/Fixtures.java", 1, 20),
                        new CloneLocation("src/test/java/CTest.java", 1, 20))));
        assertThat(new DuplicatedBlockRule().check(kit.context())).extracting(Finding::path)
                .containsExactly("src/main/java/Fixtures.java");
    }

    @Test
    void aHotspotMustStandOutInItsRepository() {
        // a tiny repository: one commit each, one file far more complex than the others
        RuleTestKit tiny = new RuleTestKit().hotspot("a.js", 1, 40, 1.0, "Ann", 1.0).hotspot("b.js", 1, 2, 0.05, "Ann", 1.0)
                .hotspot("c.js", 1, 1, 0.03, "Ann", 1.0);
        assertThat(new HotspotRule().check(tiny.context())).isEmpty();
        assertThat(new MissingTestsForHotspotRule().check(tiny.context())).isEmpty();
        assertThat(new KnowledgeIslandRule().check(tiny.context())).isEmpty();
        // every file changes alike: nothing stands out
        RuleTestKit alike = new RuleTestKit();
        for (int i = 0; i < 5; i++) {
            alike.hotspot("f" + i + ".go", 30, 60, 0.9, "Ann", 0.5);
        }
        assertThat(new HotspotRule().check(alike.context())).isEmpty();
    }

    @Test
    void testsAreFoundByEachEcosystemsNamingAndLayout() {
        RuleTestKit kit = new RuleTestKit()
                .file("lib/response.js", "function send(a) {\n  return a;\n}\n\n\n")
                .hotspot("lib/response.js", 40, 90, 0.9, "Ann", 0.5)      // test/res.send.js: named after what it exports
                .hotspot("lib/router/index.js", 40, 90, 0.9, "Ann", 0.5)  // test/app.router.js names the router
                .hotspot("render.go", 40, 90, 0.9, "Ann", 0.5)            // its package has tests (gin_test.go)
                .hotspot("src/main/java/a/Parser.java", 40, 90, 0.9, "Ann", 0.5) // ParserIT
                .hotspot("pkg/utils.py", 40, 90, 0.9, "Ann", 0.5)         // tests/test_utils.py
                .hotspot("lib/view.js", 40, 90, 0.9, "Ann", 0.5)          // untested
                .paths("test/res.send.js", "test/app.router.js", "gin_test.go", "src/test/java/a/ParserIT.java",
                        "tests/test_utils.py", "test/support/env.js");
        for (int i = 0; i < 8; i++) {
            kit.hotspot("lib/plain" + i + ".js", 1, 2, 0.0, "Ann", 1.0);
        }
        assertThat(new MissingTestsForHotspotRule().check(kit.context()))
                .extracting(Finding::path, Finding::startLine, Finding::endLine)
                .containsExactly(tuple("lib/view.js", 1, 100));
        RuleTestKit measured = new RuleTestKit().file("lib/view.js", "function v(a) {\n  return a;\n}\n\n\n")
                .hotspot("lib/view.js", 40, 90, 0.9, "Ann", 0.5);
        for (int i = 0; i < 8; i++) {
            measured.hotspot("lib/plain" + i + ".js", 1, 2, 0.0, "Ann", 1.0);
        }
        assertThat(new MissingTestsForHotspotRule().check(measured.context())).as("the range ends at the file's last line")
                .extracting(Finding::endLine).containsExactly(5);
    }

    @Test
    void aDeliberateLockFileOptOutIsRespected() {
        RuleTestKit kit = new RuleTestKit().paths("package.json", "web/package.json", "tools/package.json")
                .settingsFile(".npmrc", "; libraries test what their users resolve\npackage-lock = false\n")
                .settingsFile("tools/.npmrc", "package-lock=true\n");
        assertThat(new MissingLockFileRule().check(kit.context())).isEmpty();
        RuleTestKit notOptedOut = new RuleTestKit().paths("package.json").settingsFile(".npmrc", "package-lock-only=false\n");
        assertThat(new MissingLockFileRule().check(notOptedOut.context())).extracting(Finding::path).containsExactly("package.json");
    }

    @Test
    void changeCouplingAcrossModulesOnly() {
        RuleTestKit kit = new RuleTestKit().paths("api/pom.xml", "core/pom.xml", "api/src/Api.java", "core/src/Core.java",
                        "core/src/Other.java")
                .coupled("api/src/Api.java", "core/src/Core.java", 12, 0.85)
                .coupled("core/src/Core.java", "core/src/Other.java", 12, 0.9)
                .coupled("api/src/Api.java", "core/src/Other.java", 6, 0.35);
        assertThat(new CrossModuleCouplingRule().check(kit.context())).extracting(Finding::path, Finding::severity, Finding::message)
                .containsExactly(tuple("api/src/Api.java", Severity.HIGH,
                        "Changes together with core/src/Core.java (module 'core') in 12 commits, coupling 85%"));
    }

    @Test
    void manifestsWithoutLockFiles() {
        RuleTestKit kit = new RuleTestKit().paths("package.json", "web/package.json", "web/yarn.lock", "svc/go.mod",
                "tools/Gemfile", "tools/Gemfile.lock");
        assertThat(new MissingLockFileRule().check(kit.context())).extracting(Finding::path)
                .containsExactly("package.json", "svc/go.mod");
    }

    @Test
    void unknownThresholdsAreRejectedByName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleThresholds.defaults().withOverrides(Map.of("cyclomtic", 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("unknown rule threshold 'cyclomtic'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleThresholds.defaults().withOverrides(Map.of("hotspotScore", 2)))
                .hasMessageContaining("(0, 1]");
    }
}
