package dev.debtos.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.report.ReportTool;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each rule's page in {@code docs/rules/}, which SARIF's {@code helpUri} points at, stays in step with the engine:
 * every rule key has its page, headed by its key and title and giving its precision; no page is left for a key the
 * engine no longer has; the folder's README lists every page.
 */
class RulePagesTest {

    private static final Path PAGES = Path.of("..", "..", "docs", "rules").toAbsolutePath().normalize();

    @Test
    void everyRuleHasItsPageHeadedByItsKeyAndTitleWithItsPrecision() throws IOException {
        for (Rule rule : Rules.all()) {
            Path page = PAGES.resolve(rule.key() + ".md");
            assertThat(page).as("docs/rules/%s.md: write the page of %s (what it finds, why it is debt, how to fix it)",
                    rule.key(), rule.title()).isRegularFile();
            List<String> lines = Files.readAllLines(page);
            assertThat(lines.getFirst()).isEqualTo("# " + rule.key() + ": " + rule.title());
            assertThat(lines).as(page.toString())
                    .contains("- **Precision:** " + rule.precision().key().replace('-', ' '))
                    .contains("## What it finds", "## Why it is debt", "## How to fix it");
        }
    }

    @Test
    void theBuildsHelpUriIsTheRulesPageInTheRepository() {
        ReportTool tool = ReportTool.current();
        assertThat(URI.create(tool.informationUri()).isAbsolute()).isTrue();
        for (Rule rule : Rules.all()) {
            String helpUri = tool.helpUri(rule.key());
            assertThat(helpUri).startsWith(tool.informationUri() + "/").endsWith("/docs/rules/" + rule.key() + ".md");
            assertThat(URI.create(helpUri).isAbsolute()).isTrue();
        }
    }

    @Test
    void everyPageBelongsToARuleAndTheIndexListsThemAll() throws IOException {
        Set<String> keys = Rules.all().stream().map(Rule::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> pages;
        try (Stream<Path> files = Files.list(PAGES)) {
            pages = files.map(file -> file.getFileName().toString()).filter(name -> !name.equals("README.md"))
                    .map(name -> name.replaceFirst("\\.md$", "")).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(pages).as("pages in docs/rules/ without a rule").isSubsetOf(keys);
        String index = Files.readString(PAGES.resolve("README.md"));
        for (String key : keys) {
            assertThat(index).as("docs/rules/README.md lists " + key).contains("[" + key + "](" + key + ".md)");
        }
    }
}
