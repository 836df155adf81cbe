package dev.debtos.platform.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OnFirstUseTest {

    @Test
    void theValueIsBuiltOnTheFirstGetOnlyAndThenShared() {
        AtomicInteger builds = new AtomicInteger();
        OnFirstUse<StringBuilder> lazy = OnFirstUse.of(() -> new StringBuilder("built " + builds.incrementAndGet()));

        assertThat(lazy.built()).isFalse();
        assertThat(builds).hasValue(0);
        StringBuilder first = lazy.get();
        assertThat(lazy.get()).isSameAs(first);
        assertThat(builds).hasValue(1);
        assertThat(lazy.built()).isTrue();
    }

    @Test
    void closeClosesABuiltValueOnceAndLeavesAnUnbuiltOneUnbuilt() throws Exception {
        AtomicInteger closes = new AtomicInteger();
        AtomicInteger builds = new AtomicInteger();
        OnFirstUse<AutoCloseable> lazy = OnFirstUse.of(() -> {
            builds.incrementAndGet();
            return closes::incrementAndGet;
        });

        lazy.close();
        assertThat(builds).hasValue(0);
        lazy.get();
        lazy.close();
        lazy.close();
        assertThat(closes).hasValue(1);
        assertThat(lazy.built()).isFalse();
    }
}
