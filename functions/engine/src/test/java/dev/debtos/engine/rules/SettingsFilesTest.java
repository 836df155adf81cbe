package dev.debtos.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettingsFilesTest {
    @Test
    void readsSettingsAndConfigurationFilesButNoLockFile() {
        for (String path : new String[] {".npmrc", "web/package.json", ".env", "deploy/.env.production", "prod.env",
                "src/main/resources/application.properties", "config/app.yml", "k8s/values.yaml", "setup.cfg", "php.ini",
                "Cargo.toml", "nginx.conf"}) {
            assertThat(SettingsFiles.isRead(path)).as(path).isTrue();
        }
        for (String path : new String[] {"pnpm-lock.yaml", "yarn.lock", "Cargo.lock", "poetry.lock", "go.sum",
                "package-lock.json", "src/App.java", "README.md", "data.json"}) {
            assertThat(SettingsFiles.isRead(path)).as(path).isFalse();
        }
        assertThat(SettingsFiles.isTemplate(".env.example")).isTrue();
        assertThat(SettingsFiles.isTemplate("config/app.yml.sample")).isTrue();
        assertThat(SettingsFiles.isTemplate(".env")).isFalse();
    }
}
