package dev.debtos.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.config.SecretSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.CloseableThreadContext;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The production log4j2.xml, captured from stdout: the guide's JSON shape, and no secret or stack trace in it. */
class LogFormatAndRedactionTest {
    private static final String DB_PASSWORD = "db-Password-7f3a9c";
    private static final String JWT = "jwt-secret-0123456789abcdef-0123456789abcdef";
    private static final String OPENAI = "sk-proj-abcdefghijklmnop1234";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalOut;

    @BeforeEach
    void captureStdout() {
        originalOut = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStdout() {
        System.setOut(originalOut);
    }

    private List<JsonNode> lines() throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void writesTheGuidesJsonFormat() throws Exception {
        Logger log = LogManager.getLogger("debt-os.test");
        try (var ignored = CloseableThreadContext.put("scanId", "0b8f").put("findingsCount", "12")) {
            log.info("Scan completed");
        }
        JsonNode line = lines().getLast();
        assertThat(line.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(line.get("level").asText()).isEqualTo("info");
        assertThat(line.get("message").asText()).isEqualTo("Scan completed");
        assertThat(line.get("context").get("scanId").asText()).isEqualTo("0b8f");
        assertThat(line.get("context").get("findingsCount").asText()).isEqualTo("12");
    }

    @Test
    void secretsNeverReachTheLog() throws Exception {
        AppConfig config = AppConfig.load(Map.of(
                "DATABASE_URL", "postgresql://debt_os:" + DB_PASSWORD + "@127.0.0.1:5432/debt_os",
                "JWT_SECRET", JWT, "OPENAI_API_KEY", OPENAI), SecretSource.NONE);
        Logger log = LogManager.getLogger("debt-os.test");

        log.info("loaded configuration {}", config);
        log.info("connecting with password {}", config.database().password().reveal());
        log.warn("calling the LLM with Authorization: Bearer {}", OPENAI);
        log.info("clone https://x-access-token:ghp_abcdefghijklmnop@github.com/acme/app.git");
        log.error("database down", new SQLException("FATAL: password authentication failed for " + DB_PASSWORD));
        try (var ignored = CloseableThreadContext.put("jwt", JWT)) {
            log.info("signed a token");
        }

        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(output).doesNotContain(DB_PASSWORD, JWT, OPENAI, "ghp_abcdefghijklmnop");
        assertThat(output).contains(Redactor.MASK);
        assertThat(output).doesNotContain("\tat ", "at dev.debtos", "stackTrace", "stack");
        JsonNode error = lines().stream().filter(n -> n.get("level").asText().equals("error")).findFirst().orElseThrow();
        assertThat(error.get("context").get("errorType").asText()).isEqualTo("java.sql.SQLException");
        assertThat(error.get("context").get("errorMessage").asText()).contains("password authentication failed");
    }
}
