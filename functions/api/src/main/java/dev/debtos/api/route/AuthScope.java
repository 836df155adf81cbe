package dev.debtos.api.route;

import java.util.Locale;

/** What a caller must hold to reach a route: nothing (public), or an API key / token scope. */
public enum AuthScope {
    NONE, READ, WRITE, ADMIN;

    /** The lower-case name used in routes.json and the OpenAPI document. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
