package dev.debtos.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupQuotesAndForbiddenControlCharacters() {
        assertThat(Html.escape("<a href=\"x\" title='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
        assertThat(Html.escape("tab\tnew\nline\u0000bell\u0007del\u007f")).isEqualTo("tab\tnew\nline\uFFFDbell\uFFFDdel\uFFFD");
    }

    @Test
    void escapesAttributeValuesAndLeavesOutNullOnes() {
        String markup = new Html().open("span", "title", "\"><script>", "class", null).text("<b>").close("span")
                .toString();

        assertThat(markup).isEqualTo("<span title=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;</span>");
    }

    @Test
    void breaksPathsAfterSlashes() {
        assertThat(new Html().path("src/<x>/A.java").toString()).isEqualTo("src/<wbr>&lt;x&gt;/<wbr>A.java");
        assertThatThrownBy(() -> new Html().open("a", "href")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsEffortAsSonarQubeDoes() {
        assertThat(EffortFormat.of(0)).isEqualTo("0min");
        assertThat(EffortFormat.of(45)).isEqualTo("45min");
        assertThat(EffortFormat.of(200)).isEqualTo("3h 20min");
        assertThat(EffortFormat.of(480)).isEqualTo("1d");
        assertThat(EffortFormat.of(910)).isEqualTo("1d 7h");
    }

    @Test
    void roundsAxesToFriendlySteps() {
        AxisScale scale = AxisScale.upTo(2650, 700);

        assertThat(scale.max()).isEqualTo(3000);
        assertThat(scale.ticks()).containsExactly(0.0, 1000.0, 2000.0, 3000.0);
        assertThat(scale.position(1500)).isEqualTo(350);
        assertThat(AxisScale.upTo(96, 100).ticks()).containsExactly(0.0, 20.0, 40.0, 60.0, 80.0, 100.0);
        assertThat(AxisScale.label(2500)).isEqualTo("2.5k");
    }

    @Test
    void colourScalesRunFromGreenToRed() {
        assertThat(Palette.heat(0)).isEqualTo("#2e9e5b");
        assertThat(Palette.heat(1)).isEqualTo("#c62828");
        assertThat(Palette.rating('A')).isEqualTo("#00aa00");
        assertThat(Palette.rating('E')).isEqualTo("#d4333f");
    }
}
