package org.bettercaretogether.application.sampledata;

import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackStatus;
import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.shared.UkTime;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the views of a sample load look like: how many are in each state of their life, and how many of the things
 * around them (themes, steps of history, links to changes) were written. Counted as the views are made, on the thread
 * that makes them; read once they are all written.
 */
public final class ViewTally {

    private final LocalDate today;
    private final Map<FeedbackStatus, Long> byStatus = new EnumMap<>(FeedbackStatus.class);
    private final Map<WithholdReason, Long> withheldFor = new EnumMap<>(WithholdReason.class);
    private long views;
    private long pending;
    private long awaitingAnswer;
    private long overdue;
    private long answeredOnTime;
    private long answeredLate;
    private long closedWithoutAnswer;
    private long openSafeguardingConcerns;
    private long erased;
    private long withContactDetails;
    private long themeTags;
    private long historySteps;
    private long changeLinks;

    ViewTally(LocalDate today) {
        this.today = today;
    }

    void count(Feedback view, int links) {
        views++;
        byStatus.merge(view.status(), 1L, Long::sum);
        if (view.moderation() instanceof Moderation.Pending) {
            pending++;
        }
        if (view.moderation() instanceof Moderation.Withheld withheld) {
            withheldFor.merge(withheld.reason(), 1L, Long::sum);
        }
        view.assignment().ifPresent(assignment -> {
            if (view.response().isPresent()) {
                if (UkTime.dayOf(view.response().get().at()).isAfter(assignment.dueOn())) {
                    answeredLate++;
                } else {
                    answeredOnTime++;
                }
            } else if (view.closure().isEmpty()) {
                awaitingAnswer++;
                if (assignment.dueOn().isBefore(today)) {
                    overdue++;
                }
            }
        });
        if (view.closure().isPresent() && view.response().isEmpty()) {
            closedWithoutAnswer++;
        }
        if (view.safeguarding().isPresent() && view.closure().isEmpty()) {
            openSafeguardingConcerns++;
        }
        if (view.erasedAt().isPresent()) {
            erased++;
        }
        if (!view.contact().isEmpty()) {
            withContactDetails++;
        }
        themeTags += view.themes().size();
        historySteps += view.history().size();
        changeLinks += links;
    }

    public long views() {
        return views;
    }

    /** Views by the state they are in now (received and waiting for moderation, published, withheld, answered, closed). */
    public Map<FeedbackStatus, Long> byStatus() {
        return Collections.unmodifiableMap(byStatus);
    }

    /** Withheld views by the reason they were withheld for, whatever happened to them after. */
    public Map<WithholdReason, Long> withheldFor() {
        return Collections.unmodifiableMap(withheldFor);
    }

    /** Views not moderated yet: the moderation queue. */
    public long pending() {
        return pending;
    }

    /** Views assigned to a partner, neither answered nor closed. */
    public long awaitingAnswer() {
        return awaitingAnswer;
    }

    /** Of those awaiting an answer, how many are past the day it was due. */
    public long overdue() {
        return overdue;
    }

    public long answeredOnTime() {
        return answeredOnTime;
    }

    public long answeredLate() {
        return answeredLate;
    }

    public long closedWithoutAnswer() {
        return closedWithoutAnswer;
    }

    public long openSafeguardingConcerns() {
        return openSafeguardingConcerns;
    }

    public long erased() {
        return erased;
    }

    public long withContactDetails() {
        return withContactDetails;
    }

    /** Rows of themes tagged. */
    public long themeTags() {
        return themeTags;
    }

    /** Steps of history recorded. */
    public long historySteps() {
        return historySteps;
    }

    /** Links from views to changes made. */
    public long changeLinks() {
        return changeLinks;
    }
}
