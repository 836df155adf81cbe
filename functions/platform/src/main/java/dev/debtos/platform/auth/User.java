package dev.debtos.platform.auth;

import java.util.Optional;
import java.util.UUID;

public record User(UUID id, Optional<String> email, Optional<String> displayName) {
}
