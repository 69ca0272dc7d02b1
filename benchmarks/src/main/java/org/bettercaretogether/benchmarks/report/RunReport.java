package org.bettercaretogether.benchmarks.report;

import java.util.List;

/**
 * The whole result of a run, written as JSON and as markdown.
 *
 * @param gc      null when the run ended before the service's recording could be read
 * @param restart null when the run ended before the restart
 * @param notes   what the reader should know: a list not paged yet, a page not reached, a failure
 */
public record RunReport(Machine machine, RunSettings settings, List<SizeReport> sizes, GcFigures gc,
                        RestartFigures restart, List<String> notes) {

    public RunReport {
        sizes = List.copyOf(sizes);
        notes = List.copyOf(notes);
    }
}
