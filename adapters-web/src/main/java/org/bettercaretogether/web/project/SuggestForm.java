package org.bettercaretogether.web.project;

import io.javalin.http.Context;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.project.ProjectSuggestion;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.meeting.AccessFeature;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.project.Cost;
import org.bettercaretogether.domain.project.JoiningRoute;
import org.bettercaretogether.domain.project.Organiser;
import org.bettercaretogether.domain.project.ProjectCategory;
import org.bettercaretogether.domain.project.ProjectDetails;
import org.bettercaretogether.domain.project.Session;
import org.bettercaretogether.domain.project.Suggester;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.Requests;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The "Suggest a community project" form's fields as the person filled them in, kept to show the form again. One
 * weekly session is asked for (staff add more when they review it); the suggester's name and email are optional.
 * Field ids follow the domain's field names ({@code forWhom} is {@code for-whom}), so a rule the domain states finds
 * its field.
 */
public record SuggestForm(String name, String offer, String forWhom, String category, String organiserKind,
                          String organiser, Set<String> communities, String venueName, String venueAddress,
                          Set<String> access, boolean online, String day, String starts, String ends,
                          String timesNote, String joinBy, String joinDetails, String free, String charge,
                          String suggesterName, String suggesterEmail) {

    static final List<String> FIELDS = List.of("name", "offer", "for-whom", "category", "organiser-kind", "organiser",
            "communities", "venue-name", "venue-address", "access", "online", "day", "starts", "ends", "times-note",
            "join-by", "join-details", "free", "charge", "suggester-name", "suggester-email");

    /** Domain fields whose form field has another id: the venue as a whole is its name's, the sessions the day's. */
    static final Map<String, String> RENAMED = Map.of("venue", "venueName", "sessions", "day", "joining", "joinBy");

    public SuggestForm {
        communities = Set.copyOf(communities);
        access = Set.copyOf(access);
    }

    static SuggestForm empty() {
        return new SuggestForm("", "", "", "", "", "", Set.of(), "", "", Set.of(), false, "", "", "", "", "", "", "",
                "", "", "");
    }

    static SuggestForm read(Context ctx) {
        return new SuggestForm(field(ctx, "name"), field(ctx, "offer"), field(ctx, "for-whom"),
                field(ctx, "category"), field(ctx, "organiser-kind"), field(ctx, "organiser"),
                Set.copyOf(ctx.formParams("communities")), field(ctx, "venue-name"), field(ctx, "venue-address"),
                Set.copyOf(ctx.formParams("access")), Requests.ticked(ctx, "online"), field(ctx, "day"),
                field(ctx, "starts"), field(ctx, "ends"), field(ctx, "times-note"), field(ctx, "join-by"),
                field(ctx, "join-details"), field(ctx, "free"), field(ctx, "charge"), field(ctx, "suggester-name"),
                field(ctx, "suggester-email"));
    }

    /** The suggestion, or every problem with the form at once, each against its field. */
    Outcome<ProjectSuggestion> suggestion(BrowseDirectory directory) {
        var checks = new FieldChecks();
        Optional<EmailAddress> email = suggesterEmail.isEmpty() ? Optional.empty()
                : checks.check("suggesterEmail", "Your email address", () -> new EmailAddress(suggesterEmail));
        if (!suggesterEmail.isEmpty() && email.isEmpty()) {
            checks.add("suggesterEmail", FieldChecks.EMAIL_FORMAT);
        }
        return details(directory, checks).map(details -> new ProjectSuggestion(details,
                new Suggester(optional(suggesterName), email)));
    }

    /** The project the form describes, as staff write it, or every problem with the form at once. */
    Outcome<ProjectDetails> details(BrowseDirectory directory) {
        return details(directory, new FieldChecks());
    }

    private Outcome<ProjectDetails> details(BrowseDirectory directory, FieldChecks checks) {
        checks.required("name", name, "Enter the name of the project");
        checks.required("offer", offer, "Say what the project offers");
        checks.required("forWhom", forWhom, "Say who the project is for");
        Optional<ProjectCategory> kind = chosen(checks, "category", category, ProjectCategory::valueOf,
                "Select the kind of project");
        Optional<Organiser.Kind> runBy = chosen(checks, "organiserKind", organiserKind, Organiser.Kind::valueOf,
                "Select who runs the project");
        checks.required("organiser", organiser, "Enter the name of the group or organisation that runs it");
        Set<CommunityId> serving = communities(checks, directory);
        Optional<Venue> venue = venue(checks);
        List<Session> sessions = session(checks);
        Optional<JoiningRoute.Way> way = chosen(checks, "joinBy", joinBy, JoiningRoute.Way::valueOf,
                "Select how people join");
        checks.required("joinDetails", joinDetails, "Say how to get in touch, or when to turn up");
        Optional<Boolean> isFree = chosen(checks, "free", free, SuggestForm::yesOrNo,
                "Say whether it is free");
        Optional<Cost> cost = isFree.flatMap(gratis -> checks.check("charge", "What it costs", () -> gratis
                ? Cost.nothing() : new Cost(false, optional(charge))));
        return checks.outcome(() -> new ProjectDetails(name, offer, forWhom, kind.orElseThrow(),
                new Organiser(runBy.orElseThrow(), organiser), serving, venue, online, sessions,
                optional(timesNote), new JoiningRoute(way.orElseThrow(), joinDetails), cost.orElseThrow()));
    }

    /**
     * The details staff sent through the form for a project stored with {@code stored}: the form shows one weekly
     * session, so what it sends stands for the first, and the stored project's later sessions are kept after it
     * rather than lost.
     */
    static ProjectDetails keepingLaterSessions(ProjectDetails revised, ProjectDetails stored) {
        List<Session> sessions = Stream.concat(revised.sessions().stream(),
                stored.sessions().stream().skip(1)).distinct().limit(ProjectDetails.MOST_SESSIONS).toList();
        return new ProjectDetails(revised.name(), revised.offer(), revised.forWhom(), revised.category(),
                revised.organiser(), revised.communities(), revised.venue(), revised.online(), sessions,
                revised.timesNote(), revised.joining(), revised.cost());
    }

    /** The form filled from a project as stored, for staff to change (its first session only: the form has one). */
    static SuggestForm of(ProjectDetails details, Map<CommunityId, String> slugs) {
        Optional<Session> first = details.sessions().stream().findFirst();
        return new SuggestForm(details.name(), details.offer(), details.forWhom(), details.category().name(),
                details.organiser().kind().name(), details.organiser().name(),
                details.communities().stream().map(slugs::get).filter(Objects::nonNull)
                        .collect(Collectors.toSet()),
                details.venue().map(Venue::name).orElse(""), details.venue().map(Venue::address).orElse(""),
                details.venue().map(venue -> venue.access().stream().map(Enum::name).collect(Collectors.toSet()))
                        .orElse(Set.of()), details.online(),
                first.map(session -> session.day().name().toLowerCase(Locale.ROOT)).orElse(""),
                first.map(session -> session.starts().toString()).orElse(""),
                first.map(session -> session.ends().toString()).orElse(""), details.timesNote().orElse(""),
                details.joining().way().name(), details.joining().details(),
                Boolean.toString(details.cost().free()), details.cost().charge().orElse(""), "", "");
    }

    private Set<CommunityId> communities(FieldChecks checks, BrowseDirectory directory) {
        Map<String, CommunityId> bySlug = directory.communities().stream().collect(Collectors.toMap(
                profile -> profile.community().slug().value(), profile -> profile.community().id()));
        Set<CommunityId> serving = new HashSet<>();
        for (String slug : communities) {
            CommunityId id = bySlug.get(slug);
            if (id == null) {
                checks.add("communities", "Select communities from the list");
            } else {
                serving.add(id);
            }
        }
        if (serving.isEmpty()) {
            checks.add("communities", "Select at least one community whose people the project serves");
        }
        return serving;
    }

    private Optional<Venue> venue(FieldChecks checks) {
        Set<AccessFeature> features = new HashSet<>();
        for (String feature : access) {
            chosen(checks, "access", feature, AccessFeature::valueOf, "Select what the venue offers from the list")
                    .ifPresent(features::add);
        }
        if (venueName.isEmpty() && venueAddress.isEmpty()) {
            if (!online) {
                checks.add("venueName", "Enter where the project meets, or tick that it meets online");
            }
            return Optional.empty();
        }
        checks.required("venueName", venueName, "Enter the name of the place it meets");
        checks.required("venueAddress", venueAddress, "Enter the address of the place it meets");
        return checks.rule(() -> new Venue(venueName, venueAddress, features, Optional.empty()));
    }

    private List<Session> session(FieldChecks checks) {
        if (day.isEmpty() && starts.isEmpty() && ends.isEmpty()) {
            if (timesNote.isEmpty()) {
                checks.add("day", "Select the day it meets, or say when it meets in the box below");
            }
            return List.of();
        }
        Optional<DayOfWeek> weekday = chosen(checks, "day", day, text -> DayOfWeek.valueOf(text.toUpperCase(Locale.ROOT)),
                "Select the day it meets");
        Optional<LocalTime> from = time(checks, "starts", starts, "Enter the time it starts, like 10:00");
        Optional<LocalTime> to = time(checks, "ends", ends, "Enter the time it ends, like 11:30");
        if (weekday.isEmpty() || from.isEmpty() || to.isEmpty()) {
            return List.of();
        }
        return checks.rule(() -> new Session(weekday.get(), from.get(), to.get())).map(List::of).orElse(List.of());
    }

    private static Optional<LocalTime> time(FieldChecks checks, String field, String text, String sentence) {
        try {
            return Optional.of(LocalTime.parse(text.length() == 4 ? "0" + text : text));
        } catch (DateTimeParseException notATime) {
            checks.add(field, sentence);
            return Optional.empty();
        }
    }

    private static <T> Optional<T> chosen(FieldChecks checks, String field, String value, Function<String, T> parse,
                                          String sentence) {
        if (value.isEmpty()) {
            checks.add(field, sentence);
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(value));
        } catch (IllegalArgumentException unknown) {
            checks.add(field, sentence);
            return Optional.empty();
        }
    }

    private static boolean yesOrNo(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }

    private static Optional<String> optional(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static String field(Context ctx, String name) {
        return Requests.field(ctx, name).strip();
    }

    /** Whether {@code value} is one of the values ticked in a group of checkboxes. */
    public boolean ticked(Set<String> group, String value) {
        return group.contains(value);
    }

    @Override
    public String toString() {
        return "SuggestForm[" + name + "]";
    }
}
