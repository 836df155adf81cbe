package dev.debtos.local.cli;

import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.retention.Retention;
import dev.debtos.platform.retention.RetentionPolicy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code debt-os retention}: purges finished scans, file snapshots, webhook deliveries and audit entries older than
 * the retention periods ({@link RetentionPolicy} has the defaults and why), keeping the debt ledger and each
 * repository's latest completed scan. The same job runs in AWS as the RetentionHandler Lambda, daily.
 */
@Command(name = "retention", description = "Purge old scans, snapshots, webhook deliveries and audit entries; the ledger stays.")
final class RetentionCommand implements Callable<Integer> {
    private static final Pattern PERIOD = Pattern.compile("(\\d{1,5})([dh])");

    @Option(names = "--scans-older-than", paramLabel = "AGE", converter = PeriodConverter.class, defaultValue = "90d",
            description = "Finished scans (with their snapshots) older than this (default ${DEFAULT-VALUE}; e.g. 30d, 12h).")
    Duration scans;

    @Option(names = "--snapshots-older-than", paramLabel = "AGE", converter = PeriodConverter.class, defaultValue = "30d",
            description = "File snapshots of scans older than this (default ${DEFAULT-VALUE}).")
    Duration snapshots;

    @Option(names = "--webhooks-older-than", paramLabel = "AGE", converter = PeriodConverter.class, defaultValue = "30d",
            description = "Webhook deliveries older than this (default ${DEFAULT-VALUE}).")
    Duration webhooks;

    @Option(names = "--audit-older-than", paramLabel = "AGE", converter = PeriodConverter.class, defaultValue = "365d",
            description = "Audit entries older than this (default ${DEFAULT-VALUE}).")
    Duration audit;

    @Option(names = "--dry-run", description = "Count what would be purged; delete nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        AppConfig config = AppConfig.fromEnvironment();
        Map<String, Long> purged;
        try (var dataSource = Database.single(config.database())) {
            purged = new Retention(dataSource).purge(new RetentionPolicy(scans, snapshots, webhooks, audit), dryRun);
        }
        System.out.printf("%s %d scan(s), %d file snapshot(s), %d webhook deliveries, %d audit entries; the ledger is kept%n",
                dryRun ? "dry run: would purge" : "purged", purged.get("scans"), purged.get("fileSnapshots"),
                purged.get("webhookDeliveries"), purged.get("auditEntries"));
        return 0;
    }

    /** 90d or 12h; at least one hour (a typo such as 0d must not purge everything). */
    static final class PeriodConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Matcher m = PERIOD.matcher(value.trim());
            if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not an age such as 90d or 12h (at least 1h)");
            }
            long amount = Long.parseLong(m.group(1));
            return m.group(2).equals("d") ? Duration.ofDays(amount) : Duration.ofHours(amount);
        }
    }
}
