package dev.debtos.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.debtos.platform.config.Secret;
import dev.debtos.platform.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JwtServiceTest {
    private static final String KEY = "0123456789abcdef0123456789abcdef-test-key";
    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    private final MutableClock clock = new MutableClock(START);
    private final JwtService jwt = new JwtService(Secret.of(KEY), Duration.ofHours(1), clock);
    private final UUID user = UUID.randomUUID();

    @Test
    void aFreshTokenVerifiesToItsUserScopesAndId() throws Exception {
        var issued = jwt.issue(user, EnumSet.of(Scope.READ, Scope.WRITE));
        Caller caller = jwt.verify(issued.token());
        assertThat(caller.userId()).isEqualTo(user);
        assertThat(caller.scopes()).containsExactlyInAnyOrder(Scope.READ, Scope.WRITE);
        assertThat(caller.method()).isEqualTo(Caller.Method.BEARER_TOKEN);
        assertThat(caller.tokenId()).hasValue(issued.tokenId());
        assertThat(caller.tokenExpiresAt()).hasValue(START.plus(Duration.ofHours(1)));
        assertThat(issued.toString()).doesNotContain(issued.token());
    }

    @Test
    void anExpiredTokenIsRejectedOnceTheSkewHasPassed() throws Exception {
        var issued = jwt.issue(user, Set.of(Scope.READ));
        clock.advance(Duration.ofHours(1).plusSeconds(20));
        jwt.verify(issued.token());
        clock.advance(Duration.ofSeconds(11));
        assertThatThrownBy(() -> jwt.verify(issued.token())).hasMessage("token has expired");
    }

    @Test
    void aTokenFromTheFutureIsNotValidYet() {
        var issued = new JwtService(Secret.of(KEY), Duration.ofHours(1), new MutableClock(START.plusSeconds(120))).issue(user, Set.of(Scope.READ));
        assertThatThrownBy(() -> jwt.verify(issued.token())).hasMessage("token is not valid yet");
    }

    @Test
    void wrongIssuerOrAudienceIsRejected() throws Exception {
        assertThatThrownBy(() -> jwt.verify(signed(claims().issuer("someone-else").build())))
                .hasMessage("token issuer or audience is wrong");
        assertThatThrownBy(() -> jwt.verify(signed(claims().audience("another-api").build())))
                .hasMessage("token issuer or audience is wrong");
        jwt.verify(signed(claims().build()));
    }

    @Test
    void aTamperedSignatureOrPayloadIsRejected() {
        String token = jwt.issue(user, Set.of(Scope.READ)).token();
        String[] parts = token.split("\\.");
        String otherPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"read\"", "\"admin\"").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> jwt.verify(parts[0] + "." + otherPayload + "." + parts[2]))
                .hasMessage("token signature does not verify");
        char last = parts[2].charAt(0);
        String flipped = (last == 'A' ? 'B' : 'A') + parts[2].substring(1);
        assertThatThrownBy(() -> jwt.verify(parts[0] + "." + parts[1] + "." + flipped)).isInstanceOf(InvalidCredentialException.class);
        var otherKey = new JwtService(Secret.of("another-key-of-at-least-thirty-two-bytes!"), Duration.ofHours(1), clock);
        assertThatThrownBy(() -> jwt.verify(otherKey.issue(user, Set.of(Scope.READ)).token()))
                .hasMessage("token signature does not verify");
    }

    @Test
    void algNoneAndOtherAlgorithmsAreRejected() throws Exception {
        String none = new PlainJWT(new PlainHeader(), claims().build()).serialize();
        assertThatThrownBy(() -> jwt.verify(none)).isInstanceOf(InvalidCredentialException.class);
        // "none" with a signature part the attacker made up
        assertThatThrownBy(() -> jwt.verify(none + "c2lnbmF0dXJl")).isInstanceOf(InvalidCredentialException.class);
        SignedJWT hs512 = new SignedJWT(new JWSHeader(JWSAlgorithm.HS512), claims().build());
        hs512.sign(new MACSigner((KEY + KEY).getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> jwt.verify(hs512.serialize())).hasMessage("token algorithm is not HS256");
        assertThatThrownBy(() -> jwt.verify("not a token")).hasMessage("token is malformed");
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new JwtService(Secret.of("short"), Duration.ofHours(1), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer(JwtService.ISSUER).audience(JwtService.AUDIENCE).subject(user.toString())
                .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(START)).notBeforeTime(Date.from(START))
                .expirationTime(Date.from(START.plusSeconds(600)));
    }

    private static String signed(JWTClaimsSet claims) throws Exception {
        SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        token.sign(new MACSigner(KEY.getBytes(StandardCharsets.UTF_8)));
        return token.serialize();
    }
}
