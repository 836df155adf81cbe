package dev.debtos.engine.satd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.debtos.engine.lexer.Lexers;
import dev.debtos.engine.source.Language;
import dev.debtos.engine.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class SatdDetectorTest {

    private static List<SatdComment> detect(String path, Language language, String code) {
        SourceFile file = new SourceFile(path, language, code.toCharArray());
        return SatdDetector.detect(path, Lexers.lex(file).comments());
    }

    @Test
    void findsMarkersInCommentsOnlyAndClassifiesThem() {
        List<SatdComment> found = detect("A.java", Language.JAVA, """
                class A {
                    String s = "TODO: not a comment, a string";
                    // TODO: add support for IPv6 addresses
                    /* FIXME this crashes on empty input */
                    // HACK: works around the driver's bug
                    /*
                     * multi-line
                     * XXX: flaky test depends on timing
                     */
                    // todo document the retry policy
                    int x; // a TODOLIST variable is not a marker
                }
                """);
        assertThat(found).extracting(SatdComment::line, SatdComment::marker, SatdComment::category).containsExactly(
                tuple(3, "TODO", SatdCategory.REQUIREMENT),
                tuple(4, "FIXME", SatdCategory.DEFECT),
                tuple(5, "HACK", SatdCategory.DEFECT),
                tuple(8, "XXX", SatdCategory.TEST),
                tuple(10, "TODO", SatdCategory.DOCUMENTATION));
    }

    @Test
    void phrasesCountInCodeCommentsButNotInDocumentation() {
        List<SatdComment> found = detect("b.py", Language.PYTHON, """
                # temporary workaround until the API is fixed
                def f():
                    # remove after the 2.0 migration
                    return "workaround in a string"
                """);
        assertThat(found).extracting(SatdComment::line, SatdComment::marker)
                .containsExactly(tuple(1, "temporary workaround"), tuple(3, "remove after"));

        assertThat(detect("C.java", Language.JAVA, "/** Creates a temporary file. */ class C {}")).isEmpty();
        assertThat(detect("package-info.java", Language.JAVA, """
                /**
                 * Do you check Effective Java? No? You just hack in a quick number?
                 * HACK: the builder caches the hash
                 */
                package p;
                """)).extracting(SatdComment::line, SatdComment::marker).containsExactly(tuple(3, "HACK"));
        assertThat(detect("d.js", Language.JAVASCRIPT, "/** a hack around the cache */\n// hack: skip the cache\nlet x;\n"))
                .extracting(SatdComment::line).containsExactly(2);
        assertThat(detect("c.go", Language.GO, "package c // quick and dirty parser")).extracting(SatdComment::marker)
                .containsExactly("quick and dirty");
    }

    @Test
    void describingWordsQuotedExamplesPlaceholdersAndLicensesAreNotDebt() {
        assertThat(detect("t.py", Language.PYTHON, """
                # Create a temporary test file
                # the input is an open temporary file.
                # written to /tmp/XXX/out, then renamed to name.XXX
                # the linter flags lines such as "TODO: write docs" and `# FIXME`
                # Copyright 2020 Acme. Licensed under the Apache License: a workaround-free TODO-free header
                # a todo list for the demo app
                x = 1
                """)).isEmpty();
        assertThat(detect("t.js", Language.JAVASCRIPT, """
                // this is temporary
                // Temporarily disabled until the flaky test is fixed
                // XXX: this leaks a listener
                /** @todo handle an undefined `ms` */
                // todo: cache the parsed config
                // Temporary classes to allow the old exception code to be removed
                let x = 1;
                """)).extracting(SatdComment::line, SatdComment::marker)
                .containsExactly(tuple(1, "this is temporary"), tuple(2, "temporarily"), tuple(3, "XXX"), tuple(4, "TODO"),
                        tuple(5, "TODO"), tuple(6, "temporary"));
    }

    @Test
    void usesEachLanguagesCommentSyntax() {
        assertThat(detect("x.rb", Language.RUBY, "=begin\nKLUDGE: fix me\n=end\nputs 'TODO'\n"))
                .extracting(SatdComment::line, SatdComment::marker).containsExactly(tuple(2, "KLUDGE"));
        assertThat(detect("x.php", Language.PHP, "<?php\n# TODO: validate\n$x = '# TODO no';\n"))
                .extracting(SatdComment::line).containsExactly(2);
        assertThat(detect("x.rs", Language.RUST, "/* outer /* FIXME nested */ still comment */ fn f() {}"))
                .extracting(SatdComment::marker).containsExactly("FIXME");
    }

    @Test
    void theWordTalkedAboutIsNoMarkerInAnyLanguage() {
        assertThat(detect("N.java", Language.JAVA, """
                /**
                 * This can act as an exception based TODO tag.
                 */
                class N {
                    // returns the TODO list of the board
                    // counts FIXME comments and XXX markers per file
                    // TODO: count nested markers too
                    // leave a FIXME where the parser gives up
                    int TODO_COUNT = 0;
                }
                """)).extracting(SatdComment::line).containsExactly(7);
        assertThat(detect("n.py", Language.PYTHON, """
                # Collect the TODO items of a project.
                # FIXME: the scan misses TODO comments in strings
                TODO_COUNT = 0
                """)).extracting(SatdComment::line, SatdComment::marker).containsExactly(tuple(2, "FIXME"));
        assertThat(detect("n.go", Language.GO, """
                package n
                // TodoList holds the TODO entries of a user
                // TODO: page the entries
                var x = 1
                """)).extracting(SatdComment::line).containsExactly(3);
        assertThat(detect("n.ts", Language.TYPESCRIPT, """
                // renders each TODO item
                // this hack keeps the old renderer alive
                let x = 1;
                """)).extracting(SatdComment::line, SatdComment::marker).containsExactly(tuple(2, "HACK"));
    }

    @Test
    void notesInsideCommentedOutCodeAreNoMarkerInAnyLanguage() {
        assertThat(detect("C.java", Language.JAVA, """
                class C {
                    int f() {
                        return 1;
                //        if (cs instanceof String) {
                //            // TODO: Implement rather than convert to String
                //            return g(); // FIXME: slow
                //        }
                        // TODO: see http://example.com/issue/1 before release
                    }
                }
                """)).extracting(SatdComment::line).containsExactly(8);
        assertThat(detect("c.py", Language.PYTHON, """
                def f():
                    # if cached:
                    #     # TODO: invalidate on write
                    #     return cache
                    ## TODO: cache the result
                    return 1
                """)).extracting(SatdComment::line).containsExactly(5);
        assertThat(detect("c.go", Language.GO, """
                package c
                // x := f() // TODO: handle the error
                // TODO: handle the error of g
                """)).extracting(SatdComment::line).containsExactly(3);
        assertThat(detect("c.js", Language.JAVASCRIPT, """
                //   // FIXME: retry
                //   send(msg);
                // FIXME: retry on timeout
                """)).extracting(SatdComment::line).containsExactly(3);
    }
}
