package dev.debtos.platform.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The cheap "is anything pending?" check that lets {@link Migrations#migrate} skip starting Liquibase (seconds of
 * start-up on every {@code debt-os scan}): the changelog's changeset ids ({@code author:id}, read from the
 * master's includes and their {@code --changeset} lines) against one SELECT of the ids in
 * {@code databasechangelog}. Anything missing, an unreadable changelog or no changelog table yet answers
 * "not covered" and Liquibase runs as before. Skipping also skips Liquibase's checksum validation of applied steps;
 * applied files are never edited (see the master changelog), and {@code debt-os migrate} on a pending step still
 * validates them.
 */
final class AppliedChangelog {
    private static final Pattern INCLUDE = Pattern.compile("<include\\s+file=\"([^\"]+)\"");
    private static final Pattern CHANGESET = Pattern.compile("(?m)^--changeset\\s+([^:\\s]+):(\\S+)");

    private final Set<String> changesetIds;

    private AppliedChangelog(Set<String> changesetIds) {
        this.changesetIds = changesetIds;
    }

    /** The changeset ids of a master changelog of formatted-SQL includes (relative to the master's folder). */
    static AppliedChangelog of(String masterChangelog) {
        String folder = masterChangelog.contains("/") ? masterChangelog.substring(0, masterChangelog.lastIndexOf('/') + 1) : "";
        Set<String> ids = new LinkedHashSet<>();
        Matcher include = INCLUDE.matcher(resource(masterChangelog));
        while (include.find()) {
            Matcher changeset = CHANGESET.matcher(resource(folder + include.group(1)));
            boolean any = false;
            while (changeset.find()) {
                ids.add(changeset.group(1) + ":" + changeset.group(2));
                any = true;
            }
            if (!any) {
                throw new IllegalStateException("no --changeset line in " + include.group(1));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no include in " + masterChangelog);
        }
        return new AppliedChangelog(Set.copyOf(ids));
    }

    Set<String> changesetIds() {
        return changesetIds;
    }

    /** True when the database records every changeset as applied; false when anything is pending or unknown. */
    boolean allApplied(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT author, id FROM databasechangelog")) {
            Set<String> applied = new HashSet<>();
            while (rows.next()) {
                applied.add(rows.getString(1) + ":" + rows.getString(2));
            }
            return applied.containsAll(changesetIds);
        } catch (SQLException e) {
            return false; // no changelog table yet (a fresh database) or not readable: let Liquibase decide
        }
    }

    private static String resource(String path) {
        try (InputStream in = AppliedChangelog.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("changelog not found: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
