package dev.debtos.api.auth;

import dev.debtos.api.contract.Schema;
import dev.debtos.platform.auth.JwtService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A signed-in answer: the bearer token, when it expires and whose it is (local login and login-code redemption). */
final class TokenJson {
    static final Schema SCHEMA = Schema.object()
            .required("token", Schema.string().describe("The bearer token: send it as `Authorization: Bearer <token>`"))
            .required("tokenType", Schema.constant("Bearer"))
            .required("expiresAt", Schema.dateTime())
            .required("userId", Schema.uuid())
            .named("Token");

    private TokenJson() {
    }

    static Map<String, Object> of(JwtService.Issued issued, UUID userId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", issued.token());
        body.put("tokenType", "Bearer");
        body.put("expiresAt", issued.expiresAt().toString());
        body.put("userId", userId.toString());
        return body;
    }
}
