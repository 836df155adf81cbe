package dev.debtos.engine.report;

/** Remediation effort as SonarQube writes it, with 8-hour days: {@code 45min}, {@code 3h 20min}, {@code 2d 4h}. */
final class EffortFormat {

    static final int MINUTES_PER_DAY = 8 * 60;

    private EffortFormat() {
    }

    static String of(long minutes) {
        if (minutes <= 0) {
            return "0min";
        }
        long days = minutes / MINUTES_PER_DAY;
        long hours = minutes % MINUTES_PER_DAY / 60;
        long rest = minutes % 60;
        if (days > 0) {
            return hours > 0 ? days + "d " + hours + "h" : days + "d";
        }
        if (hours > 0) {
            return rest > 0 ? hours + "h " + rest + "min" : hours + "h";
        }
        return rest + "min";
    }
}
