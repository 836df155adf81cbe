package dev.debtos.platform.db;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The changelog's conventions, checked without a database: one formatted-SQL changeset per step, numbered
 * in include order, each with rollback statements that drop every table the step creates.
 */
class ChangelogLayoutTest {
    private static final Pattern INCLUDE = Pattern.compile("<include file=\"([^\"]+)\"");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?im)^CREATE TABLE (\\w+)");
    private static final Pattern ROLLBACK_DROP = Pattern.compile("(?im)^--rollback DROP TABLE (\\w+);");

    private static String resource(String path) throws IOException {
        try (InputStream in = ChangelogLayoutTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> includedFiles() throws IOException {
        Matcher matcher = INCLUDE.matcher(resource(Migrations.MASTER_CHANGELOG));
        List<String> files = new ArrayList<>();
        while (matcher.find()) {
            files.add(matcher.group(1));
        }
        return files;
    }

    private static List<String> all(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /**
     * Numbers rise in include order. Steps 001-014 are contiguous; later numbers are reserved per line of work, so a
     * gap there means a reserved step not yet written.
     */
    @Test
    void stepsAreNumberedInIncludeOrder() throws IOException {
        List<String> files = includedFiles();

        assertThat(files).hasSizeGreaterThanOrEqualTo(16);
        for (int i = 0; i < 14; i++) {
            assertThat(files.get(i)).startsWith("%03d-".formatted(i + 1)).endsWith(".sql");
        }
        int previous = 0;
        for (String file : files) {
            assertThat(file).as(file).matches("\\d{3}-[a-z0-9-]+\\.sql");
            int number = Integer.parseInt(file.substring(0, 3));
            assertThat(number).as(file).isGreaterThan(previous);
            previous = number;
        }
        assertThat(files).contains("016-suppressed-debt-items.sql", "020-embedding-chunks.sql", "021-feedback-memory.sql");
    }

    @Test
    void everyStepIsOneFormattedSqlChangesetNamedAfterItsFile() throws IOException {
        for (String file : includedFiles()) {
            String sql = resource("db/changelog/" + file);
            String step = file.substring(0, file.length() - ".sql".length());

            assertThat(sql).as(file).startsWith("--liquibase formatted sql");
            assertThat(all(Pattern.compile("(?m)^--changeset debt-os:(\\S+)"), sql)).as(file).containsExactly(step);
            assertThat(sql).as(file).contains("--rollback ");
        }
    }

    @Test
    void everyStepDropsWhatItCreatesInReverseOrder() throws IOException {
        for (String file : includedFiles()) {
            String sql = resource("db/changelog/" + file);
            List<String> created = all(CREATE_TABLE, sql);

            assertThat(all(ROLLBACK_DROP, sql)).as(file).containsExactlyElementsOf(created.reversed());
        }
    }
}
