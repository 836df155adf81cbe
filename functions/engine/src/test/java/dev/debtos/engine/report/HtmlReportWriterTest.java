package dev.debtos.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.findings.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {

    private static final ReportTool TOOL = new ReportTool("debt-os", "DEBT-OS", "1.2.3", null);
    private static final List<String> SECTIONS = List.of("hotspots", "top-debt", "breakdown", "plan", "languages",
            "duplication", "cycles", "satd", "run");

    @TempDir
    Path tree;

    private String html;
    private Document page;

    @BeforeEach
    void writeTheSampleReport() throws IOException {
        SampleSources.writeTo(tree);
        Path file = tree.resolve("out/report.html");
        new HtmlReportWriter(TOOL).write(SampleResults.shop(), tree, file);
        html = Files.readString(file, StandardCharsets.UTF_8);
        page = Jsoup.parse(html);
    }

    @Test
    void parsesWithoutErrorsAndHasTheHeaderFigures() {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Jsoup.parse(html, "", parser);

        assertThat(parser.getErrors()).isEmpty();
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(page.title()).isEqualTo("acme-shop · DEBT-OS technical debt report");
        assertThat(page.select("h1").text()).isEqualTo("acme-shop");
        assertThat(page.select(".run-line code").text()).isEqualTo("9f2c4e1b7a3d");
        assertThat(page.select(".run-line").text()).contains("20 Nov 2026, 09:30 UTC");
        assertThat(page.select(".rating-badge").text()).isEqualTo("D");
        assertThat(page.select(".rating-badge").attr("style")).contains("#ed7d20");
        assertThat(page.select(".kpi-value").eachText()).containsExactly("34.1 %", "1d 7h", "10", "89");
        assertThat(page.select(".severity-strip li").eachText())
                .containsExactly("critical 1", "high 3", "medium 3", "low 2", "info 1");
    }

    @Test
    void hasEverySectionWithAHeadingAndANavigationLink() {
        for (String id : SECTIONS) {
            Element section = page.getElementById(id);
            assertThat(section).as(id).isNotNull();
            assertThat(section.tagName()).isEqualTo("section");
            assertThat(section.select("> h2").text()).isNotBlank();
        }
        assertThat(page.select("nav a").eachAttr("href")).containsExactlyElementsOf(
                SECTIONS.stream().map(id -> "#" + id).toList());
    }

    @Test
    void drawsTheHotspotScatterPlotWithLabelledTopTen() {
        Element svg = page.selectFirst("#hotspots svg.scatter");

        assertThat(svg).isNotNull();
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.select("title").first().text()).isEqualTo("Hotspots: churn against complexity");
        assertThat(svg.select("circle.bubble")).hasSize(SampleResults.hotspots().size());
        assertThat(svg.select("circle.bubble > title").first().text()).contains("churn", "complexity", "lines of code");
        assertThat(svg.select("text.bubble-label").eachText()).hasSize(10).contains("1 OrderService.java",
                "9 <script>.js");
        assertThat(svg.select("text.axis-title").eachText()).anyMatch(t -> t.startsWith("Churn"))
                .anyMatch(t -> t.startsWith("Complexity"));
        assertThat(svg.select("text.tick").size()).isGreaterThanOrEqualTo(8);
        assertThat(page.select("#hotspots table tbody tr")).hasSize(10);
    }

    @Test
    void showsTheTopDebtWithHighlightedCodeExcerpts() {
        List<Element> findings = page.select("#top-debt tbody.finding");
        assertThat(findings).hasSize(10);
        Element first = findings.getFirst();
        assertThat(first.select(".pill").text()).isEqualTo("critical");
        assertThat(first.select(".rule").text()).isEqualTo("DEBT-SECURITY-002");
        assertThat(first.select(".loc").attr("title")).isEqualTo(SampleSources.PAYMENT_GATEWAY + ":6");
        Element highlighted = first.selectFirst("pre.code .line.hl");
        assertThat(highlighted.select(".ln").text()).isEqualTo("6");
        assertThat(highlighted.text()).contains("API_KEY = \"sk_live_");
        assertThat(first.select("pre.code .line .ln").eachText()).containsExactly("4", "5", "6", "7", "8");
        assertThat(page.select("#top-debt .loc-file").eachText()).contains("(whole repository)");
    }

    @Test
    void escapesEverythingTakenFromTheRepository() {
        assertThat(page.select("script")).isEmpty();
        assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on"))).isEmpty();
        assertThat(html).doesNotContain("<script").contains("&lt;/script&gt;&lt;script&gt;alert(&#39;xss&#39;)");
        assertThat(page.select("#satd td.comment").eachText())
                .contains("legacy widget </script><script>alert('xss')</script>");
        assertThat(page.select("#top-debt td").eachText())
                .contains("Avoid document.write('<div>'): it blocks parsing </td></tr><script>alert(2)</script>");
        assertThat(page.select("#top-debt pre.code").text()).contains("// XXX: legacy widget </script>");
        assertThat(page.select("#hotspots td.path").eachText()).contains("web/src/<script>.js");
    }

    @Test
    void everythingButTheFooterIsInALandmarkAndScrollingExcerptsTakeTheKeyboard() {
        assertThat(page.select("body > header.topbar")).as("the banner").hasSize(1);
        assertThat(page.select("body > div.page > main > header.overview, body > div.page > main > nav")).hasSize(2);
        assertThat(page.select("body > div.page > *").stream().map(e -> e.tagName()).toList()).containsExactly("main", "footer");
        assertThat(page.select("pre.code")).isNotEmpty().allSatisfy(pre -> assertThat(pre.attr("tabindex")).isEqualTo("0"));
    }

    @Test
    void severityColoursCarryThePillsWhiteTextAtWcagAa() {
        for (Severity severity : Severity.values()) {
            assertThat(contrast(Palette.severity(severity), "#ffffff")).as(severity.key()).isGreaterThanOrEqualTo(4.5);
        }
    }

    /** WCAG 2's contrast ratio of two #rrggbb colours. */
    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String colour) {
        double[] weights = {0.2126, 0.7152, 0.0722};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            sum += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }

    @Test
    void isSelfContainedAndNamesNoAbsolutePath() {
        assertThat(page.select("[src]")).isEmpty();
        assertThat(page.select("link, iframe, object, embed, img")).isEmpty();
        assertThat(page.select("[href]").eachAttr("href")).allMatch(href -> href.startsWith("#"));
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none'");
        assertThat(html).doesNotContain(tree.toString()).doesNotContain("@import").doesNotContain("url(");
    }

    @Test
    void summarisesLanguagesClonesCyclesSatdPlanAndRun() {
        assertThat(page.select("#languages tbody th").eachText()).containsExactly("Java", "TypeScript", "Python",
                "JavaScript");
        assertThat(page.select("#duplication tbody tr")).hasSize(2);
        assertThat(page.select("#cycles ol.cycles > li")).hasSize(2);
        assertThat(page.select("#satd tbody tr")).hasSize(5);
        assertThat(page.select("#satd .tag").eachText()).contains("TODO", "FIXME", "HACK", "XXX", "workaround");
        assertThat(page.select("#plan .bucket h3").eachText()).containsExactly("Quick wins", "Strategic", "Deferrable");
        assertThat(page.select("#plan .bucket-figures").eachText()).containsExactly("3 findings · 55min",
                "3 findings · 1d 4h", "4 findings · 1h 30min");
        assertThat(page.select("#breakdown svg.bars")).hasSize(2);
        assertThat(page.select("#run svg.bars text.bar-label").eachText()).contains("vendored", "history");
    }

    @Test
    void aThousandFindingsStayUnderTwoMegabytes() throws IOException {
        AnalysisResult many = SampleResults.withFindings(1_000);

        String big = new HtmlReportWriter(TOOL).render(many, tree);

        assertThat(big.getBytes(StandardCharsets.UTF_8).length).isLessThan(2 * 1024 * 1024);
        assertThat(Jsoup.parse(big).select("#top-debt tbody.finding")).hasSize(TopDebtSection.SHOWN);
    }

    @Test
    void anEmptyAnalysisStillRenders() {
        AnalysisResult shop = SampleResults.shop();
        AnalysisResult empty = new AnalysisResult("empty-repo", null, shop.analyzedAt(), null, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), null, Map.of());

        Document document = Jsoup.parse(new HtmlReportWriter(TOOL).render(empty, null));

        assertThat(document.select(".rating-badge").text()).isEqualTo("?");
        assertThat(document.select("#hotspots .empty").text()).startsWith("No hotspots");
        assertThat(document.select("#top-debt .empty").text()).startsWith("No findings");
        assertThat(document.select("section.card")).hasSize(SECTIONS.size());
    }
}
