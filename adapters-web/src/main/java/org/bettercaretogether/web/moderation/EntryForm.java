package org.bettercaretogether.web.moderation;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.meeting.BrowseMeetings;
import org.bettercaretogether.application.meeting.PublicMeeting;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.meeting.MeetingStatus;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FieldError;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.FieldChecks;

/**
 * The form at {@code /staff/feedback/new}, where staff enter a view that came in on paper, by phone, letter, email,
 * social media or at a meeting: its values as typed, read into a {@link ViewEntry}. What it is about is one choice,
 * {@code community:kendal} or {@code programme}; the day received is a GOV.UK date input; the programme's meeting it
 * was given at, if any, is chosen by its id.
 */
public record EntryForm(String about, String role, String text, String channel, String meeting, String day,
                        String month, String year, String eventOrBatch, String name, String email, String phone,
                        Set<String> consent, String postcodeDistrict) {

    /** The values of the consent checkboxes. */
    public static final String TO_CONTACT = "to-contact";
    public static final String TO_PUBLISH = "to-publish";

    /** The field ids, in the order the page shows them. */
    static final List<String> FIELDS = List.of("about", "role", "text", "channel", "meeting", "received-on",
            "event-or-batch", "name", "email", "phone", "consent", "postcode-district");

    /** How each field is named in a sentence about it. */
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("text", "The view"),
            Map.entry("receivedOn", "The date received"), Map.entry("eventOrBatch", "The event or batch"),
            Map.entry("name", "The name"), Map.entry("email", "The email address"),
            Map.entry("phone", "The telephone number"), Map.entry("postcodeDistrict", "The postcode district"),
            Map.entry("role", "The capacity"), Map.entry("channel", "How it came in"));

    /** What to do about a field that was left empty, GOV.UK style. */
    private static final Map<String, String> MISSING = Map.of("about", "Select what the view is about",
            "role", "Select in what capacity the person gave the view", "channel", "Select how the view came in",
            "receivedOn", "Enter the date the view was received", "text", "Enter the view, in the person's words");

    public EntryForm {
        consent = Set.copyOf(consent);
    }

    static EntryForm empty() {
        return new EntryForm("", "", "", "", "", "", "", "", "", "", "", "", Set.of(), "");
    }

    static EntryForm read(Context ctx) {
        return new EntryForm(Requests.field(ctx, "about"), Requests.field(ctx, "role"), Requests.field(ctx, "text"),
                Requests.field(ctx, "channel"), Requests.field(ctx, "meeting"), Requests.field(ctx, "received-on-day"),
                Requests.field(ctx, "received-on-month"), Requests.field(ctx, "received-on-year"),
                Requests.field(ctx, "event-or-batch"), Requests.field(ctx, "name"), Requests.field(ctx, "email"),
                Requests.field(ctx, "phone"), Set.copyOf(ctx.formParams("consent")),
                Requests.field(ctx, "postcode-district"));
    }

    /** The entry the form holds; a date that is not a real one is a problem of its own. */
    ViewEntry entry(FieldChecks problems) {
        String kind = about.contains(":") ? about.substring(0, about.indexOf(':')) : about;
        String slug = about.contains(":") ? about.substring(about.indexOf(':') + 1) : "";
        return new ViewEntry(kind, slug, role, text, channel, receivedOn(problems), eventOrBatch, name, email, phone,
                consent.contains(TO_CONTACT), consent.contains(TO_PUBLISH), postcodeDistrict, meeting);
    }

    private String receivedOn(FieldChecks problems) {
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return "";
        }
        try {
            if (day.matches("[0-9]{1,2}") && month.matches("[0-9]{1,2}") && year.matches("[0-9]{4}")) {
                return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
            }
        } catch (DateTimeException notADay) {
            // reported below
        }
        problems.add("receivedOn", "must be a real date, like 31 3 2025");
        return "";
    }

    /**
     * The problems of a refused entry against the form's fields, in words: what it is about (however the use case
     * names the community, workstream or network) against {@code about}, the day received against its date input.
     */
    FormErrors errors(Rejection.InvalidInput invalid) {
        List<FieldError> errors = new ArrayList<>();
        for (FieldProblem problem : invalid.problems()) {
            String field = ViewEntry.USE_CASE_FIELDS.getOrDefault(problem.field(), problem.field());
            errors.add(switch (field) {
                case "about", "slug" -> new FieldError("about", problem.problem().equals("is required")
                        ? MISSING.get("about") : "Select a community, workstream or network from the list");
                case "consentToContact", "consentToPublish" -> new FieldError("consent", problem.problem());
                case "meeting" -> new FieldError("meeting", meetingSentence());
                default -> new FieldError(FormErrors.fieldId(field), sentence(field, problem.problem()));
            });
        }
        return new FormErrors(errors).inOrder(FIELDS);
    }

    /**
     * A meeting is refused either because the view did not come in at a meeting, or because it is not one the
     * programme knows: the form offers only those, so the page it was chosen on was out of date.
     */
    private String meetingSentence() {
        return channel.equals(Channel.MEETING.name()) ? "Select a meeting from the list"
                : "Select ‘" + Channel.MEETING.title() + "’ as how the view came in, or select no meeting";
    }

    private static String sentence(String field, String rule) {
        if (rule.equals("is required") || (field.equals("text") && rule.equals("must not be blank"))) {
            return MISSING.getOrDefault(field, LABELS.getOrDefault(field, field) + " is required");
        }
        if (!rule.isEmpty() && Character.isUpperCase(rule.charAt(0))) {
            return rule;
        }
        return LABELS.getOrDefault(field, field) + " " + rule;
    }

    /** What a view may be about: the programme, then each community, workstream and network, by name. */
    static List<Choice> subjects(BrowseDirectory directory) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(ViewAbout.Kind.PROGRAMME.key(), "The programme as a whole"));
        directory.communities().forEach(profile -> choices.add(new Choice(ViewAbout.Kind.COMMUNITY.key() + ":"
                + profile.community().slug(), "Community: " + profile.community().name())));
        directory.workstreams().forEach(profile -> choices.add(new Choice(ViewAbout.Kind.WORKSTREAM.key() + ":"
                + profile.workstream().slug(), "Workstream: " + profile.workstream().name())));
        directory.networks().forEach(profile -> choices.add(new Choice(ViewAbout.Kind.NETWORK.key() + ":"
                + profile.network().slug(), "Network: " + profile.network().name())));
        return choices;
    }

    static List<Choice> roles() {
        return Arrays.stream(ContributorRole.values()).map(role -> new Choice(role.name(), role.title())).toList();
    }

    /**
     * The programme's meetings a view may have been given at, by title and UK day ("Kendal open evening — 26 October
     * 2026"): those that have started, latest first, as views are entered after a meeting, then those to come,
     * soonest first. All of them, of every community and workstream, rather than a recent few: a view may come in
     * long after the meeting. Cancelled meetings are left out, as nobody gave a view at one.
     */
    static List<Choice> meetings(BrowseMeetings meetings, BrowseDirectory directory, Instant now) {
        Map<MeetingId, Meeting> found = new LinkedHashMap<>();
        List<PublicMeeting> all = new ArrayList<>(meetings.upcoming());
        directory.communities().forEach(profile ->
                all.addAll(hosted(meetings.ofCommunity(profile.community().slug()))));
        directory.workstreams().forEach(profile ->
                all.addAll(hosted(meetings.ofWorkstream(profile.workstream().slug()))));
        all.forEach(shown -> found.putIfAbsent(shown.meeting().id(), shown.meeting()));
        Comparator<Meeting> latestFirst = Comparator.comparing(Meeting::startsAt).reversed();
        Comparator<Meeting> soonestFirst = Comparator.comparing(Meeting::startsAt);
        List<Meeting> held = found.values().stream().filter(meeting -> meeting.status() != MeetingStatus.CANCELLED)
                .toList();
        return Stream.concat(
                held.stream().filter(meeting -> !meeting.startsAt().isAfter(now)).sorted(latestFirst),
                held.stream().filter(meeting -> meeting.startsAt().isAfter(now)).sorted(soonestFirst))
                .map(meeting -> new Choice(meeting.id().toString(), meeting.title() + " — "
                        + Formats.date(meeting.localStart().toLocalDate())))
                .toList();
    }

    /** A host the directory lists but the meetings do not know has none to offer. */
    private static List<PublicMeeting> hosted(Outcome<List<PublicMeeting>> outcome) {
        return outcome instanceof Outcome.Done<List<PublicMeeting>>(List<PublicMeeting> hosted) ? hosted : List.of();
    }

    /** Every way a view comes in but online: online views are given by the public themselves. */
    static List<Choice> channels() {
        return Arrays.stream(Channel.values()).filter(channel -> channel != Channel.ONLINE)
                .map(channel -> new Choice(channel.name(), channel.title())).toList();
    }

    @Override
    public String toString() {
        return "EntryForm[" + about + ", " + channel + "]";
    }
}
