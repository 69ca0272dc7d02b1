package org.bettercaretogether.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTableTest {

    @Test
    void padsColumnsAndEscapesPipes() {
        String table = new MarkdownTable("request", "req/s")
                .row("GET /", "1,234")
                .row("GET /a|b", "5")
                .render();

        assertThat(table).isEqualTo("""
                | request   | req/s |
                | --------- | ----- |
                | GET /     | 1,234 |
                | GET /a\\|b | 5     |
                """);
    }
}
