package dev.debtos.api.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import dev.debtos.platform.auth.Caller;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * The opening every route shares that serves one of the caller's objects by a path id: read the id (400 when it is
 * not a UUID), find the object through its owner, and stop with 404 when there is none.
 *
 * <pre>{@code
 * ConnectedRepository repository = OwnedLookup.find(request, "id", caller, "repository", repositories::find);
 * }</pre>
 */
public final class OwnedLookup {

    /** A store's look-up of one object by its owner's id and its own ({@code find(UUID owner, UUID id)}). */
    @FunctionalInterface
    public interface Finder<T> {
        Optional<T> find(UUID owner, UUID id) throws SQLException;
    }

    private OwnedLookup() {
    }

    /**
     * @param parameter the path parameter holding the id
     * @param noun      what the 404 says was not found
     * @throws InvalidInputException when the parameter is not a UUID
     * @throws NotFoundException     when the object does not exist or is not the caller's
     */
    public static <T> T find(APIGatewayProxyRequestEvent request, String parameter, Caller caller, String noun,
                             Finder<T> finder) throws SQLException {
        UUID id = RequestParameters.pathId(request, parameter);
        return finder.find(caller.userId(), id).orElseThrow(() -> new NotFoundException(noun));
    }
}
