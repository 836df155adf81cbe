package dev.debtos.api.health;

import java.time.Duration;

/** One round trip to a dependency (PostgreSQL, Redis); throws when it cannot answer. */
@FunctionalInterface
public interface DependencyProbe {

    Duration roundTrip() throws Exception;
}
