package dev.debtos.engine.suppression;

import java.util.List;

/**
 * The repository settings' {@code ignore} list, handed to the score stage by a caller's stage that reads the settings
 * ({@code context.put(SettingsIgnores.class, ...)}); the score stage adds it to the options' ignore list.
 */
public record SettingsIgnores(List<IgnoreRule> rules) {
    public SettingsIgnores {
        rules = List.copyOf(rules);
    }
}
