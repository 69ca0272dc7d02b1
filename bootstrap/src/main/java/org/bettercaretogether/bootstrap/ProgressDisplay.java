package org.bettercaretogether.bootstrap;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.bettercaretogether.application.sampledata.SampleProgress;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows the person waiting how a sample load goes. On a terminal, the views are a progress bar redrawn in place (with
 * the rate and the time left); when the output goes to a file or another program, a plain line every tenth of the way,
 * which a log keeps readably. Steps before and after the views are a line each; on a terminal, the line of the step
 * under way is followed by the seconds it has taken so far, counting, as one can take half a minute at a million views.
 * Closing it takes that count away.
 */
final class ProgressDisplay implements SampleProgress, AutoCloseable {

    private final PrintWriter lines;
    private final PrintStream terminal;
    private long total;
    private long nextTenth;
    private long startedAt;
    private final long loadStartedAt = System.nanoTime();
    private ProgressBar bar;
    private ProgressBar underWay;

    /**
     * @param lines    where plain lines go
     * @param terminal the terminal to draw the bar on, or null when there is none
     */
    ProgressDisplay(PrintWriter lines, PrintStream terminal) {
        this.lines = lines;
        this.terminal = terminal;
    }

    /** The bar on standard error when the program runs on a terminal, plain lines on {@code lines} otherwise. */
    static ProgressDisplay forConsole(PrintWriter lines) {
        return new ProgressDisplay(lines, System.console() != null ? System.err : null);
    }

    @Override
    public void step(String description) {
        stopCounting();
        lines.println("[" + seconds(Duration.ofNanos(System.nanoTime() - loadStartedAt)) + "] " + description + "…");
        lines.flush();
        if (terminal != null) {
            underWay = new ProgressBarBuilder()
                    .setInitialMax(-1)
                    .setRenderer((state, width) -> "  under way for " + state.getTotalElapsed().toSeconds() + " s")
                    .setConsumer(new ConsoleProgressBarConsumer(terminal))
                    .setUpdateIntervalMillis(1000)
                    .continuousUpdate()
                    .clearDisplayOnFinish()
                    .build();
        }
    }

    @Override
    public void viewsStarting(long total) {
        stopCounting();
        this.total = total;
        this.nextTenth = Math.max(1, total / 10);
        this.startedAt = System.nanoTime();
        if (terminal != null) {
            bar = new ProgressBarBuilder()
                    .setTaskName("Views")
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.UNICODE_BLOCK)
                    .setConsumer(new ConsoleProgressBarConsumer(terminal))
                    .setUpdateIntervalMillis(250)
                    .showSpeed()
                    .build();
        } else {
            lines.printf(Locale.UK, "[%s] Views: writing %,d%n",
                    seconds(Duration.ofNanos(System.nanoTime() - loadStartedAt)), total);
            lines.flush();
        }
    }

    @Override
    public void viewsWritten(long written) {
        if (bar != null) {
            bar.stepTo(written);
            return;
        }
        if (written >= nextTenth) {
            lines.printf(Locale.UK, "Views: %,d of %,d written (%d %%) in %s%n", written, total,
                    written * 100 / total, seconds(Duration.ofNanos(System.nanoTime() - startedAt)));
            lines.flush();
            long tenth = Math.max(1, total / 10);
            nextTenth = (written / tenth + 1) * tenth;
        }
    }

    @Override
    public void viewsFinished() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    /** Takes away the count of the seconds the last step has taken, if it is shown. */
    @Override
    public void close() {
        stopCounting();
    }

    private void stopCounting() {
        if (underWay != null) {
            underWay.close();
            underWay = null;
        }
    }

    static String seconds(Duration taken) {
        return String.format(Locale.UK, "%.1f s", taken.toMillis() / 1000.0);
    }
}
