package dev.debtos.platform.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.debtos.platform.config.Secret;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Issues and verifies the API's bearer tokens: HS256 only (the header's algorithm is compared, never trusted, so
 * {@code none} and every other algorithm fail), issuer {@value #ISSUER}, audience {@value #AUDIENCE}, exp/nbf/iat
 * checked with {@link #CLOCK_SKEW} of tolerance, a random {@code jti} so a logout can revoke one token.
 */
public final class JwtService {
    public static final String ISSUER = "debt-os";
    public static final String AUDIENCE = "debt-os-api";
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    static final String SCOPES_CLAIM = "scp";

    private final byte[] key;
    private final Duration lifetime;
    private final Clock clock;

    public record Issued(String token, String tokenId, Instant expiresAt) {
        @Override
        public String toString() {
            return "Issued[tokenId=" + tokenId + ", expiresAt=" + expiresAt + "]";
        }
    }

    public JwtService(Secret secret, Duration lifetime, Clock clock) {
        this.key = secret.reveal().getBytes(StandardCharsets.UTF_8);
        if (key.length < 32) {
            throw new IllegalArgumentException("an HS256 key has at least 256 bits");
        }
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public Issued issue(UUID userId, Set<Scope> scopes) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        String tokenId = UUID.randomUUID().toString();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).audience(AUDIENCE).subject(userId.toString()).jwtID(tokenId)
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now)).expirationTime(Date.from(expiresAt))
                .claim(SCOPES_CLAIM, scopes.stream().map(Scope::wireName).sorted().toList())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new MACSigner(key));
            return new Issued(jwt.serialize(), tokenId, expiresAt);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }

    /** The caller a valid token stands for; any defect throws without echoing the token. */
    public Caller verify(String token) throws InvalidCredentialException {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || jwt.getHeader().getCriticalParams() != null) {
                throw new InvalidCredentialException("token algorithm is not HS256");
            }
            if (!jwt.verify(new MACVerifier(key))) {
                throw new InvalidCredentialException("token signature does not verify");
            }
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException | IllegalStateException e) {
            throw new InvalidCredentialException("token is malformed");
        }
        if (!ISSUER.equals(claims.getIssuer()) || claims.getAudience() == null || !claims.getAudience().equals(List.of(AUDIENCE))) {
            throw new InvalidCredentialException("token issuer or audience is wrong");
        }
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        Date nbf = claims.getNotBeforeTime();
        Date iat = claims.getIssueTime();
        if (exp == null || iat == null || claims.getJWTID() == null || claims.getSubject() == null) {
            throw new InvalidCredentialException("token lacks exp, iat, jti or sub");
        }
        if (!now.isBefore(exp.toInstant().plus(CLOCK_SKEW))) {
            throw new InvalidCredentialException("token has expired");
        }
        if ((nbf != null && now.plus(CLOCK_SKEW).isBefore(nbf.toInstant())) || now.plus(CLOCK_SKEW).isBefore(iat.toInstant())) {
            throw new InvalidCredentialException("token is not valid yet");
        }
        try {
            Set<Scope> scopes = EnumSet.noneOf(Scope.class);
            List<String> names = claims.getStringListClaim(SCOPES_CLAIM);
            for (String name : names == null ? List.<String>of() : names) {
                scopes.add(Scope.fromWire(name).orElseThrow(() -> new InvalidCredentialException("token has an unknown scope")));
            }
            return new Caller(UUID.fromString(claims.getSubject()), scopes, Caller.Method.BEARER_TOKEN,
                    java.util.Optional.empty(), java.util.Optional.of(claims.getJWTID()), java.util.Optional.of(exp.toInstant()));
        } catch (ParseException | IllegalArgumentException e) {
            throw new InvalidCredentialException("token claims are malformed");
        }
    }
}
