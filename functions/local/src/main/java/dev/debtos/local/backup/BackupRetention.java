package dev.debtos.local.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The operations guide's retention (database: daily, kept 30 days) as a rule over a backup directory: the newest
 * backup of each of the {@code keepDaily} most recent UTC days that have one is kept, every other backup of this
 * database is deleted. Counting days that have a backup, not calendar days, means a machine that was off for a week
 * still keeps 30 restore points. Only files this tool names ({@code debt-os-<database>-<timestamp>.dump}) are touched.
 */
final class BackupRetention {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("debt-os-(.+)-(\\d{8}T\\d{6}Z)\\.dump");

    private final int keepDaily;

    BackupRetention(int keepDaily) {
        if (keepDaily < 1) {
            throw new IllegalArgumentException("keepDaily must be at least 1");
        }
        this.keepDaily = keepDaily;
    }

    static String fileName(String database, Instant at) {
        return "debt-os-" + database + "-" + STAMP.format(at) + ".dump";
    }

    /** Deletes the backups of {@code database} in {@code directory} the rule does not keep; answers what it deleted. */
    List<Path> prune(Path directory, String database) throws IOException {
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (m.matches() && m.group(1).equals(database) && Files.isRegularFile(file)) {
                    try {
                        backups.add(new Backup(file, Instant.from(STAMP.parse(m.group(2)))));
                    } catch (DateTimeParseException e) {
                        // not a name this tool wrote: left alone
                    }
                }
            }
        }
        backups.sort((a, b) -> b.at().compareTo(a.at()));
        Set<LocalDate> days = new HashSet<>();
        List<Path> deleted = new ArrayList<>();
        for (Backup backup : backups) {
            LocalDate day = LocalDate.ofInstant(backup.at(), ZoneOffset.UTC);
            if (!days.contains(day) && days.size() < keepDaily) {
                days.add(day);
            } else {
                Files.delete(backup.file());
                deleted.add(backup.file());
            }
        }
        return deleted;
    }

    private record Backup(Path file, Instant at) {
    }
}
