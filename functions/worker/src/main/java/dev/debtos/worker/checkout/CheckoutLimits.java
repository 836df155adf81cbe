package dev.debtos.worker.checkout;

import dev.debtos.platform.config.CloneSettings;
import java.time.Duration;

/** The caps one checkout runs under (from {@link CloneSettings}); the deadline starts when the checkout does. */
public record CheckoutLimits(long maxRepositoryBytes, int maxFiles, long maxFileBytes, Duration timeout) {

    public static CheckoutLimits of(CloneSettings settings) {
        return new CheckoutLimits(settings.maxRepositoryBytes(), settings.maxFiles(), settings.maxFileBytes(), settings.timeout());
    }
}
