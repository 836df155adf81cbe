package dev.debtos.platform.schedule;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/** One field of a 5-field cron expression: the set of values it allows, and whether it was {@code *}. */
record CronField(String name, BitSet values, boolean any) {
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    static CronField minute(String text) {
        return parse("minute", text, 0, 59, List.of(), 0);
    }

    static CronField hour(String text) {
        return parse("hour", text, 0, 23, List.of(), 0);
    }

    static CronField dayOfMonth(String text) {
        return parse("day of month", text, 1, 31, List.of(), 0);
    }

    static CronField month(String text) {
        return parse("month", text, 1, 12, MONTHS, 1);
    }

    /** 0-7, both 0 and 7 Sunday. */
    static CronField dayOfWeek(String text) {
        CronField field = parse("day of week", text, 0, 7, DAYS, 0);
        if (field.values.get(7)) {
            field.values.set(0);
            field.values.clear(7);
        }
        return field;
    }

    boolean has(int value) {
        return values.get(value);
    }

    /** Lists of {@code *}, {@code n}, {@code a-b}, each optionally {@code /step}; names for months and days. */
    private static CronField parse(String name, String text, int min, int max, List<String> names, int firstName) {
        BitSet values = new BitSet(max + 1);
        for (String part : text.split(",", -1)) {
            String range = part;
            int step = 1;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                range = part.substring(0, slash);
                step = number(name, part.substring(slash + 1), 1, max, List.of(), 0);
            }
            int from;
            int to;
            if (range.equals("*")) {
                from = min;
                to = max;
            } else if (range.indexOf('-') > 0) {
                from = number(name, range.substring(0, range.indexOf('-')), min, max, names, firstName);
                to = number(name, range.substring(range.indexOf('-') + 1), min, max, names, firstName);
                if (to < from) {
                    throw new InvalidScheduleException(name + " range " + range + " runs backwards");
                }
            } else {
                from = number(name, range, min, max, names, firstName);
                to = slash >= 0 ? max : from;
            }
            for (int value = from; value <= to; value += step) {
                values.set(value);
            }
        }
        return new CronField(name, values, text.startsWith("*"));
    }

    private static int number(String field, String text, int min, int max, List<String> names, int firstName) {
        int named = names.indexOf(text.toUpperCase(Locale.ROOT));
        if (named >= 0) {
            return named + firstName;
        }
        if (text.isEmpty() || text.length() > 2 || !text.chars().allMatch(Character::isDigit)) {
            throw new InvalidScheduleException(field + " '" + text + "' is not a number" + (names.isEmpty() ? "" : " or a name"));
        }
        int value = Integer.parseInt(text);
        if (value < min || value > max) {
            throw new InvalidScheduleException(field + " " + value + " is outside " + min + "-" + max);
        }
        return value;
    }
}
