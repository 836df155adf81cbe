package dev.debtos.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.auth.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one id rule (canonical UUID, read lower-cased) and the owned look-up every id route opens with. */
class RequestIdRulesTest {
    private static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private static final Caller CALLER = new Caller(UUID.randomUUID(), Set.of(Scope.READ), Caller.Method.BEARER_TOKEN,
            Optional.empty(), Optional.empty(), Optional.empty());

    private static APIGatewayProxyRequestEvent withPath(String name, String value) {
        return new APIGatewayProxyRequestEvent().withPathParameters(value == null ? null : Map.of(name, value));
    }

    @Test
    void aCanonicalIdIsReadInEitherCaseAndComesOutLowerCased() {
        assertThat(RequestParameters.pathId(withPath("id", ID), "id")).hasToString(ID);
        assertThat(RequestParameters.pathId(withPath("id", ID.toUpperCase()), "id")).hasToString(ID);
        assertThat(RequestParameters.id("actor", "0F8FAD5B-d9cb-469F-a165-70867728950E", "must be a user id (UUID)"))
                .isEqualTo(UUID.fromString(ID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1-1-1-1-1", "0f8fad5b-d9cb-469f-a165-70867728950", "0f8fad5b-d9cb-469f-a165-70867728950e0",
            "0f8fad5bd9cb469fa16570867728950e", "{0f8fad5b-d9cb-469f-a165-70867728950e}", "0f8fad5b-d9cb-469f-a165-70867728950g",
            "00000000000-0000-0000-0000-00000000", "0f8fad5b-d9cb-469f-a165-70867728950e\n", " 0f8fad5b-d9cb-469f-a165-70867728950e",
            "+f8fad5b-d9cb-469f-a165-70867728950e", "０f8fad5b-d9cb-469f-a165-70867728950e"})
    void anythingElseIsA400NamingTheParameter(String text) {
        assertThatThrownBy(() -> RequestParameters.pathId(withPath("repoId", text), "repoId"))
                .isInstanceOf(InvalidInputException.class).hasMessage("repoId: must be a UUID");
    }

    @Test
    void aMissingPathParameterIsA400() {
        assertThatThrownBy(() -> RequestParameters.pathId(withPath("id", null), "id")).hasMessage("id: must be a UUID");
    }

    @Test
    void theOwnedLookUpAsksForTheCallersObjectByTheParsedId() throws Exception {
        List<List<UUID>> asked = new ArrayList<>();
        String found = OwnedLookup.find(withPath("id", ID.toUpperCase()), "id", CALLER, "scan", (owner, id) -> {
            asked.add(List.of(owner, id));
            return Optional.of("the scan");
        });

        assertThat(found).isEqualTo("the scan");
        assertThat(asked).containsExactly(List.of(CALLER.userId(), UUID.fromString(ID)));
    }

    @Test
    void anObjectThatIsMissingOrAnotherUsersIsNotFoundNamingWhatWasLookedFor() {
        assertThatThrownBy(() -> OwnedLookup.find(withPath("id", ID), "id", CALLER, "debt item", (owner, id) -> Optional.empty()))
                .isInstanceOf(NotFoundException.class).hasMessage("no debt item with this id");
    }

    @Test
    void aMalformedIdNeverReachesTheStore() {
        assertThatThrownBy(() -> OwnedLookup.find(withPath("id", "42"), "id", CALLER, "scan", (owner, id) -> {
            throw new AssertionError("the store was asked");
        })).isInstanceOf(InvalidInputException.class);
    }
}
