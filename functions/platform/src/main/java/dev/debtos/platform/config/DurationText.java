package dev.debtos.platform.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations written the way the operations guide writes them: 7d, 12h, 30m, 45s, or a plain number of seconds. */
public final class DurationText {
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})\\s*([smhd]?)");

    private DurationText() {
    }

    public static Duration parse(String variable, String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new ConfigException(variable, "must be a duration such as 7d, 12h, 30m or 3600");
        }
        long amount = Long.parseLong(m.group(1));
        Duration duration = switch (m.group(2)) {
            case "d" -> Duration.ofDays(amount);
            case "h" -> Duration.ofHours(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
        if (duration.isZero()) {
            throw new ConfigException(variable, "must be longer than zero");
        }
        return duration;
    }
}
