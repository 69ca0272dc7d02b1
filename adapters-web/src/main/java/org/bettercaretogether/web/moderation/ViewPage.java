package org.bettercaretogether.web.moderation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bettercaretogether.application.feedback.FeedbackForStaff;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.feedback.PersonalDetails;
import org.bettercaretogether.domain.feedback.PhoneNumber;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.Transition;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Formats;

/**
 * The model of {@code /staff/feedback/{id}}: one view, whole (the original words and contact details included, for
 * staff only), and the forms the person may use on it now, given their roles and where the view stands.
 *
 * @param notice the notice of a change just made, or null
 * @param errors the problems of the form just posted (a stale version against {@code version})
 * @param typed  what the forms hold: the view's own values, or what was typed in the form just posted
 */
public record ViewPage(String href, String reference, String status, String statusColour, List<Row> details,
                       String originalText, String erasedOn, List<Row> contact, List<String> detected,
                       List<Row> safeguarding, List<Row> decision, List<String> themes, List<Row> assignment,
                       boolean overdue, List<Row> response, List<Row> closure, List<HistoryRow> history,
                       String version, Forms forms, Typed typed, String backHref, String backText, String notice,
                       FormErrors errors) {

    /** One line of a summary list. */
    public record Row(String key, String value) {
    }

    /** One step of the history, in UK time. */
    public record HistoryRow(String when, String what, String detail) {
    }

    /**
     * Which forms the person may use on the view now, and why one they might expect is not there.
     *
     * @param publishBlocked why the view cannot be published (no consent), or null
     * @param respondBlocked why the view cannot be answered yet, or null
     * @param closeNeedsReason whether closing needs a reason (the view has not been answered)
     */
    public record Forms(boolean publish, String publishBlocked, boolean withhold, List<Choice> withholdReasons,
                        boolean themes, List<Choice> themeChoices, boolean assign, List<Choice> partners,
                        boolean safeguarding, boolean respond, String respondBlocked, boolean close,
                        boolean closeNeedsReason) {

        public boolean any() {
            return publish || publishBlocked != null || withhold || themes || assign || safeguarding || respond
                    || respondBlocked != null || close;
        }
    }

    /** What each form holds. */
    public record Typed(String publicText, String withholdReason, String withholdNote, Set<String> themes,
                        String partner, String safeguardingNote, String response, String closeReason) {

        public Typed {
            themes = Set.copyOf(themes);
        }

        /** The view's own values: the suggested public text, its themes, the partner it is assigned to. */
        static Typed of(FeedbackForStaff view) {
            Feedback feedback = view.feedback();
            return new Typed(feedback.publicText().map(text -> text.value())
                    .orElse(view.suggestedPublicText().orElse("")), "", "",
                    feedback.themes().stream().map(Object::toString).collect(Collectors.toSet()),
                    feedback.assignment().map(a -> a.partner().toString()).orElse(""), "", "", "");
        }

        Typed publishing(String text) {
            return new Typed(text, withholdReason, withholdNote, themes, partner, safeguardingNote, response, closeReason);
        }

        Typed withholding(String reason, String note) {
            return new Typed(publicText, reason, note, themes, partner, safeguardingNote, response, closeReason);
        }

        Typed tagging(Set<String> tagged) {
            return new Typed(publicText, withholdReason, withholdNote, tagged, partner, safeguardingNote, response,
                    closeReason);
        }

        Typed assigning(String to) {
            return new Typed(publicText, withholdReason, withholdNote, themes, to, safeguardingNote, response,
                    closeReason);
        }

        Typed flagging(String note) {
            return new Typed(publicText, withholdReason, withholdNote, themes, partner, note, response, closeReason);
        }

        Typed answering(String text) {
            return new Typed(publicText, withholdReason, withholdNote, themes, partner, safeguardingNote, text,
                    closeReason);
        }

        Typed closing(String reason) {
            return new Typed(publicText, withholdReason, withholdNote, themes, partner, safeguardingNote, response,
                    reason);
        }

        @Override
        public String toString() {
            return "Typed[hidden]";
        }
    }

    /** Whether a moderator judged the view to show that someone may be at risk. */
    public boolean flagged() {
        return !safeguarding.isEmpty();
    }

    public String title() {
        return errors.isEmpty() ? heading() : "Error: " + heading();
    }

    public String heading() {
        return "View " + reference;
    }

    /** The address a form of this page posts to. */
    public String action(String segment) {
        return href + "/" + segment;
    }

    static ViewPage of(FeedbackForStaff view, Actor actor, List<Theme> themes, List<Partner> partners, LocalDate today,
                       Typed typed, String notice, FormErrors errors) {
        Feedback feedback = view.feedback();
        boolean pending = feedback.moderation() instanceof Moderation.Pending;
        boolean closed = feedback.closure().isPresent();
        boolean answered = feedback.response().isPresent();
        boolean moderator = actor.holds(Role.MODERATOR) || actor.holds(Role.ADMIN);
        boolean triage = moderator || actor.holds(Role.ENGAGEMENT_OFFICER);
        boolean responder = actor.holds(Role.RESPONDER) && feedback.assignment()
                .map(a -> a.partner().equals(actor.partner())).orElse(false);
        String respondBlocked = null;
        if (responder && !closed && !answered && pending) {
            respondBlocked = "This view can be answered once a moderator has published or withheld it.";
        }
        Forms forms = new Forms(
                moderator && pending && feedback.consent().toPublish(),
                moderator && pending && !feedback.consent().toPublish()
                        ? "This view cannot be published: the person did not agree to publication. Withhold it instead."
                        : null,
                moderator && pending,
                Arrays.stream(WithholdReason.values()).map(r -> new Choice(r.name(), r.title())).toList(),
                triage, themeChoices(themes, feedback), triage && !closed && !answered,
                partners.stream().map(p -> new Choice(p.id().toString(), p.name())).toList(),
                moderator && feedback.safeguarding().isEmpty(),
                responder && !closed && !answered && !pending, respondBlocked,
                (moderator || responder) && !closed, !answered);
        return new ViewPage(ModerationAddresses.view(feedback.id()), feedback.reference().value(),
                feedback.status().title(), colour(feedback), details(view), feedback.text().map(ViewText::value)
                .orElse(null), feedback.erasedAt().map(Formats::dateTime).orElse(null), contact(feedback),
                view.detected().stream().map(PersonalDetails.Found::kind).distinct()
                        .map(PersonalDetails.Kind::description).toList(),
                feedback.safeguarding().map(flag -> List.of(new Row("Flagged on", Formats.dateTime(flag.at())),
                        new Row("Why", flag.note()))).orElse(List.of()),
                decision(feedback), view.themeNames(), assignment(view, today),
                StaffFeedbackJson.overdue(feedback, today), response(view), closure(feedback),
                feedback.history().stream().map(step -> new HistoryRow(Formats.dateTime(step.at()), what(step.kind()),
                        step.detail())).toList(),
                Long.toString(feedback.version()), forms, typed,
                moderator ? ModerationAddresses.QUEUE : ModerationAddresses.AWAITING_ANSWER,
                moderator ? "Back to the moderation queue" : "Back to the views awaiting an answer", notice, errors);
    }

    private static List<Row> details(FeedbackForStaff view) {
        Feedback feedback = view.feedback();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Reference", feedback.reference().value()));
        rows.add(new Row("About", view.about()));
        rows.add(new Row("Given as", feedback.role().title()));
        rows.add(new Row("Came in", feedback.origin().channel().title()
                + (feedback.origin().enteredBy().isPresent() ? ", entered by staff" : "")));
        rows.add(new Row("Received on", Formats.date(feedback.origin().receivedOn())));
        feedback.origin().eventOrBatch().ifPresent(batch -> rows.add(new Row("Event or batch", batch)));
        rows.add(new Row("Postcode district", feedback.postcodeDistrict().map(Object::toString).orElse("Not given")));
        rows.add(new Row("Agreed to be contacted", feedback.consent().toContact() ? "Yes" : "No"));
        rows.add(new Row("Agreed to publication", feedback.consent().toPublish() ? "Yes" : "No"));
        return rows;
    }

    private static List<Row> contact(Feedback feedback) {
        List<Row> rows = new ArrayList<>();
        feedback.contact().name().ifPresent(name -> rows.add(new Row("Name", name)));
        feedback.contact().email().map(EmailAddress::value).ifPresent(email -> rows.add(new Row("Email address", email)));
        feedback.contact().phone().map(PhoneNumber::value).ifPresent(phone -> rows.add(new Row("Telephone", phone)));
        return rows;
    }

    private static List<Row> decision(Feedback feedback) {
        return switch (feedback.moderation()) {
            case Moderation.Pending pending -> List.of(new Row("Decision", "Waiting for moderation"));
            case Moderation.Published published -> List.of(new Row("Decision", "Published"),
                    new Row("Published on", Formats.dateTime(published.at())),
                    new Row("Public text", published.text().value()));
            case Moderation.Withheld withheld -> {
                List<Row> rows = new ArrayList<>(List.of(new Row("Decision", "Withheld"),
                        new Row("Withheld on", Formats.dateTime(withheld.at())),
                        new Row("Reason", withheld.reason().title())));
                withheld.note().ifPresent(note -> rows.add(new Row("Note", note)));
                yield rows;
            }
        };
    }

    private static List<Row> assignment(FeedbackForStaff view, LocalDate today) {
        Feedback feedback = view.feedback();
        if (feedback.assignment().isEmpty()) {
            return List.of();
        }
        LocalDate due = feedback.assignment().get().dueOn();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Assigned to", view.assignedPartnerName().orElse("A former partner")));
        rows.add(new Row("Answer due by", Formats.date(due)));
        if (StaffFeedbackJson.overdue(feedback, today)) {
            rows.add(new Row("Overdue", daysLate(due, today)));
        }
        return rows;
    }

    private static List<Row> response(FeedbackForStaff view) {
        return view.feedback().response().map(answer -> List.of(
                new Row("Answered by", view.assignedPartnerName().orElse("The partner organisation")),
                new Row("Answered on", Formats.dateTime(answer.at())),
                new Row("Answer", answer.text()))).orElse(List.of());
    }

    private static List<Row> closure(Feedback feedback) {
        return feedback.closure().map(closure -> {
            List<Row> rows = new ArrayList<>(List.of(new Row("Closed on", Formats.dateTime(closure.at()))));
            closure.reason().ifPresent(reason -> rows.add(new Row("Reason", reason)));
            return List.copyOf(rows);
        }).orElse(List.of());
    }

    /** Themes in use, and those the view already has though no longer in use, by name. */
    private static List<Choice> themeChoices(List<Theme> themes, Feedback feedback) {
        return themes.stream().filter(theme -> theme.inUse() || feedback.themes().contains(theme.id()))
                .sorted(Comparator.comparing(Theme::name, String.CASE_INSENSITIVE_ORDER))
                .map(theme -> new Choice(theme.id().toString(), theme.name() + (theme.inUse() ? "" : " (no longer in use)")))
                .toList();
    }

    /** "1 day late", "12 days late": calendar days since the due day, in the UK. */
    static String daysLate(LocalDate due, LocalDate today) {
        long days = ChronoUnit.DAYS.between(due, today);
        return days + (days == 1 ? " day late" : " days late");
    }

    private static String colour(Feedback feedback) {
        return switch (feedback.status()) {
            case RECEIVED -> "govuk-tag--blue";
            case PUBLISHED -> "govuk-tag--green";
            case WITHHELD -> "govuk-tag--orange";
            case RESPONDED -> "govuk-tag--turquoise";
            case CLOSED -> "govuk-tag--grey";
        };
    }

    private static String what(Transition.Kind kind) {
        return switch (kind) {
            case RECEIVED -> "Received";
            case PUBLISHED -> "Published";
            case WITHHELD -> "Withheld";
            case THEMES_TAGGED -> "Themes tagged";
            case ASSIGNED -> "Assigned for an answer";
            case RESPONDED -> "Answered";
            case CLOSED -> "Closed";
            case SAFEGUARDING_FLAGGED -> "Flagged as a safeguarding concern";
            case ERASED -> "Personal data erased";
            case CONTACT_REMOVED -> "Contact details removed: kept for as long as they are";
        };
    }

    @Override
    public String toString() {
        return "ViewPage[" + reference + "]";
    }
}
