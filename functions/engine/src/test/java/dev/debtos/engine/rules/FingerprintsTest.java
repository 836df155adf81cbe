package dev.debtos.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.findings.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fingerprints survive moving code and unrelated edits; they change when the finding's own identity does. */
class FingerprintsTest {
    private static final String COMPLEX_BODY = """
                    if (a > 0) { a++; } if (a > 1) { a++; } if (a > 2) { a++; } if (a > 3) { a++; }
                    if (a > 4) { a++; } if (a > 5) { a++; } if (a > 6) { a++; } if (a > 7) { a++; }
                    if (a > 8) { a++; } if (a > 9) { a++; } if (a > 10) { a++; } if (a > 11) { a++; }
                    if (a > 12) { a++; } if (a > 13) { a++; } if (a > 14) { a++; } if (a > 15) { a++; }
                    if (a > 16) { a++; } if (a > 17) { a++; } if (a > 18) { a++; }
                    return a;
            """;

    private static List<String> fingerprints(String code) {
        RuleTestKit kit = new RuleTestKit().file("src/Calc.java", code);
        List<Finding> findings = new java.util.ArrayList<>(new ComplexFunctionRule().check(kit.context()));
        findings.addAll(new SatdCommentRule().check(kit.context()));
        return findings.stream().map(Finding::fingerprint).toList();
    }

    @Test
    void movingCodeAndEditingElsewhereKeepsFingerprints() {
        String original = "class Calc {\n    // TODO: handle overflow\n    int calc(int a) {\n" + COMPLEX_BODY + "    }\n}\n";
        String moved = "import java.util.List;\n\nclass Calc {\n    int unrelated() { return 1; }\n\n    int calc(int a) {\n"
                + COMPLEX_BODY.replace("return a;", "a = a * 2;\n                return a;") + "    }\n\n"
                + "    // TODO:   handle   overflow\n}\n";
        assertThat(fingerprints(original)).hasSize(2).containsExactlyInAnyOrderElementsOf(fingerprints(moved));
    }

    @Test
    void renamingTheFunctionOrChangingTheCommentMakesANewFinding() {
        String original = "class Calc {\n    // TODO: handle overflow\n    int calc(int a) {\n" + COMPLEX_BODY + "    }\n}\n";
        String renamed = "class Calc {\n    // TODO: handle underflow\n    int compute(int a) {\n" + COMPLEX_BODY + "    }\n}\n";
        assertThat(fingerprints(renamed)).doesNotContainAnyElementsOf(fingerprints(original));
    }

    @Test
    void aNoteRepeatedWordForWordIsOneFindingWithItsOtherPlaces() {
        String code = "// TODO: x\nclass A {}\n// TODO: x\n";
        RuleTestKit kit = new RuleTestKit().file("A.java", code);
        List<Finding> findings = new SatdCommentRule().check(kit.context());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.startLine()).isEqualTo(1);
            assertThat(f.related()).extracting(l -> l.path() + ":" + l.startLine()).containsExactly("A.java:3");
            assertThat(f.fingerprint()).isEqualTo(new SatdCommentRule().check(
                    new RuleTestKit().file("A.java", "// TODO: x\nclass A {}\n").context()).getFirst().fingerprint());
        });
    }
}
