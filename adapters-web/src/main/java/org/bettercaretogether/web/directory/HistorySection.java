package org.bettercaretogether.web.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bettercaretogether.application.community.CommunityStory;
import org.bettercaretogether.domain.community.CommunityHistory;
import org.bettercaretogether.domain.community.Renaming;
import org.bettercaretogether.domain.community.StageReached;
import org.bettercaretogether.web.platform.Formats;

/**
 * What a community's page shows of its history, oldest first: the development stages it reached, each dated, and
 * the names it was known by before ("Known as Kendal until 3 March 2026").
 */
public record HistorySection(String name, List<Line> lines) {

    public HistorySection {
        lines = List.copyOf(lines);
    }

    /** A dated step of the community's story. */
    public record Line(String day, String what) {
    }

    static HistorySection of(CommunityStory story) {
        record Dated(LocalDate day, String what) {
        }
        CommunityHistory history = story.history();
        List<Dated> lines = new ArrayList<>();
        for (StageReached stage : history.stages()) {
            lines.add(new Dated(stage.reachedOn(), "Reached the stage " + stage.stage().description() + "."));
        }
        for (Renaming renaming : history.renamings()) {
            lines.add(new Dated(renaming.effectiveOn(), "Known as " + renaming.fromName() + " until "
                    + Formats.date(renaming.effectiveOn()) + ", then renamed " + renaming.toName() + "."));
        }
        return new HistorySection(story.community(), lines.stream().sorted(Comparator.comparing(Dated::day))
                .map(line -> new Line(Formats.date(line.day()), line.what())).toList());
    }
}
