package dev.debtos.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** LLM_PROVIDER and its defaults: the provider whose key is set, OpenAI-compatible servers by base URL, none. */
class LlmSettingsTest {

    private static LlmSettings load(Map<String, String> env) {
        return LlmSettings.load(env, SecretSource.NONE);
    }

    @Test
    void noKeyMeansNoProvider() {
        LlmSettings settings = load(Map.of());

        assertThat(settings.enabled()).isFalse();
        assertThat(settings.provider()).isEqualTo(LlmSettings.Provider.NONE);
    }

    @Test
    void theProviderWhoseKeyIsSetIsTheDefault() {
        assertThat(load(Map.of("ANTHROPIC_API_KEY", "sk-ant-x")).provider()).isEqualTo(LlmSettings.Provider.ANTHROPIC);
        assertThat(load(Map.of("ANTHROPIC_API_KEY", "sk-ant-x")).model()).isEqualTo(LlmSettings.DEFAULT_ANTHROPIC_MODEL);
        assertThat(load(Map.of("OPENAI_API_KEY", "sk-x", "ANTHROPIC_API_KEY", "sk-ant-x")).provider())
                .isEqualTo(LlmSettings.Provider.OPENAI);
        assertThat(load(Map.of("OPENAI_API_KEY", "sk-x", "ANTHROPIC_API_KEY", "sk-ant-x", "LLM_PROVIDER", "anthropic"))
                .provider()).isEqualTo(LlmSettings.Provider.ANTHROPIC);
        assertThat(load(Map.of("OPENAI_API_KEY", "sk-x", "LLM_PROVIDER", "none")).enabled()).isFalse();
    }

    @Test
    void anOpenAiCompatibleServerNeedsOnlyItsBaseUrl() {
        LlmSettings settings = load(Map.of("OPENAI_BASE_URL", "http://127.0.0.1:11434/v1", "LLM_MODEL", "qwen2.5-coder",
                "LLM_VERIFY", "false", "LLM_DAILY_TOKEN_QUOTA", "500000", "LLM_TIMEOUT", "2m"));

        assertThat(settings.provider()).isEqualTo(LlmSettings.Provider.OPENAI);
        assertThat(settings.baseUrl()).get().hasToString("http://127.0.0.1:11434/v1");
        assertThat(settings.apiKey()).isEmpty();
        assertThat(settings.model()).isEqualTo("qwen2.5-coder");
        assertThat(settings.verify()).isFalse();
        assertThat(settings.dailyTokenQuota()).isEqualTo(500_000);
        assertThat(settings.timeout()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void badValuesNameTheVariableNeverTheKey() {
        assertThatThrownBy(() -> load(Map.of("LLM_PROVIDER", "gemini"))).hasMessage("LLM_PROVIDER must be openai, anthropic or none");
        assertThatThrownBy(() -> load(Map.of("LLM_PROVIDER", "anthropic", "OPENAI_API_KEY", "sk-secret-value")))
                .hasMessageContaining("ANTHROPIC_API_KEY").hasMessageNotContaining("sk-secret-value");
        assertThatThrownBy(() -> load(Map.of("OPENAI_BASE_URL", "ftp://x"))).hasMessageStartingWith("OPENAI_BASE_URL");
        assertThatThrownBy(() -> load(Map.of("OPENAI_API_KEY", "k", "LLM_DAILY_TOKEN_QUOTA", "-1")))
                .hasMessageStartingWith("LLM_DAILY_TOKEN_QUOTA");
    }

    @Test
    void appConfigCarriesTheSettings() {
        AppConfig config = AppConfig.load(Map.of("OPENAI_API_KEY", "sk-x"), SecretSource.NONE);

        assertThat(config.llm().provider()).isEqualTo(LlmSettings.Provider.OPENAI);
        assertThat(config.llm().apiKey()).get().hasToString("****");
    }
}
