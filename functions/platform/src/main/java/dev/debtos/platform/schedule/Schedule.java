package dev.debtos.platform.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * A repository's scan schedule ({@code settings.schedule}): {@code hourly} (minute 0 of every hour), {@code daily}
 * (00:00), {@code weekly} (Sunday 00:00) or a 5-field cron expression (minute hour day-of-month month day-of-week;
 * {@code *}, numbers, ranges, steps, lists, JAN-DEC and SUN-SAT names; day-of-week 0 or 7 is Sunday; when both
 * day fields are restricted either may match, as in Vixie cron). Times are UTC: a repository has no time zone.
 *
 * <p>A schedule fires in <em>slots</em>: the minutes it matches. The scheduler runs once a minute (or less often)
 * and starts one scan per slot: {@link #isDue} is true when a slot has begun since the last one scanned.
 */
public final class Schedule {
    /** How far back {@link #latestSlot} looks; every valid schedule fires at least once in five years (29 Feb). */
    private static final int DAYS_BACK = 5 * 366;

    private final String text;
    private final CronField minute;
    private final CronField hour;
    private final CronField dayOfMonth;
    private final CronField month;
    private final CronField dayOfWeek;

    private Schedule(String text, String[] fields) {
        this.text = text;
        this.minute = CronField.minute(fields[0]);
        this.hour = CronField.hour(fields[1]);
        this.dayOfMonth = CronField.dayOfMonth(fields[2]);
        this.month = CronField.month(fields[3]);
        this.dayOfWeek = CronField.dayOfWeek(fields[4]);
    }

    /** @throws InvalidScheduleException naming what is wrong */
    public static Schedule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidScheduleException("schedule is empty");
        }
        String trimmed = text.trim();
        String cron = switch (trimmed.toLowerCase(Locale.ROOT)) {
            case "hourly" -> "0 * * * *";
            case "daily" -> "0 0 * * *";
            case "weekly" -> "0 0 * * 0";
            default -> trimmed;
        };
        String[] fields = cron.split("\\s+");
        if (fields.length != 5) {
            throw new InvalidScheduleException("schedule must be hourly, daily, weekly or a 5-field cron expression "
                    + "(minute hour day-of-month month day-of-week)");
        }
        Schedule schedule = new Schedule(trimmed, fields);
        if (schedule.latestSlot(Instant.parse("2030-12-31T23:59:00Z")).isEmpty()) {
            throw new InvalidScheduleException("schedule never fires (no such date)");
        }
        return schedule;
    }

    /** Why the text is not a schedule, or empty when it is one (for request validation). */
    public static Optional<String> problem(String text) {
        try {
            parse(text);
            return Optional.empty();
        } catch (InvalidScheduleException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The start of the most recent slot at or before {@code now}, if any within five years. */
    public Optional<Instant> latestSlot(Instant now) {
        LocalDateTime at = LocalDateTime.ofInstant(now.truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC);
        LocalDate day = at.toLocalDate();
        for (int back = 0; back <= DAYS_BACK; back++, day = day.minusDays(1)) {
            if (!matches(day)) {
                continue;
            }
            int lastMinuteOfDay = back == 0 ? at.getHour() * 60 + at.getMinute() : 24 * 60 - 1;
            for (int m = lastMinuteOfDay; m >= 0; m--) {
                if (hour.has(m / 60) && minute.has(m % 60)) {
                    return Optional.of(day.atStartOfDay().plusMinutes(m).toInstant(ZoneOffset.UTC));
                }
            }
        }
        return Optional.empty();
    }

    /** True when a slot has begun after {@code lastSlot} (never scheduled yet: {@code null}) and at or before now. */
    public boolean isDue(Instant lastSlot, Instant now) {
        return latestSlot(now).filter(slot -> lastSlot == null || slot.isAfter(lastSlot)).isPresent();
    }

    private boolean matches(LocalDate day) {
        if (!month.has(day.getMonthValue())) {
            return false;
        }
        boolean dom = dayOfMonth.has(day.getDayOfMonth());
        boolean dow = dayOfWeek.has(day.getDayOfWeek().getValue() % 7);
        if (!dayOfMonth.any() && !dayOfWeek.any()) {
            return dom || dow;
        }
        return dom && dow;
    }

    @Override
    public String toString() {
        return text;
    }
}
