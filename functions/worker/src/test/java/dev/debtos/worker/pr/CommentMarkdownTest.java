package dev.debtos.worker.pr;

import static dev.debtos.worker.pr.PullRequestDiffTest.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.findings.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommentMarkdownTest {
    private static final String HEAD = "0123456789abcdef0123456789abcdef01234567";

    @Test
    void theCommentCarriesTheMarkerVerdictCountsFindingsAndHotspots() {
        PullRequestDiff diff = new PullRequestDiff(List.of(finding("h", Severity.HIGH, "src/A.java", 12)),
                List.of(finding("r", Severity.LOW, "src/B.java", 3)), List.of(new HotspotChange("src/A.java", 0.125, 1.0)));
        QualityGate.Verdict verdict = QualityGate.evaluate(diff.added(), Severity.HIGH);

        String markdown = CommentMarkdown.render(HEAD, diff, verdict);

        assertThat(markdown).startsWith(CommentMarkdown.MARKER + "\n## DEBT-OS quality gate: ❌ failed")
                .contains("Commit `0123456789ab` adds **1** and removes **1** debt findings")
                .contains("- adds 1 high finding: DEBT-TEST-001 at src/A.java:12")
                .contains("| high | 1 | 0 |").contains("| low | 0 | 1 |")
                .contains("| high | DEBT-TEST-001 | `src/A.java:12` | finding h |")
                .contains("| `src/A.java` | 0.13 | 1.00 |");
    }

    @Test
    void onlyTheTopTenAddedFindingsAreListed() {
        List<FindingView> added = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            added.add(finding("f" + i, Severity.LOW, "a.java", i));
        }
        PullRequestDiff diff = new PullRequestDiff(added, List.of(), List.of());

        String markdown = CommentMarkdown.render(HEAD, diff, QualityGate.evaluate(added, Severity.HIGH));

        assertThat(markdown).contains("✅ passed").contains("`a.java:10`").doesNotContain("`a.java:11`").contains("…and 2 more.");
        assertThat(markdown).doesNotContain("Hotspots that got hotter");
    }

    @Test
    void findingTextFromTheCodeCannotBreakTheTableOrMentionAnyone() {
        FindingView hostile = new FindingView("x", "DEBT-SATD-001", "code_smell", Severity.LOW, "a.java", 1, 1,
                "TODO | @octocat <img src=x> [click](https://evil.example)");
        PullRequestDiff diff = new PullRequestDiff(List.of(hostile), List.of(), List.of());

        String markdown = CommentMarkdown.render(HEAD, diff, QualityGate.evaluate(diff.added(), Severity.HIGH));

        assertThat(markdown).contains("TODO \\| @\u200boctocat &lt;img src=x&gt; \\[click\\](https://evil.example)")
                .doesNotContain("@octocat").doesNotContain("<img");
    }
}
