package dev.debtos.local.cli;

import dev.debtos.platform.config.AppConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code debt-os config}: validates the environment as a function would at start-up and prints it, secrets masked. */
@Command(name = "config", description = "Validate the environment configuration and print it (secrets masked).")
final class ConfigCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        AppConfig config = AppConfig.fromEnvironment();
        System.out.printf("profile           %s%n", config.profile());
        System.out.printf("port              %d%n", config.port());
        System.out.printf("log level         %s%n", config.logLevel());
        System.out.printf("database          %s as %s (ssl=%s, iam=%s)%n", config.database().jdbcUrl(),
                config.database().username(), config.database().ssl(), config.database().iamAuth());
        System.out.printf("redis             %s%n", config.redis().describe());
        System.out.printf("jwt               %s, tokens valid %s%n", config.jwtSecret().isPresent() ? "set" : "missing",
                config.jwtExpiresIn());
        System.out.printf("github oauth      %s%n", config.github().map(g -> "client " + g.clientId()).orElse("off"));
        System.out.printf("gitlab oauth      %s%n", config.gitlab().map(g -> "client " + g.clientId() + " at " + g.baseUrl()).orElse("off"));
        System.out.printf("llm providers     openai=%s anthropic=%s%n", config.openAiApiKey().isPresent(),
                config.anthropicApiKey().isPresent());
        System.out.printf("llm review        %s%n", config.llm().enabled()
                ? config.llm().provider().key() + " " + config.llm().model()
                        + config.llm().baseUrl().map(url -> " at " + url).orElse("") + ", daily quota "
                        + config.llm().dailyTokenQuota() + " tokens, verify=" + config.llm().verify()
                : "off (no provider)");
        System.out.printf("repo storage      %s%n", config.repoStoragePath());
        System.out.printf("cors origins      %s%n", String.join(", ", config.corsOrigins()));
        return 0;
    }
}
