package dev.debtos.engine.report;

import dev.debtos.engine.imports.DependencyCycle;
import java.util.Comparator;
import java.util.List;

/** Files that import each other in a circle, the largest circles first. */
final class CycleSection implements HtmlSection {

    static final int SHOWN = 15;
    static final int FILES_SHOWN = 12;

    private final List<DependencyCycle> cycles;

    CycleSection(List<DependencyCycle> cycles) {
        this.cycles = cycles.stream()
                .sorted(Comparator.comparingInt((DependencyCycle cycle) -> cycle.files().size()).reversed()).toList();
    }

    @Override
    public String id() {
        return "cycles";
    }

    @Override
    public String title() {
        return "Dependency cycles";
    }

    @Override
    public String lead() {
        return Html.count(cycles.size()) + " cycles: none of their files can change or be tested alone.";
    }

    @Override
    public void appendBody(Html html) {
        if (cycles.isEmpty()) {
            html.element("p", "No import cycles found.", "class", "empty");
            return;
        }
        html.open("ol", "class", "cycles");
        for (DependencyCycle cycle : cycles.stream().limit(SHOWN).toList()) {
            html.open("li");
            html.element("span", cycle.files().size() + " files", "class", "badge");
            List<String> files = cycle.files();
            for (int i = 0; i < Math.min(files.size(), FILES_SHOWN); i++) {
                html.open("span", "class", "path").path(files.get(i)).close("span");
                html.element("span", " → ", "class", "arrow", "aria-hidden", "true");
            }
            String back = files.size() > FILES_SHOWN
                    ? "… " + (files.size() - FILES_SHOWN) + " more, then back to the first"
                    : HotspotScatterPlot.fileName(files.getFirst());
            html.element("span", back, "class", "path muted");
            html.close("li");
        }
        html.close("ol");
        if (cycles.size() > SHOWN) {
            html.element("p", (cycles.size() - SHOWN) + " smaller cycles are in report.json.", "class", "muted");
        }
    }
}
