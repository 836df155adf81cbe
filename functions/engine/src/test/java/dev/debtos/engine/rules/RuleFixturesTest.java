package dev.debtos.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.source.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of a debt type against the fixtures in {@code fixtures/rules/<type>}: a line ending in a comment
 * {@code debt: KEY [KEY...]} must get a finding of each key named (at the line, or with the line among its related
 * locations), and no other line any finding of that type.
 * One file per language (and configuration format), holding both the positives and the negatives; the rules see the
 * whole directory at once.
 */
class RuleFixturesTest {
    private static final Pattern MARKER = Pattern.compile("debt:((?:\\s+DEBT-[A-Z]+-\\d{3})+)");
    private static final List<DebtType> TYPES = List.of(DebtType.HARDCODED_CONFIG, DebtType.SECURITY_ISSUE, DebtType.DEAD_CODE,
            DebtType.OUTDATED_DOCS);

    static Stream<String> fixtures() {
        return TYPES.stream().flatMap(type -> {
            String directory = type.key();
            try (Stream<Path> files = Files.list(directory(directory))) {
                return files.map(p -> p.getFileName().toString())
                        .filter(RuleFixturesTest::isFixture)
                        .sorted()
                        .map(name -> directory + "/" + name)
                        .toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void findsTheMarkedLinesAndNothingElse(String fixture) throws IOException {
        String type = fixture.substring(0, fixture.indexOf('/'));
        String name = fixture.substring(fixture.indexOf('/') + 1);
        String code = Files.readString(directory(type).resolve(name), StandardCharsets.UTF_8);
        Set<String> expected = new TreeSet<>();
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher marker = MARKER.matcher(lines[i]);
            if (marker.find()) {
                for (String key : marker.group(1).trim().split("\\s+")) {
                    expected.add(key + " at line " + (i + 1));
                }
            }
        }
        RuleTestKit kit = new RuleTestKit();
        for (String other : fixtureNames(type)) {              // the whole directory: a Go package spans files
            String text = Files.readString(directory(type).resolve(other), StandardCharsets.UTF_8);
            if (other.endsWith(".md")) {
                kit.document("src/" + other, text);
            } else if (SettingsFiles.isRead(other)) {
                kit.settingsFile("src/" + other, text);
            } else {
                kit.file("src/" + other, text);
            }
        }
        RuleContext context = kit.context();
        Set<String> actual = new TreeSet<>();
        for (Rule rule : Rules.all()) {
            if (rule.type().key().equals(type)) {
                for (Finding finding : rule.check(context)) {
                    if (!finding.path().equals("src/" + name)) {
                        continue;
                    }
                    actual.add(finding.ruleKey() + " at line " + finding.startLine());
                    finding.related().stream().filter(place -> place.path().equals(finding.path()))
                            .forEach(place -> actual.add(finding.ruleKey() + " at line " + place.startLine()));
                }
            }
        }
        assertThat(expected).as("fixture %s marks positives", fixture).isNotEmpty();
        assertThat(actual).as("%s findings in %s", type.toUpperCase(Locale.ROOT), fixture).isEqualTo(expected);
    }

    private static List<String> fixtureNames(String type) throws IOException {
        try (Stream<Path> files = Files.list(directory(type))) {
            return files.map(p -> p.getFileName().toString()).filter(RuleFixturesTest::isFixture).sorted().toList();
        }
    }

    /** Source files, configuration files, and Markdown documents other than the directory's README (which explains the fixtures). */
    private static boolean isFixture(String name) {
        return Language.byFileName(name).isPresent() || SettingsFiles.isRead(name) || name.endsWith(".md") && !name.equals("README.md");
    }

    static Path directory(String type) {
        try {
            return Path.of(RuleFixturesTest.class.getResource("/fixtures/rules/" + type).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
