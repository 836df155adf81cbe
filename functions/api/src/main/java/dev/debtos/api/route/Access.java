package dev.debtos.api.route;

import java.util.Locale;

/**
 * Who may call a route, and so how {@code RouteGuard} treats it: the route's kind (public, health, webhook or
 * authenticated) and, for authenticated routes, the scope the caller must hold.
 */
public enum Access {
    /** Anyone; rate limited per client IP. */
    PUBLIC(AuthScope.NONE),
    /** Anyone, never rate limited: monitors and load balancers poll these. */
    HEALTH(AuthScope.NONE),
    /** Anyone (a signature or token in the delivery is the credential); a per-IP bucket of its own, bodies up to 1 MiB. */
    WEBHOOK(AuthScope.NONE),
    /** A bearer token or API key holding the read scope. */
    READ(AuthScope.READ),
    /** A bearer token or API key holding the write scope. */
    WRITE(AuthScope.WRITE),
    /** A bearer token or API key holding the admin scope. */
    ADMIN(AuthScope.ADMIN);

    private final AuthScope scope;

    Access(AuthScope scope) {
        this.scope = scope;
    }

    /** What the caller must hold: {@link AuthScope#NONE} unless {@link #authenticated()}. */
    public AuthScope scope() {
        return scope;
    }

    public boolean authenticated() {
        return scope != AuthScope.NONE;
    }

    /** The route's kind as routes.json names it: public, health, webhook or authenticated. */
    public String kind() {
        return authenticated() ? "authenticated" : name().toLowerCase(Locale.ROOT);
    }
}
