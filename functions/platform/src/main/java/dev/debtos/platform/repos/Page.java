package dev.debtos.platform.repos;

import java.util.List;

/** One page of a list: the items, how many there are in all, and the window asked for (offset pagination). */
public record Page<T>(List<T> items, long total, int limit, int offset) {
    public Page {
        items = List.copyOf(items);
    }
}
