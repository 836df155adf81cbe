package dev.debtos.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.FindingLocation;
import dev.debtos.engine.findings.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One finding per function for shell commands built from variables, its other calls as related locations. */
class ShellCommandRuleTest {

    @Test
    void oneFindingPerFunctionWithTheOtherCallsAsLocations() {
        String code = """
                import os
                import subprocess


                def edit(editor, filename):
                    if os.system(f"which {editor}") == 0:
                        subprocess.Popen(f'{editor} "{filename}"', shell=True)
                    os.system(editor + " " + filename)


                def page(cmd):
                    os.system(cmd)
                """;
        List<Finding> findings = new ShellCommandRule().check(new RuleTestKit().file("src/term.py", code).context());

        assertThat(findings).extracting(Finding::startLine).containsExactly(6, 12);
        Finding edit = findings.getFirst();
        assertThat(edit.related()).extracting(FindingLocation::startLine).containsExactly(7, 8);
        assertThat(edit.message()).contains("os.system", "subprocess with shell=True", "3 calls in 'edit'");
        assertThat(edit.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(edit.fingerprint()).isNotEqualTo(findings.get(1).fingerprint());
    }
}
