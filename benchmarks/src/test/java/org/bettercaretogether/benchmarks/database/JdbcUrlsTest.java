package org.bettercaretogether.benchmarks.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @Test
    void replacesTheDatabaseAndKeepsHostAndParameters() {
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql://db.example:5432/postgres?sslmode=require", "bct_run"))
                .isEqualTo("jdbc:postgresql://db.example:5432/bct_run?sslmode=require");
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql://localhost/postgres", "bct_run"))
                .isEqualTo("jdbc:postgresql://localhost/bct_run");
    }

    @Test
    void addsADatabaseToAUrlThatNamedNone() {
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql://localhost:5432", "bct_run"))
                .isEqualTo("jdbc:postgresql://localhost:5432/bct_run");
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql://localhost:5432/?user=me", "bct_run"))
                .isEqualTo("jdbc:postgresql://localhost:5432/bct_run?user=me");
    }

    @Test
    void refusesAnythingElse() {
        assertThatThrownBy(() -> JdbcUrls.withDatabase("jdbc:mysql://localhost/x", "bct_run"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JdbcUrls.withDatabase("jdbc:postgresql://localhost/x", "run; drop"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
