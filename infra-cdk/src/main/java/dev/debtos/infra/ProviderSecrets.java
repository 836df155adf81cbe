package dev.debtos.infra;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Secrets of the outside services, created by the operator in Secrets Manager (their values come from GitHub, GitLab,
 * OpenAI and Anthropic, never from a template) and handed to the app by ARN as context. Functions get the ARN
 * ({@code NAME_SECRET_ARN}) and read access, never a value. A GitHub or GitLab sign-in is configured with all three
 * of its client id, client secret ARN and callback URL, or not at all: its OAuth routes are deployed only then.
 *
 * <p>Context: {@code githubClientId}, {@code githubClientSecretArn}, {@code githubCallbackUrl}, the same with
 * {@code gitlab}, {@code openaiKeySecretArn}, {@code anthropicKeySecretArn}.
 */
public record ProviderSecrets(Optional<OAuthApp> github, Optional<OAuthApp> gitlab, Optional<String> openaiKeyArn,
                              Optional<String> anthropicKeyArn) {

    private static final String SECRET_ARN = "arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\\d{12}:secret:[A-Za-z0-9/_+=.@-]+";

    public ProviderSecrets {
        openaiKeyArn.ifPresent(arn -> requireArn("openaiKeySecretArn", arn));
        anthropicKeyArn.ifPresent(arn -> requireArn("anthropicKeySecretArn", arn));
    }

    public static ProviderSecrets none() {
        return new ProviderSecrets(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** From CDK context values (missing or blank = not configured). */
    public static ProviderSecrets fromContext(Function<String, String> context) {
        return new ProviderSecrets(OAuthApp.fromContext("github", context), OAuthApp.fromContext("gitlab", context),
                value(context, "openaiKeySecretArn"), value(context, "anthropicKeySecretArn"));
    }

    /** Plain variables (client ids, callback URLs) every function gets. */
    public Map<String, String> variables() {
        Map<String, String> variables = new LinkedHashMap<>();
        github.ifPresent(app -> app.addVariables("GITHUB", variables));
        gitlab.ifPresent(app -> app.addVariables("GITLAB", variables));
        return variables;
    }

    /** Variable name ({@code NAME_SECRET_ARN}) → secret ARN. */
    public Map<String, String> secretArns() {
        Map<String, String> arns = new LinkedHashMap<>();
        github.ifPresent(app -> arns.put("GITHUB_CLIENT_SECRET_SECRET_ARN", app.clientSecretArn()));
        gitlab.ifPresent(app -> arns.put("GITLAB_CLIENT_SECRET_SECRET_ARN", app.clientSecretArn()));
        openaiKeyArn.ifPresent(arn -> arns.put("OPENAI_API_KEY_SECRET_ARN", arn));
        anthropicKeyArn.ifPresent(arn -> arns.put("ANTHROPIC_API_KEY_SECRET_ARN", arn));
        return arns;
    }

    /** Whether the route's function serves a provider sign-in that is configured (other routes: always). */
    public boolean serves(ApiRoute route) {
        if (route.path().startsWith("/api/auth/github")) {
            return github.isPresent();
        }
        if (route.path().startsWith("/api/auth/gitlab")) {
            return gitlab.isPresent();
        }
        return true;
    }

    private static Optional<String> value(Function<String, String> context, String key) {
        String value = context.apply(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static void requireArn(String key, String arn) {
        if (!arn.matches(SECRET_ARN)) {
            throw new IllegalArgumentException(key + " must be a Secrets Manager secret ARN: " + arn);
        }
    }

    /** One OAuth application of a git provider. */
    public record OAuthApp(String clientId, String clientSecretArn, String callbackUrl) {
        public OAuthApp {
            if (!clientId.matches("[A-Za-z0-9._-]{1,128}")) {
                throw new IllegalArgumentException("OAuth client id must be 1-128 letters, digits, '.', '_' or '-'");
            }
            requireArn("client secret ARN", clientSecretArn);
            if (!callbackUrl.matches("https://[A-Za-z0-9.-]+(:\\d{1,5})?/\\S*")) {
                throw new IllegalArgumentException("OAuth callback URL must be an https URL: " + callbackUrl);
            }
        }

        static Optional<OAuthApp> fromContext(String provider, Function<String, String> context) {
            Optional<String> id = value(context, provider + "ClientId");
            Optional<String> arn = value(context, provider + "ClientSecretArn");
            Optional<String> callback = value(context, provider + "CallbackUrl");
            if (id.isEmpty() && arn.isEmpty() && callback.isEmpty()) {
                return Optional.empty();
            }
            if (id.isEmpty() || arn.isEmpty() || callback.isEmpty()) {
                throw new IllegalArgumentException(provider + " sign-in needs all of -c " + provider + "ClientId, "
                        + provider + "ClientSecretArn and " + provider + "CallbackUrl");
            }
            return Optional.of(new OAuthApp(id.get(), arn.get(), callback.get()));
        }

        void addVariables(String prefix, Map<String, String> variables) {
            variables.put(prefix + "_CLIENT_ID", clientId);
            variables.put(prefix + "_CALLBACK_URL", callbackUrl);
        }
    }
}
