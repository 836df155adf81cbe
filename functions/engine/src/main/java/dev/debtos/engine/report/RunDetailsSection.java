package dev.debtos.engine.report;

import dev.debtos.engine.analysis.InventorySummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the analysis left out and where its time went. */
final class RunDetailsSection implements HtmlSection {

    /** The engine's stages in the order they run; others follow by name. */
    static final List<String> STAGES = List.of("inventory", "measure", "duplication", "imports", "history", "rules",
            "score");
    private static final String SKIPPED_COLOUR = "#8a94a6";
    private static final String STAGE_COLOUR = "#5b7db1";

    private final Map<String, Integer> skipped;
    private final Map<String, Long> stageMillis;

    RunDetailsSection(InventorySummary inventory, Map<String, Long> stageMillis) {
        this.skipped = inventory == null || inventory.skippedByReason() == null ? Map.of() : inventory.skippedByReason();
        this.stageMillis = stageMillis == null ? Map.of() : stageMillis;
    }

    @Override
    public String id() {
        return "run";
    }

    @Override
    public String title() {
        return "Run details";
    }

    @Override
    public String lead() {
        long total = stageMillis.values().stream().mapToLong(Long::longValue).sum();
        int files = skipped.values().stream().mapToInt(Integer::intValue).sum();
        return Html.count(files) + " files were not measured; the analysis took " + seconds(total) + ".";
    }

    @Override
    public void appendBody(Html html) {
        List<BarChart.Bar> reasons = new ArrayList<>();
        skipped.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> reasons.add(new BarChart.Bar(entry.getKey(), entry.getValue(),
                        Html.count(entry.getValue()) + " files", SKIPPED_COLOUR)));
        List<BarChart.Bar> stages = new ArrayList<>();
        STAGES.stream().filter(stageMillis::containsKey).forEach(stage -> stages.add(stage(stage)));
        stageMillis.keySet().stream().filter(stage -> !STAGES.contains(stage)).sorted()
                .forEach(stage -> stages.add(stage(stage)));

        html.open("div", "class", "grid-2");
        html.open("div", "class", "panel").element("h3", "Skipped files by reason");
        if (reasons.isEmpty()) {
            html.element("p", "No files were skipped.", "class", "empty");
        } else {
            BarChart.appendTo(html, "Skipped files by reason", reasons);
        }
        html.close("div");
        html.open("div", "class", "panel").element("h3", "Stage timings");
        if (stages.isEmpty()) {
            html.element("p", "No timings were recorded.", "class", "empty");
        } else {
            BarChart.appendTo(html, "Wall time per analysis stage", stages);
        }
        html.close("div").close("div");
    }

    private BarChart.Bar stage(String stage) {
        long millis = stageMillis.get(stage);
        return new BarChart.Bar(stage, millis, seconds(millis), STAGE_COLOUR);
    }

    private static String seconds(long millis) {
        return millis < 1000 ? millis + " ms" : Html.number(millis / 1000.0, 1) + " s";
    }
}
