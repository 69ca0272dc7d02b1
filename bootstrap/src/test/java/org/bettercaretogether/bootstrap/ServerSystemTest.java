package org.bettercaretogether.bootstrap;

import org.bettercaretogether.persistence.testing.TestDatabase;
import org.bettercaretogether.persistence.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole service started as {@code bct serve} starts it, on a free port, and used over HTTP. */
class ServerSystemTest {

    @TempDir
    Path dataDirectory;

    @Test
    void on_the_embedded_database_it_serves_the_directory_and_keeps_it_across_a_restart() {
        Configuration configuration = Configuration.embedded(0, dataDirectory);

        try (RunningService first = RunningService.start(configuration)) {
            assertThat(first.referenceData().newRelease()).isTrue();
            assertServesTheMorecambeBayDirectory(new Http(first.port()));
        }
        try (RunningService second = RunningService.start(configuration)) {
            assertThat(second.referenceData().newRelease()).isFalse();
            assertThat(second.referenceData().recordsAdded()).isZero();
            assertServesTheMorecambeBayDirectory(new Http(second.port()));
        }
    }

    @Test
    void pointed_at_an_external_postgresql_by_the_three_variables_it_serves_the_same() {
        try (TestDatabase external = TestDatabases.create("external");
             RunningService platform = RunningService.start(Configuration.from(Map.of(
                     "BCT_PORT", "0",
                     "BCT_DATA_DIR", dataDirectory.toString(),
                     "BCT_DATABASE_URL", external.jdbcUrl(),
                     "BCT_DATABASE_USER", external.user(),
                     "BCT_DATABASE_PASSWORD", external.password())))) {
            assertServesTheMorecambeBayDirectory(new Http(platform.port()));
            assertThat(dataDirectory.resolve("postgres")).doesNotExist();
        }
    }

    @Test
    void migrate_brings_the_schema_up_to_date_and_loads_no_data() throws Exception {
        try (TestDatabase external = TestDatabases.create("migrate")) {
            RunningService.migrate(Configuration.from(Map.of("BCT_DATA_DIR", dataDirectory.toString(),
                    "BCT_DATABASE_URL", external.jdbcUrl(), "BCT_DATABASE_USER", external.user(),
                    "BCT_DATABASE_PASSWORD", external.password())));

            try (Connection connection = external.dataSource().getConnection();
                 ResultSet migrations = connection.createStatement().executeQuery(
                         "select count(*) from flyway_schema_history where success");
                 ResultSet partners = connection.createStatement().executeQuery("select count(*) from partner")) {
                assertThat(migrations.next() && migrations.getInt(1) > 0).as("migrations applied").isTrue();
                assertThat(partners.next() && partners.getInt(1) == 0).as("no reference data loaded").isTrue();
            }
        }
    }

    @Test
    void a_start_that_fails_half_way_stops_the_embedded_database_it_had_started() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            Configuration portInUse = Configuration.embedded(taken.getLocalPort(), dataDirectory);

            assertThatThrownBy(() -> RunningService.start(portInUse)).isInstanceOf(RuntimeException.class);
        }
        assertThat(dataDirectory.resolve("postgres/PG_VERSION")).as("the database had started").exists();
        assertThat(dataDirectory.resolve("postgres/postmaster.pid")).as("and was stopped").doesNotExist();
    }

    private static void assertServesTheMorecambeBayDirectory(Http http) {
        assertThat(http.count("/api/v1/communities")).isEqualTo(12);
        assertThat(http.count("/api/v1/partners")).isEqualTo(10);
        assertThat(http.count("/api/v1/networks")).isEqualTo(3);
        assertThat(http.count("/api/v1/workstreams")).isEqualTo(3);
        for (String place : new String[]{"Kendal", "LA9", "la9%204ab"}) {
            assertThat(http.json("/api/v1/places/" + place).get("items"))
                    .extracting(item -> item.get("slug").asString()).containsExactly("kendal");
        }
        HttpResponse<String> unknown = http.get("/api/v1/communities/atlantis");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(http.get("/health/ready").statusCode()).isEqualTo(200);
        HttpResponse<String> home = http.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Better Care Together").contains("Kendal").doesNotContain("Exception");
    }
}
