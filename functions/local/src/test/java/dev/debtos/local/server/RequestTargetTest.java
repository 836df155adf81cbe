package dev.debtos.local.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestTargetTest {
    @Test
    void splitsPathAndQueryAndDecodesThePathOnly() {
        var target = RequestTarget.parse("/api/repos/a%20b+c/debt?q=x%26y&limit=5").orElseThrow();
        assertThat(target.rawPath()).isEqualTo("/api/repos/a%20b+c/debt");
        assertThat(target.path()).isEqualTo("/api/repos/a b+c/debt");
        assertThat(target.rawQuery()).isEqualTo("q=x%26y&limit=5");
        assertThat(RequestTarget.parse("/api/health").orElseThrow().rawQuery()).isNull();
        assertThat(RequestTarget.parse("/api/x/%E2%9C%93").orElseThrow().path()).isEqualTo("/api/x/\u2713");
        assertThat(RequestTarget.parse("/api/x/%00").orElseThrow().path()).isEqualTo("/api/x/\u0000");
    }

    @Test
    void acceptsTheAbsoluteForm() {
        assertThat(RequestTarget.parse("http://localhost:3001/api/health?x=1").orElseThrow())
                .isEqualTo(new RequestTarget("/api/health", "x=1"));
        assertThat(RequestTarget.parse("http://localhost:3001").orElseThrow().rawPath()).isEqualTo("/");
    }

    @Test
    void refusesMalformedEscapesCharactersOutsideUrisAndOtherForms() {
        for (String target : new String[] {"/api/repos/%zz", "/api/health?x=%G1", "/x%", "/x%4", "/x%C0%AF", "/x?%FF",
                "/x y", "/x\"", "/x<", "/x{id}", "/x|y", "/x\\y", "/x#top", "/x^", "/x`", "/\u00e9", "x", "*", ""}) {
            assertThat(RequestTarget.parse(target)).as(target).isEmpty();
        }
    }
}
