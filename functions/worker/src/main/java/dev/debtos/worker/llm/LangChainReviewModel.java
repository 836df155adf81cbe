package dev.debtos.worker.llm;

import dev.debtos.platform.config.LlmSettings;
import dev.debtos.platform.config.Secret;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.TokenUsage;
import java.util.concurrent.Semaphore;

/**
 * The review model through LangChain4j: {@code OpenAiChatModel} for OpenAI and any OpenAI-compatible server
 * ({@code OPENAI_BASE_URL}), {@code AnthropicChatModel} for Anthropic. Answers are asked for as JSON of
 * {@link ReviewSchema} (structured output). Calls go through {@link RetryingHttpClient} (timeouts, retries honouring
 * {@code Retry-After}), and at most {@code LLM_CONCURRENCY} are in flight per worker process.
 */
public final class LangChainReviewModel implements ReviewModel {
    private final LlmSettings settings;
    private final ChatModel chat;
    private final Semaphore inFlight;

    private LangChainReviewModel(LlmSettings settings, ChatModel chat) {
        this.settings = settings;
        this.chat = chat;
        this.inFlight = new Semaphore(settings.concurrency());
    }

    /** The configured provider's model; {@code settings} must name a provider. */
    public static LangChainReviewModel of(LlmSettings settings) {
        var http = RetryingHttpClient.builder(settings.timeout(), settings.maxAttempts());
        String key = settings.apiKey().map(Secret::reveal).orElse("none"); // local OpenAI-compatible servers need none
        ChatModel chat = switch (settings.provider()) {
            case OPENAI -> {
                var builder = OpenAiChatModel.builder().httpClientBuilder(http).apiKey(key).modelName(settings.model())
                        .timeout(settings.timeout()).maxRetries(0).temperature(0.0).strictJsonSchema(true);
                settings.baseUrl().ifPresent(url -> builder.baseUrl(url.toString()));
                yield builder.build();
            }
            case ANTHROPIC -> {
                var builder = AnthropicChatModel.builder().httpClientBuilder(http).apiKey(key).modelName(settings.model())
                        .timeout(settings.timeout()).maxRetries(0).temperature(0.0);
                settings.baseUrl().ifPresent(url -> builder.baseUrl(url.toString()));
                yield builder.build();
            }
            case NONE -> throw new IllegalArgumentException("no LLM provider is configured");
        };
        return new LangChainReviewModel(settings, chat);
    }

    @Override
    public String provider() {
        return settings.provider().key();
    }

    @Override
    public String model() {
        return settings.model();
    }

    @Override
    public ModelAnswer ask(ModelPrompt prompt) throws ModelCallFailed {
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user()))
                .maxOutputTokens(prompt.maxOutputTokens())
                .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(prompt.schema()).build())
                .build();
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelCallFailed("interrupted");
        }
        try {
            ChatResponse response = chat.chat(request);
            TokenUsage usage = response.tokenUsage();
            String text = response.aiMessage() == null ? null : response.aiMessage().text();
            return new ModelAnswer(text == null ? "" : text, count(usage == null ? null : usage.inputTokenCount()),
                    count(usage == null ? null : usage.outputTokenCount()));
        } catch (RuntimeException e) {
            // the provider's own text can echo the prompt: only the failure's kind and status leave here
            String status = e instanceof dev.langchain4j.exception.HttpException http ? " " + http.statusCode() : "";
            throw new ModelCallFailed(e.getClass().getSimpleName() + status);
        } finally {
            inFlight.release();
        }
    }

    private static int count(Integer tokens) {
        return tokens == null ? 0 : Math.max(0, tokens);
    }
}
