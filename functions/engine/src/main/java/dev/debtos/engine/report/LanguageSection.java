package dev.debtos.engine.report;

import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.metrics.FunctionMetrics;
import dev.debtos.engine.source.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Size and complexity per language, with each language's share of the code lines as a bar. */
final class LanguageSection implements HtmlSection {

    private record Totals(Language language, int files, long codeLines, int functions, long cyclomatic,
                          int maxCyclomatic) {

        Totals plus(FileMetrics file) {
            long sum = 0;
            int max = maxCyclomatic;
            for (FunctionMetrics function : file.functions()) {
                sum += function.cyclomatic();
                max = Math.max(max, function.cyclomatic());
            }
            return new Totals(language, files + 1, codeLines + file.codeLines(), functions + file.functionCount(),
                    cyclomatic + sum, max);
        }

        String average() {
            return functions == 0 ? "—" : Html.number(cyclomatic / (double) functions, 1);
        }
    }

    private final List<Totals> languages;
    private final long codeLines;

    LanguageSection(List<FileMetrics> files) {
        Map<Language, Totals> byLanguage = new EnumMap<>(Language.class);
        for (FileMetrics file : files) {
            byLanguage.computeIfAbsent(file.language(), language -> new Totals(language, 0, 0, 0, 0, 0));
            byLanguage.computeIfPresent(file.language(), (language, totals) -> totals.plus(file));
        }
        this.languages = new ArrayList<>(byLanguage.values());
        this.languages.sort(Comparator.comparingLong(Totals::codeLines).reversed());
        this.codeLines = languages.stream().mapToLong(Totals::codeLines).sum();
    }

    @Override
    public String id() {
        return "languages";
    }

    @Override
    public String title() {
        return "Languages";
    }

    @Override
    public String lead() {
        return Html.count(codeLines) + " lines of code in " + languages.size() + " languages; complexity is cyclomatic,"
                + " per function.";
    }

    @Override
    public void appendBody(Html html) {
        if (languages.isEmpty()) {
            html.element("p", "No source files were measured.", "class", "empty");
            return;
        }
        html.open("table", "class", "data");
        html.element("caption", "Size and complexity per language", "class", "visually-hidden");
        html.open("thead").open("tr");
        for (String heading : List.of("Language", "Files", "Code lines", "Share of code", "Functions",
                "Avg complexity", "Max complexity")) {
            boolean text = heading.equals("Language") || heading.equals("Share of code");
            html.element("th", heading, "scope", "col", "class", text ? null : "num");
        }
        html.close("tr").close("thead").open("tbody");
        for (Totals totals : languages) {
            double share = codeLines == 0 ? 0 : totals.codeLines() * 100.0 / codeLines;
            html.open("tr");
            html.element("th", totals.language().displayName(), "scope", "row");
            html.element("td", Html.count(totals.files()), "class", "num");
            html.element("td", Html.count(totals.codeLines()), "class", "num");
            html.open("td").open("span", "class", "inline-bar", "title", Html.number(share, 1) + " %")
                    .element("span", "", "style", "width:" + Html.number(share, 1) + "%").close("span")
                    .element("span", Html.number(share, 0) + " %", "class", "muted").close("td");
            html.element("td", Html.count(totals.functions()), "class", "num");
            html.element("td", totals.average(), "class", "num");
            html.element("td", totals.maxCyclomatic(), "class", "num");
            html.close("tr");
        }
        html.close("tbody").close("table");
    }
}
