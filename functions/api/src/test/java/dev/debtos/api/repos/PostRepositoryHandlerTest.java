package dev.debtos.api.repos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.debtos.api.SampleEvents;
import dev.debtos.platform.validation.InvalidFieldException;
import dev.debtos.platform.audit.AuditLog;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.auth.Scope;
import dev.debtos.platform.config.GitProviderSettings;
import dev.debtos.platform.config.Profile;
import dev.debtos.platform.repos.ConnectedRepositoryStore;
import dev.debtos.platform.repos.RepositoryAddressRules;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the connect handler refuses before it touches the database (which these tests do not have). */
class PostRepositoryHandlerTest {
    private static final Caller CALLER = new Caller(UUID.randomUUID(), Set.of(Scope.ADMIN), Caller.Method.BEARER_TOKEN,
            Optional.empty(), Optional.empty(), Optional.empty());

    private static PostRepositoryHandler handler(Profile profile) {
        return new PostRepositoryHandler(new ConnectedRepositoryStore(null), new RepositoryAddressRules(GitProviderSettings.defaults()),
                profile, new AuditLog(null));
    }

    private static String refusedField(Profile profile, String body) {
        var event = SampleEvents.load("post-repos.json");
        event.setBody(body);
        try {
            handler(profile).handle(event, CALLER);
        } catch (InvalidFieldException e) { // what the route guard answers with a 400
            return e.field();
        } catch (Exception e) {
            throw new AssertionError("expected a 400 naming a field, got " + e.getClass().getSimpleName());
        }
        throw new AssertionError("the request was accepted");
    }

    @Test
    void theAwsProfileHasNoLocalProvider() {
        assertThat(refusedField(Profile.AWS, "{\"provider\":\"local\",\"path\":\"/srv/code\"}")).isEqualTo("provider");
        assertThatThrownBy(() -> handler(Profile.AWS).handle(withBody("{\"provider\":\"local\",\"path\":\"/srv/code\"}"), CALLER))
                .hasMessage("provider: must be github or gitlab");
    }

    @Test
    void unknownAndMisplacedFieldsAreNamed() {
        assertThat(refusedField(Profile.LOCAL, "{\"provider\":\"github\",\"fullName\":\"a/b\",\"token\":\"x\"}")).isEqualTo("token");
        assertThat(refusedField(Profile.AWS, "{\"provider\":\"github\",\"fullName\":\"a/b\",\"path\":\"/srv\"}")).isEqualTo("path");
        assertThat(refusedField(Profile.AWS, "{\"provider\":\"gitlab\",\"cloneUrl\":\"file:///etc\"}")).isEqualTo("cloneUrl");
    }

    private static com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent withBody(String body) {
        var event = SampleEvents.load("post-repos.json");
        event.setBody(body);
        return event;
    }
}
