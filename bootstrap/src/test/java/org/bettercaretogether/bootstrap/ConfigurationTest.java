package org.bettercaretogether.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigurationTest {

    @Test
    void with_nothing_set_it_serves_on_7070_with_the_embedded_database_in_data() {
        Configuration configuration = Configuration.from(Map.of());

        assertThat(configuration.port()).isEqualTo(7070);
        assertThat(configuration.dataDirectory()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(configuration.database()).isEmpty();
    }

    @Test
    void the_three_database_variables_point_it_at_an_external_postgresql() {
        Configuration configuration = Configuration.from(Map.of(
                "BCT_DATABASE_URL", "jdbc:postgresql://db.internal:5432/bct",
                "BCT_DATABASE_USER", "bct", "BCT_DATABASE_PASSWORD", "s3cret-value"));

        assertThat(configuration.database()).hasValueSatisfying(database -> {
            assertThat(database.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/bct");
            assertThat(database.user()).isEqualTo("bct");
            assertThat(database.password()).isEqualTo("s3cret-value");
            assertThat(database.toString()).doesNotContain("s3cret-value");
        });
    }

    @Test
    void a_properties_file_gives_settings_and_the_environment_overrides_it(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("bct.properties");
        Files.writeString(file, "BCT_PORT=8081\nBCT_DATA_DIR=/var/lib/bct\n");

        Configuration configuration = Configuration.from(Map.of("BCT_CONFIG_FILE", file.toString(), "BCT_PORT", "9090"));

        assertThat(configuration.port()).isEqualTo(9090);
        assertThat(configuration.dataDirectory()).isEqualTo(Path.of("/var/lib/bct"));
    }

    @Test
    void unusable_settings_are_refused_with_the_setting_named() {
        assertThatThrownBy(() -> Configuration.from(Map.of("BCT_PORT", "seventy")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BCT_PORT");
        assertThatThrownBy(() -> Configuration.from(Map.of("BCT_PORT", "70000")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BCT_PORT");
        assertThatThrownBy(() -> Configuration.from(Map.of("BCT_DATABASE_URL", "jdbc:mysql://x/y", "BCT_DATABASE_USER", "u")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BCT_DATABASE_URL");
        assertThatThrownBy(() -> Configuration.from(Map.of("BCT_DATABASE_URL", "jdbc:postgresql://x/y")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BCT_DATABASE_USER");
        assertThatThrownBy(() -> Configuration.from(Map.of("BCT_CONFIG_FILE", "/no/such/file.properties")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BCT_CONFIG_FILE");
    }
}
