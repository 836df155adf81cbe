package dev.debtos.engine.duplication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.lexer.Lexers;
import dev.debtos.engine.source.Language;
import dev.debtos.engine.source.SourceFile;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CloneDetectorTest {

    /** Exactly 150 tokens over 23 lines (asserted below); not periodic, so it matches nowhere but its copies. */
    static final String BLOCK = """
                    int total = 0;
                    for (int i = 0; i < values.length; i++) {
                        if (values[i] > limit) {
                            total += values[i] * 2;
                        } else if (values[i] < 0) {
                            total -= values[i];
                        } else {
                            total++;
                        }
                    }
                    String label = "sum:" + total;
                    while (total > 100 && !done) {
                        total = total / 3;
                        log(label, total);
                    }
                    switch (mode) {
                        case 1 -> report(total, label);
                        case 2 -> reset(values);
                        default -> { }
                    }
                    int spare = limit * 4;
                    done = !done;
                    return total > limit ? total - limit : limit;
            """;

    /** The same code with every identifier renamed and every literal changed. */
    static final String RENAMED_BLOCK = BLOCK.replace("values", "xs").replace("limit", "cap").replace("total", "acc")
            .replace("label", "text").replace("done", "stop").replace("log(", "trace(").replace("report(", "emit(")
            .replace("reset(", "clear(").replace("mode", "kind").replace("\"sum:\"", "\"acc=\"").replace("100", "7")
            .replace("* 2", "* 9").replace("< 0", "< 5").replace("/ 3", "/ 8").replace("* 4", "* 6");

    @Test
    void theBlockHasExactly150Tokens() {
        assertThat(Lexers.lex(java("Block.java", BLOCK)).size()).isEqualTo(150);
        assertThat(Lexers.lex(java("Block.java", RENAMED_BLOCK)).size()).isEqualTo(150);
        assertThat(RENAMED_BLOCK).doesNotContain("values", "limit", "total", "\"sum:\"", "100");
    }

    @Test
    void findsACloneWithRenamedIdentifiersAndChangedLiteralsWithItsExactTokensAndLines() {
        String alpha = "import java.util.List;\nclass Alpha {\n    int sum(int[] values, int limit) {\n" + BLOCK + "    }\n}\n";
        String beta = "class Beta {\n    private boolean stop;\n\n    int other(int[] xs, int cap) {\n        int z = 7;\n"
                + RENAMED_BLOCK + "        trace();\n    }\n}\n";

        List<CloneGroup> groups = detect(CloneDetector.DEFAULT_MINIMUM_TOKENS, "src/Alpha.java", alpha, "src/Beta.java", beta);

        // the preceding tokens ('{' vs ';') and the following ('}' vs 'trace') differ: exactly the block, from its column
        assertThat(groups).containsExactly(new CloneGroup(150, 23, List.of(
                new CloneLocation("src/Alpha.java", 4, 26, 9), new CloneLocation("src/Beta.java", 6, 28, 9))));
    }

    @Test
    void ignoresDuplicatesBelowTheThreshold() {
        String alpha = "class Alpha {\n    int sum(int[] values, int limit) {\n" + BLOCK + "    }\n}\n";
        String beta = "class Beta {\n    int sum(int[] values, int limit) {\n" + BLOCK + "    }\n}\n";

        assertThat(detect(200, "Alpha.java", alpha, "Beta.java", beta)).isEmpty();
        assertThat(detect(150, "Alpha.java", alpha, "Beta.java", beta)).hasSize(1);
    }

    @Test
    void aBlockFoundThreeTimesIsOneGroupOfThreeCopies() {
        String method = "    void run(int[] values, int limit) {\n" + BLOCK + "    }\n";
        String first = "class First {\n" + method + "}\n";
        String second = "class Second {\n    void before() { }\n" + method + "    void after() { }\n}\n";
        String third = "class Third {\n    int field;\n" + method + "}\n";

        List<CloneGroup> groups = detect(100, "First.java", first, "Second.java", second, "Third.java", third);

        // First and Third also share the class's closing brace: not worth a second, overlapping group
        assertThat(groups).hasSize(1);
        assertThat(groups.getFirst().tokens()).isEqualTo(150 + 13);
        assertThat(groups.getFirst().locations()).containsExactly(new CloneLocation("First.java", 2, 26, 5),
                new CloneLocation("Second.java", 3, 27, 5), new CloneLocation("Third.java", 3, 27, 5));
    }

    @Test
    void reportsALongerPairAndTheShorterPartThatAThirdFileAlsoHas() {
        String extra = BLOCK.replace("total", "sum").replace("while", "if").replace("for (", "synchronized (lock) {\n for (")
                .replace("switch (mode)", "do").replace("default -> { }", "} while (sum < 0);");
        String pair = "class P {\n    void run() {\n" + BLOCK + "        swap();\n" + extra + "    }\n}\n";
        String single = "class S {\n    int x;\n    void go() {\n" + BLOCK + "        x = 1;\n    }\n}\n";

        List<CloneGroup> groups = detect(100, "P1.java", pair, "P2.java", pair.replace("class P", "class Q"), "S.java", single);

        assertThat(groups).extracting(group -> group.locations().size()).containsExactly(2, 3);
        assertThat(groups.getFirst().tokens()).isGreaterThan(300);
        assertThat(groups.get(1).locations()).extracting(CloneLocation::path).containsExactly("P1.java", "P2.java", "S.java");
    }

    @Test
    void skipsImportsInEveryLanguage() {
        List<String[]> importBlocks = List.of(
                new String[] {"java", "package a.b;\n", "import java.util.List;\n", "class X { }\n"},
                new String[] {"kt", "package a.b\n", "import kotlinx.coroutines.flow.Flow\n", "class X\n"},
                new String[] {"py", "", "from a.b import (c,\n    d)\nimport os.path\n", "x = 1\n"},
                new String[] {"ts", "", "import { a, b } from './a';\nimport * as c from \"../c\";\nexport { d } from './d';\n"
                        + "const e = require('e');\n", "let x = 1;\n"},
                new String[] {"go", "package x\n", "import (\n    \"fmt\"\n    str \"strings\"\n)\nimport \"os\"\n", "var x = 1\n"},
                new String[] {"c", "", "#include <stdio.h>\n#include \"local.h\"\n", "int x;\n"},
                new String[] {"cs", "", "using System.Text;\nusing static System.Math;\nusing Io = System.IO;\n", "class X { }\n"},
                new String[] {"rs", "", "use std::io::{self, Read};\nextern crate serde;\nmod util;\npub(crate) use super::x::{A, B};\n", "fn x() {}\n"},
                new String[] {"php", "<?php\nnamespace App\\Models;\n", "use App\\Contracts\\Foo;\nrequire_once 'x.php';\n", "$x = 1;\n"});
        for (String[] block : importBlocks) {
            String imports = block[2].repeat(40);
            List<CloneGroup> groups = detect(50, "one." + block[0], block[1] + imports + block[3],
                    "two." + block[0], block[1] + imports + "\n" + block[3].replace("x", "y").replace("1", "2"));
            assertThat(groups).as(block[0]).isEmpty();
        }
    }

    @Test
    void keepsRealCodeThatLooksLikeAnImport() {
        String body = "function load(name) {\n  const mod = import('./plugins/' + name);\n  return mod.then(m => m.default(name, 1));\n}\n";
        String code = body.repeat(12);
        List<CloneGroup> groups = detect(100, "a.js", code, "b.js", "let before = 0;\n" + code);
        assertThat(groups).hasSize(1);
    }

    @Test
    void aUnitRepeatedBackToBackIsOneGroupNotNestedOnes() {
        String file = "class Repeats {\n    int run(int[] values, int limit) {\n" + BLOCK.repeat(4) + "    }\n}\n";

        List<CloneGroup> groups = detect(100, "Repeats.java", file);

        assertThat(groups).containsExactly(new CloneGroup(150, 23, List.of(new CloneLocation("Repeats.java", 3, 25, 9),
                new CloneLocation("Repeats.java", 26, 48, 9), new CloneLocation("Repeats.java", 49, 71, 9),
                new CloneLocation("Repeats.java", 72, 94, 9))));
    }

    @Test
    void aRegionThatRepeatsItselfIsNotACloneOfItself() {
        String statements = "        count++;\n        total += count;\n".repeat(300);
        assertThat(detect(100, "Counter.java", "class Counter {\n    void run() {\n" + statements + "    }\n}\n")).isEmpty();
    }

    @Test
    void aDegenerate20000TokenArrayStaysOneRegion() {
        String numbers = IntStream.range(0, 10_000).mapToObj(Integer::toString).collect(Collectors.joining(",\n"));
        String data = "class Data {\n    int[] data = {\n" + numbers + "\n    };\n}\n"; // 9 + 19,999 + 3 tokens

        assertThat(detect(100, "Data.java", data)).isEmpty();
        // a copied table is still found, as data: the duplication rule does not report it
        List<CloneGroup> copied = detect(100, "Data.java", data, "Copy.java", data.replace("class Data", "class Copy"));
        assertThat(copied).containsExactly(new CloneGroup(20_011, 10_004, List.of(
                new CloneLocation("Copy.java", 1, 10_004, 1), new CloneLocation("Data.java", 1, 10_004, 1)), CloneKind.DATA));
    }

    @Test
    void hundredsOfEqualFilesAreOneGroup() {
        String file = "class Generated {\n    int run(int[] values, int limit) {\n" + BLOCK + "    }\n}\n";
        String[] pathsAndContents = new String[2 * 300];
        for (int i = 0; i < 300; i++) {
            pathsAndContents[2 * i] = "gen/File%03d.java".formatted(i);
            pathsAndContents[2 * i + 1] = file;
        }

        List<CloneGroup> groups = detect(100, pathsAndContents);

        assertThat(groups).hasSize(1);
        assertThat(groups.getFirst().locations()).hasSize(300)
                .allMatch(location -> location.startLine() == 1 && location.endLine() == 27);
    }

    @Test
    void findsClonesInPythonToo() {
        String function = """
                def summarize(rows, limit):
                    total = 0
                    for row in rows:
                        if row.value > limit and not row.skipped:
                            total += row.value * 2
                        elif row.value < 0:
                            total -= row.value
                        else:
                            total += 1
                    label = "sum: %d" % total
                    while total > 100:
                        total = total // 3
                        print(label, total)
                    return {"total": total, "label": label, "limit": limit}
                """;
        List<CloneGroup> groups = detect(60, "a.py", "import os\n\n" + function, "b.py",
                "from x import y\nVALUE = 3\n\n" + function.replace("rows", "items").replace("total", "acc"));

        assertThat(groups).hasSize(1);
        assertThat(groups.getFirst().locations()).containsExactly(new CloneLocation("a.py", 3, 16, 1), new CloneLocation("b.py", 4, 17, 1));
    }

    @Test
    void concurrentAddsGiveTheSameResultAsSequentialOnes() {
        CloneDetector detector = new CloneDetector(100);
        IntStream.range(0, 40).parallel().forEach(i -> {
            SourceFile file = java("F" + i + ".java", "class F {\n int f(int[] values, int limit) {\n" + BLOCK + " }\n}\n");
            detector.add(file, Lexers.lex(file));
        });
        assertThat(detector.detect()).singleElement().satisfies(group -> assertThat(group.locations()).hasSize(40));
    }

    private static List<CloneGroup> detect(int minimumTokens, String... pathsAndContents) {
        CloneDetector detector = new CloneDetector(minimumTokens);
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            String path = pathsAndContents[i];
            SourceFile file = new SourceFile(path, Language.byFileName(path).orElseThrow(), pathsAndContents[i + 1].toCharArray());
            detector.add(path, Lexers.lex(file));
        }
        return detector.detect();
    }

    private static SourceFile java(String path, String content) {
        return new SourceFile(path, Language.JAVA, content.toCharArray());
    }
}
