package org.bettercaretogether.bootstrap;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressDisplayTest {

    private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

    @Test
    void onATerminalTheStepUnderWayCountsTheSecondsItHasTakenUntilTheViewsStart() throws InterruptedException {
        ByteArrayOutputStream drawn = new ByteArrayOutputStream();
        StringWriter lines = new StringWriter();
        try (ProgressDisplay display = new ProgressDisplay(new PrintWriter(lines),
                new PrintStream(drawn, true, StandardCharsets.UTF_8))) {
            display.step("Counting the views");
            awaitDrawn(drawn, "under way for 1 s");
            display.viewsStarting(10);
            display.viewsWritten(10);
            display.viewsFinished();
        }

        assertThat(lines.toString()).contains("Counting the views…");
        assertThat(drawn.toString(StandardCharsets.UTF_8)).contains("Views");
    }

    @Test
    void withoutATerminalAStepIsOneLineAndNothingCounts() {
        StringWriter lines = new StringWriter();
        try (ProgressDisplay display = new ProgressDisplay(new PrintWriter(lines), null)) {
            display.step("Counting the views");
        }

        assertThat(lines.toString().lines()).singleElement().asString().endsWith("Counting the views…")
                .doesNotContain("under way");
    }

    private static void awaitDrawn(ByteArrayOutputStream drawn, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
        while (!drawn.toString(StandardCharsets.UTF_8).contains(expected) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(drawn.toString(StandardCharsets.UTF_8)).contains(expected);
    }
}
