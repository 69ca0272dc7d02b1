package org.bettercaretogether.bootstrap;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads every log line the test run wrote (each module's tests log to its {@code target/test.log}; the jar's
 * own run to {@code target/jar-run.log}; the integration tests, this one included, to
 * {@code target/integration-test.log}) and fails on any email address, API token or password hash in them.
 * It runs after all the unit and system tests, as an integration test of the bootstrap module, the last built.
 */
@Order(2)
class LogHygieneIT {

    static final Map<String, Pattern> FORBIDDEN = Map.of(
            "an email address", Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"),
            "an API token", Pattern.compile("bct_[A-Za-z0-9_-]{20,}"),
            "a password hash", Pattern.compile("\\$(argon2id|pbkdf2)\\$"));

    private static final List<Path> LOGS = List.of(
            Path.of("../adapters-persistence/target/test.log"),
            Path.of("../adapters-web/target/test.log"),
            Path.of("../adapters-mail/target/test.log"),
            Path.of("target/test.log"),
            Path.of("target/jar-run.log"),
            Path.of("target/integration-test.log"));

    @Test
    void no_log_line_of_the_whole_test_run_holds_an_email_address_a_token_or_a_password_hash() throws IOException {
        List<String> findings = new ArrayList<>();
        long linesRead = 0;
        for (Path log : LOGS) {
            assertThat(log).as("the test run wrote %s", log).exists();
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            linesRead += lines.size();
            for (int number = 0; number < lines.size(); number++) {
                findings.addAll(findingsIn(log + ":" + (number + 1), lines.get(number)));
            }
        }
        assertThat(linesRead).as("lines of log read").isGreaterThan(20);
        assertThat(findings).isEmpty();
    }

    @Test
    void the_check_finds_what_it_looks_for() {
        assertThat(findingsIn("planted", "INFO signed in as mo.moderator@example.nhs.uk")).hasSize(1);
        assertThat(findingsIn("planted", "token bct_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg")).hasSize(1);
        assertThat(findingsIn("planted", "stored $argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA")).hasSize(1);
        assertThat(findingsIn("planted", "INFO RunningService - Reference data morecambe-bay-1: already loaded")).isEmpty();
    }

    static List<String> findingsIn(String where, String line) {
        List<String> findings = new ArrayList<>();
        FORBIDDEN.forEach((what, pattern) -> {
            Matcher found = pattern.matcher(line);
            if (found.find()) {
                findings.add(where + " holds " + what + ": " + line);
            }
        });
        return findings;
    }
}
