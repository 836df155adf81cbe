package dev.debtos.api.http;

/**
 * The object a route names does not exist or is not the caller's: the same answer for both, so an id tells nobody
 * whether another user's object exists. The route guard answers it with 404 ("no repository with this id").
 */
public final class NotFoundException extends RuntimeException {

    /** @param noun what was looked for, as the problem's detail names it ({@code repository}, {@code scan}) */
    public NotFoundException(String noun) {
        super("no " + noun + " with this id", null, false, false);
    }
}
