package dev.debtos.engine.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryReportTest {

    static HistoryReport withAuthors(AuthorContribution... authors) {
        return new HistoryReport("abc", 1, Instant.EPOCH, Instant.EPOCH, Map.of(), List.of(), List.of(authors));
    }

    static AuthorContribution author(String name, int linesAdded) {
        return new AuthorContribution(name + "@example.com", name, 1, linesAdded);
    }

    @Test
    void busFactorIsTheFewestAuthorsOwningMoreThanHalfOfTheAddedLines() {
        assertThat(withAuthors(author("a", 60), author("b", 30), author("c", 10)).busFactor()).isEqualTo(1);
        assertThat(withAuthors(author("a", 50), author("b", 30), author("c", 20)).busFactor())
                .as("exactly half is not more than half").isEqualTo(2);
        assertThat(withAuthors(author("c", 10), author("b", 20), author("a", 25), author("d", 45)).busFactor())
                .isEqualTo(2);
        assertThat(withAuthors(author("a", 0)).busFactor()).isZero();
        assertThat(withAuthors().busFactor()).isZero();
    }
}
