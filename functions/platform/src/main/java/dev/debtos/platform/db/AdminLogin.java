package dev.debtos.platform.db;

import com.fasterxml.jackson.databind.JsonNode;
import dev.debtos.platform.config.Secret;
import dev.debtos.platform.json.Json;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;

/**
 * The database's master login, as RDS writes it into its generated secret ({@code host}, {@code port},
 * {@code dbname}, {@code username}, {@code password}). Only the schema migration function holds it.
 *
 * @param ssl TLS with {@code sslmode=require}: the instance's certificate chains to the RDS certificate authority,
 *            which the JDK does not trust, and the connection stays inside the VPC between two security groups
 *            that admit only each other
 */
public record AdminLogin(String host, int port, String database, String username, Secret password, boolean ssl) {

    public AdminLogin {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1-65535: " + port);
        }
    }

    /** Reads an RDS-generated secret's JSON; a missing field is named, never the secret's value. */
    public static AdminLogin fromRdsSecret(String json, boolean ssl) {
        JsonNode secret;
        try {
            secret = Json.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("the master secret is not JSON");
        }
        return new AdminLogin(field(secret, "host"), Integer.parseInt(field(secret, "port")), field(secret, "dbname"),
                field(secret, "username"), Secret.of(field(secret, "password")), ssl);
    }

    private static String field(JsonNode secret, String name) {
        JsonNode value = secret.get(name);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException("the master secret has no '" + name + "' field");
        }
        return value.asText();
    }

    Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password.reveal());
        properties.setProperty("ApplicationName", "debt-os-migrate");
        properties.setProperty("sslmode", ssl ? "require" : "disable");
        properties.setProperty("connectTimeout", "10");
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, properties);
    }
}
