package org.bettercaretogether.web.privacy;

import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Formats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The models of the subject access pages: the request (an email address or a telephone number), and the report of
 * everything held about the person, read from the same {@link PersonalDataDocument} as the JSON download, part by
 * part, each thing held as a heading and its details.
 */
public final class SubjectAccessPages {

    private SubjectAccessPages() {
    }

    /** {@code /staff/subject-access}: find what is held about a person by their email address or telephone number. */
    public record Request(String email, String phone, FormErrors errors) {

        public static final String HEADING = "Find everything held about a person";

        public String title() {
            return errors.isEmpty() ? HEADING : "Error: " + HEADING;
        }

        @Override
        public String toString() {
            return "Request[hidden]";
        }
    }

    /**
     * The report: which export it is and when it was made, then each part of what is held.
     *
     * @param field what the person was found by ({@code email} or {@code phone}), for the download form
     * @param value the address or the number
     */
    public record Report(String field, String value, String exportId, String madeAt, List<Part> parts) {

        public static final String HEADING = "Everything held about this person";

        @Override
        public String toString() {
            return "Report[" + exportId + "]";
        }
    }

    /** One kind of thing held, with what to say when none is. */
    public record Part(String heading, String none, List<Item> items) {
    }

    /** One thing held, with its details in order; a detail with no value is left out. */
    public record Item(String heading, List<Row> rows) {
    }

    public record Row(String key, String value) {
    }

    static Report report(PersonAsked asked, PersonalDataDocument document) {
        return new Report(asked.field(), asked.value(), document.export().id(),
                Formats.dateTime(document.export().madeAt()), List.of(
                        new Part("Views", "No view gave this.", document.views().stream()
                                .map(SubjectAccessPages::view).toList()),
                        new Part("Registrations for meetings", "No registration was made with this.",
                                document.registrations().stream().map(SubjectAccessPages::registration).toList()),
                        new Part("Community projects suggested", "No community project waiting for review was "
                                + "suggested with this.", document.projectsSuggested().stream()
                                .map(SubjectAccessPages::suggestion).toList()),
                        new Part("Mail waiting to be sent or given up on", "No message is held for this.",
                                document.mailHeld().stream().map(SubjectAccessPages::message).toList()),
                        new Part("Copies of mail sent", "No copy of mail sent is kept for this.",
                                document.mailSent().stream().map(SubjectAccessPages::sent).toList()),
                        new Part("Staff account", "No staff account has this.", document.staffAccount() == null
                                ? List.of() : List.of(staffAccount(document.staffAccount()))),
                        new Part("Consultations to be told about", "No address for consultation updates was left "
                                + "with this.", document.consultationUpdates().stream()
                                .map(left -> new Item(left.consultation(), new Rows()
                                        .add("Email address", left.email()).list())).toList()),
                        new Part("Following by email", "Nothing is followed by email with this.",
                                document.subscriptions().stream().map(SubjectAccessPages::following).toList())));
    }

    private static Item following(PersonalDataDocument.Following following) {
        return new Item(following.follows(), new Rows()
                .add("Email address", following.email())
                .add("Asked", following.askedAt())
                .add("Confirmed", following.confirmedAt())
                .list());
    }

    private static Item view(PersonalDataDocument.View view) {
        Rows rows = new Rows()
                .add("About", view.about())
                .add("Given as", view.givenAs())
                .add("How it came", view.channel())
                .add("Where or which batch", view.eventOrBatch())
                .add("Received", view.receivedAt())
                .add("Their words", view.words())
                .add("Name", view.contact().name())
                .add("Email address", view.contact().email())
                .add("Telephone number", view.contact().phone())
                .add("Agreed to be contacted", yesOrNo(view.consent().toContact()))
                .add("Agreed to publication", yesOrNo(view.consent().toPublish()))
                .add("Postcode district", view.postcodeDistrict())
                .add("Where it stands", view.status())
                .add("Published as", view.publicText());
        if (view.withheld() != null) {
            rows.add("Withheld", view.withheld().reason()).add("Why, as the moderator noted", view.withheld().note());
        }
        if (view.answer() != null) {
            rows.add("Answer", view.answer().text()).add("Answered", view.answer().at());
        }
        if (view.closure() != null) {
            rows.add("Closed", view.closure().at()).add("Why it was closed", view.closure().reason());
        }
        if (view.safeguarding() != null) {
            rows.add("Passed on as a safeguarding concern", view.safeguarding().at())
                    .add("Safeguarding note", view.safeguarding().note());
        }
        rows.add("Personal data erased", view.erasedAt());
        for (PersonalDataDocument.Step step : view.history()) {
            rows.add("History: " + Formats.dateTime(step.at()),
                    step.detail() == null ? step.what() : step.what() + " (" + step.detail() + ")");
        }
        return new Item("View " + view.reference(), rows.list());
    }

    private static Item suggestion(PersonalDataDocument.SuggestedProject suggestion) {
        return new Item(suggestion.project(), new Rows()
                .add("Name", suggestion.name())
                .add("Email address", suggestion.email())
                .add("Suggested", suggestion.suggestedAt())
                .list());
    }

    private static Item registration(PersonalDataDocument.MeetingRegistration registration) {
        return new Item(registration.meeting() + ", " + Formats.dateTime(registration.meetingStartsAt()), new Rows()
                .add("Name", registration.name())
                .add("Email address", registration.email())
                .add("Places", Integer.toString(registration.places()))
                .add("Access needs", registration.accessNeeds())
                .add("Where it stands", registration.status())
                .add("Registered", registration.registeredAt())
                .list());
    }

    private static Item message(PersonalDataDocument.Message message) {
        return new Item(message.subject(), new Rows()
                .add("To", message.to())
                .add("Written", message.writtenAt())
                .add("Where it stands", message.state())
                .add("Given up on", message.givenUpAt())
                .add("What it says", message.body())
                .list());
    }

    private static Item sent(PersonalDataDocument.SentMessage message) {
        return new Item(message.subject(), new Rows()
                .add("Written", message.writtenAt())
                .add("What it says", message.body())
                .list());
    }

    private static Item staffAccount(PersonalDataDocument.StaffAccount account) {
        return new Item(account.name(), new Rows()
                .add("Email address", account.email())
                .add("Organisation", account.organisation())
                .add("Roles", Formats.list(account.roles()))
                .add("Can sign in", yesOrNo(account.active()))
                .list());
    }

    private static String yesOrNo(boolean answer) {
        return answer ? "Yes" : "No";
    }

    /** Details in order, those without a value left out. */
    private static final class Rows {

        private final List<Row> rows = new ArrayList<>();

        Rows add(String key, String value) {
            if (value != null && !value.isBlank()) {
                rows.add(new Row(key, value));
            }
            return this;
        }

        Rows add(String key, Instant at) {
            return add(key, at == null ? null : Formats.dateTime(at));
        }

        Rows add(String key, LocalDate day) {
            return add(key, day == null ? null : Formats.date(day));
        }

        List<Row> list() {
            return List.copyOf(rows);
        }
    }
}
