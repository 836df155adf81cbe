package dev.debtos.platform.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    @ParameterizedTest(name = "{0} at {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            hourly        | 2026-12-01T23:17:42Z | 2026-12-01T23:00:00Z
            HOURLY        | 2026-12-01T23:00:00Z | 2026-12-01T23:00:00Z
            daily         | 2026-12-01T23:17:00Z | 2026-12-01T00:00:00Z
            weekly        | 2026-12-01T23:17:00Z | 2026-11-29T00:00:00Z
            */15 * * * *  | 2026-12-01T23:44:59Z | 2026-12-01T23:30:00Z
            30 2 * * 1-5  | 2026-12-01T01:00:00Z | 2026-11-30T02:30:00Z
            30 2 * * MON  | 2026-11-30T01:00:00Z | 2026-11-23T02:30:00Z
            0 9 1 JAN *   | 2026-12-01T00:00:00Z | 2026-01-01T09:00:00Z
            0 0 29 2 *    | 2026-12-01T00:00:00Z | 2024-02-29T00:00:00Z
            5,10-12 0 * * 7 | 2026-11-29T00:11:30Z | 2026-11-29T00:11:00Z
            0 0 13 * 5    | 2026-12-01T00:00:00Z | 2026-11-27T00:00:00Z
            """)
    void theLatestSlotIsTheLastMatchingMinuteAtOrBeforeNow(String text, String now, String slot) {
        assertThat(Schedule.parse(text).latestSlot(Instant.parse(now))).hasValue(Instant.parse(slot));
    }

    @Test
    void aSlotIsDueOnceUntilTheNextBegins() {
        Schedule hourly = Schedule.parse("hourly");
        Instant slot = Instant.parse("2026-12-01T23:00:00Z");

        assertThat(hourly.isDue(null, Instant.parse("2026-12-01T23:05:00Z"))).isTrue();
        assertThat(hourly.isDue(slot, Instant.parse("2026-12-01T23:05:00Z"))).isFalse();
        assertThat(hourly.isDue(slot, Instant.parse("2026-12-01T23:59:59Z"))).isFalse();
        assertThat(hourly.isDue(slot, Instant.parse("2026-12-02T00:00:00Z"))).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''               | schedule is empty
            monthly          | schedule must be hourly, daily, weekly or a 5-field cron expression (minute hour day-of-month month day-of-week)
            * * * *          | schedule must be hourly, daily, weekly or a 5-field cron expression (minute hour day-of-month month day-of-week)
            60 * * * *       | minute 60 is outside 0-59
            0 24 * * *       | hour 24 is outside 0-23
            0 0 0 * *        | day of month 0 is outside 1-31
            0 0 * 13 *       | month 13 is outside 1-12
            0 0 * * 8        | day of week 8 is outside 0-7
            0 0 * FOO *      | month 'FOO' is not a number or a name
            5-1 * * * *      | minute range 5-1 runs backwards
            */0 * * * *      | minute 0 is outside 1-59
            0 0 31 2 *       | schedule never fires (no such date)
            -1 * * * *       | minute '-1' is not a number
            '0 0 * * *;'     | day of week '*;' is not a number or a name
            """)
    void anInvalidScheduleIsRejectedWithTheReason(String text, String reason) {
        assertThatThrownBy(() -> Schedule.parse(text)).isInstanceOf(InvalidScheduleException.class).hasMessage(reason);
        assertThat(Schedule.problem(text)).hasValue(reason);
    }

    @Test
    void aValidScheduleHasNoProblem() {
        assertThat(Schedule.problem("0 3 * * SUN")).isEmpty();
        assertThat(Schedule.parse(" daily ").toString()).isEqualTo("daily");
    }
}
