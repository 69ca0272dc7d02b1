package org.bettercaretogether.web.moderation;

import java.time.LocalDate;
import java.util.List;
import org.bettercaretogether.application.feedback.FeedbackForStaff;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.PersonalDetails;
import org.bettercaretogether.web.platform.Formats;

/** The models of the staff lists of views: the moderation queue, the views awaiting an answer, the safeguarding concerns. */
public final class ListPages {

    private ListPages() {
    }

    /**
     * {@code /staff/feedback}: a page of the views waiting for moderation, oldest first, how many wait in all, and the
     * links to the next page and back to the first ({@code null} where there is nowhere to go).
     */
    public record Queue(List<QueueRow> rows, int waiting, String nextHref, String firstHref, String notice) {

        public static final String HEADING = "Moderation queue";

        public String caption() {
            return waiting == 1 ? "1 view waiting for moderation" : Formats.number(waiting) + " views waiting for moderation";
        }
    }

    /**
     * One view waiting: what it is about, how it came and from whom, and its flags (the kinds of personal detail found
     * in its words, a safeguarding concern).
     */
    public record QueueRow(String href, String reference, String received, String about, String channel,
                           String role, List<String> personalDetails, boolean safeguarding) {

        static QueueRow of(FeedbackForStaff view) {
            Feedback feedback = view.feedback();
            return new QueueRow(ModerationAddresses.view(feedback.id()), feedback.reference().value(),
                    Formats.date(feedback.origin().receivedOn()), view.about(), feedback.origin().channel().title(),
                    feedback.role().title(), view.detected().stream().map(PersonalDetails.Found::kind).distinct()
                    .map(ListPages::tag).toList(), feedback.safeguarding().isPresent());
        }
    }

    /**
     * {@code /staff/feedback/awaiting-answer}: a page of the views awaiting an answer, soonest due first (so overdue
     * ones first), how many wait and how many are overdue in all, and the links to the first and next pages.
     */
    public record AwaitingAnswer(List<AwaitingRow> rows, int waiting, int overdue, String nextHref, String firstHref) {

        public static final String HEADING = "Views awaiting an answer";

        public String caption() {
            return Formats.number(waiting) + (waiting == 1 ? " view" : " views") + " awaiting an answer, "
                    + Formats.number(overdue) + " overdue";
        }
    }

    /** One view awaiting its answer: the partner that owes it, the due day (UK), and how late it is, if it is. */
    public record AwaitingRow(String href, String reference, String about, String partner, String dueOn,
                              String received, boolean overdue, String late) {

        static AwaitingRow of(FeedbackForStaff view, boolean overdue, LocalDate today) {
            Feedback feedback = view.feedback();
            LocalDate due = feedback.assignment().orElseThrow().dueOn();
            return new AwaitingRow(ModerationAddresses.view(feedback.id()), feedback.reference().value(), view.about(),
                    view.assignedPartnerName().orElse("A former partner"), Formats.date(due),
                    Formats.date(feedback.origin().receivedOn()), overdue,
                    overdue ? ViewPage.daysLate(due, today) : null);
        }
    }

    /** {@code /staff/feedback/safeguarding}: the views flagged as safeguarding concerns and not closed, newest first. */
    public record Safeguarding(List<SafeguardingRow> rows) {

        public static final String HEADING = "Safeguarding concerns";
    }

    /** One concern: when it was flagged, why (for staff only), and where the view stands. */
    public record SafeguardingRow(String href, String reference, String about, String flagged, String note,
                                  String status) {

        static SafeguardingRow of(FeedbackForStaff view) {
            Feedback feedback = view.feedback();
            var flag = feedback.safeguarding().orElseThrow();
            return new SafeguardingRow(ModerationAddresses.view(feedback.id()), feedback.reference().value(),
                    view.about(), Formats.dateTime(flag.at()), flag.note(), feedback.status().title());
        }
    }

    /** A kind of personal detail as a tag names it: "Email address". */
    private static String tag(PersonalDetails.Kind kind) {
        String words = kind.description().substring(kind.description().indexOf(' ') + 1);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
