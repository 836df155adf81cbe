package dev.debtos.platform.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.platform.json.Json;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Typed, validating access to environment variables. A sensitive variable {@code NAME} may instead be given
 * as {@code NAME_SECRET_ARN}, read from the {@link SecretSource}; a JSON secret (such as the one RDS generates)
 * yields its {@code password} field, or the field named after {@code #field} at the end of the ARN.
 * Every error names the variable and never echoes its value.
 */
public final class Env {
    private static final ObjectMapper JSON = Json.mapper();
    private final Map<String, String> vars;
    private final SecretSource secrets;

    public Env(Map<String, String> vars, SecretSource secrets) {
        this.vars = Map.copyOf(vars);
        this.secrets = secrets;
    }

    public Optional<String> optional(String name) {
        String value = vars.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String required(String name, String expectation) {
        return optional(name).orElseThrow(() -> new ConfigException(name, "is required: " + expectation));
    }

    /** A sensitive value, from the variable itself or from the secret store via {@code NAME_SECRET_ARN}. */
    public Optional<Secret> secret(String name) {
        Optional<String> direct = optional(name);
        if (direct.isPresent()) {
            return Optional.of(Secret.of(direct.get()));
        }
        String arnVariable = name + "_SECRET_ARN";
        return optional(arnVariable).map(arn -> Secret.of(readSecret(arnVariable, arn)));
    }

    private String readSecret(String arnVariable, String reference) {
        int hash = reference.lastIndexOf('#');
        String secretId = hash > 0 ? reference.substring(0, hash) : reference;
        String field = hash > 0 ? reference.substring(hash + 1) : "password";
        String raw;
        try {
            raw = secrets.secretString(secretId);
        } catch (RuntimeException e) {
            throw new ConfigException(arnVariable, "could not be read from Secrets Manager (" + e.getClass().getSimpleName() + ")");
        }
        if (!raw.stripLeading().startsWith("{")) {
            return raw;
        }
        try {
            JsonNode value = JSON.readTree(raw).get(field);
            if (value == null || !value.isValueNode()) {
                throw new ConfigException(arnVariable, "names a JSON secret without a '" + field + "' field");
            }
            return value.asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ConfigException(arnVariable, "names a secret that is neither plain text nor valid JSON");
        }
    }

    public int integer(String name, int fallback, int min, int max) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the expected range
        }
        throw new ConfigException(name, "must be an integer between " + min + " and " + max);
    }

    public boolean bool(String name, boolean fallback) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        return switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new ConfigException(name, "must be true or false");
        };
    }
}
