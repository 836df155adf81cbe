package dev.debtos.api.auth;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import dev.debtos.api.http.RequestContext;
import dev.debtos.platform.audit.AuditLog;
import dev.debtos.platform.auth.Caller;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Audit entries for a request: actor and key from the caller, IP and user agent from the request. */
public final class AuditEntries {
    private AuditEntries() {
    }

    public static AuditLog.Entry of(APIGatewayProxyRequestEvent request, Optional<UUID> actor, Optional<UUID> apiKey, String action,
                                    String targetType, String targetId, boolean success, Map<String, Object> details) {
        return new AuditLog.Entry(actor, apiKey, action, Optional.ofNullable(targetType), Optional.ofNullable(targetId),
                RequestContext.sourceIp(request), RequestContext.userAgent(request), success, details);
    }

    public static AuditLog.Entry of(APIGatewayProxyRequestEvent request, Caller caller, String action, String targetType,
                                    String targetId, Map<String, Object> details) {
        return of(request, Optional.of(caller.userId()), caller.apiKeyId(), action, targetType, targetId, true, details);
    }
}
