package org.bettercaretogether.memory.contract;

import org.bettercaretogether.application.change.ChangesMade;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.feedback.FeedbackLog;
import org.bettercaretogether.application.feedback.Themes;
import org.bettercaretogether.application.keyquestion.KeyQuestions;
import org.bettercaretogether.application.meeting.Meetings;
import org.bettercaretogether.application.project.CommunityProjects;
import org.bettercaretogether.domain.project.CommunityProject;
import org.bettercaretogether.domain.project.Cost;
import org.bettercaretogether.domain.project.ProjectId;
import org.bettercaretogether.domain.project.Suggester;
import org.bettercaretogether.memory.testing.ProjectExamples;
import org.bettercaretogether.application.meeting.Registrations;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.opendata.OpenDataRecords;
import org.bettercaretogether.application.opendata.OpenDataSet;
import org.bettercaretogether.application.opendata.OpenDataSink;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.priority.Priorities;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.team.Professions;
import org.bettercaretogether.application.team.Teams;
import org.bettercaretogether.application.vanguard.VanguardRecord;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.domain.change.ChangeId;
import org.bettercaretogether.domain.change.ChangeMade;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.feedback.Assignment;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.Origin;
import org.bettercaretogether.domain.feedback.PhoneNumber;
import org.bettercaretogether.domain.feedback.PublicText;
import org.bettercaretogether.domain.feedback.Response;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.keyquestion.KeyQuestion;
import org.bettercaretogether.domain.keyquestion.KeyQuestionId;
import org.bettercaretogether.domain.meeting.AccessFeature;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.MeetingHost;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.meeting.Registration;
import org.bettercaretogether.domain.meeting.RegistrationId;
import org.bettercaretogether.domain.meeting.RegistrationStatus;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.priority.LocalPriority;
import org.bettercaretogether.domain.priority.PriorityId;
import org.bettercaretogether.domain.priority.PriorityStatus;
import org.bettercaretogether.domain.priority.StatusStep;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.domain.team.IntegratedTeam;
import org.bettercaretogether.domain.team.Profession;
import org.bettercaretogether.domain.team.ProfessionId;
import org.bettercaretogether.domain.team.TeamRole;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;
import org.bettercaretogether.domain.workstream.Workstream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link OpenDataRecords}: the same records written through the ports give the sink the same rows, set by set, with
 * the same values of the same types in the same order, and nothing that is not public: a view's text only once
 * published, and then only its public text; no answer to a view the public cannot read; no contact detail and no
 * registrant.
 */
public abstract class OpenDataContract extends PortContract {

    private static final LocalDate MONDAY_DATE = LocalDate.ofInstant(MONDAY, ZoneOffset.UTC);
    private static final String PENDING_WORDS = "The ward at Westmorland General was cold all night.";
    private static final String WITHHELD_WORDS = "Nurse Smith on ward 3 was rude to my mother.";
    private static final String WITHHELD_ANSWER = "We have spoken to the ward sister.";
    private static final String ORIGINAL_WORDS = "The Kendal clinic car park is full by nine, ring Jo on 07700 900123.";

    private IntegratedCareCommunity kendal;
    private Partner ccg;
    private StaffMemberId moderator;
    private Theme parking;
    private Theme buses;
    private Feedback answeredInKendal;
    private Feedback aboutTheProgramme;
    private Feedback pending;
    private Feedback withheld;

    @BeforeEach
    void recordsOfTheProgramme() {
        moderator = moderator(); // stores the reference data too, the moderator's partner among it
        kendal = port(Communities.class).findBySlug(new Slug("kendal")).orElseThrow();
        ccg = port(Partners.class).find(MorecambeBay.CLINICAL_COMMISSIONING_GROUP).orElseThrow();
        parking = theme("Parking at clinics");
        buses = theme("Evening buses");
        answeredInKendal = stored(received(new Subject.AboutCommunity(kendal.id()), ORIGINAL_WORDS,
                new ContactDetails(Optional.of("Jo Bloggs"), Optional.of(new EmailAddress("jo.bloggs@example.org")),
                        Optional.of(new PhoneNumber("07700 900123"))))
                .tagThemes(Set.of(parking.id(), buses.id()), at(5), moderator)
                .publish(new PublicText("The Kendal clinic car park is full by nine."), at(20), moderator)
                .assign(new Assignment(ccg.id(), MONDAY_DATE.plusDays(20), at(25), moderator))
                .respond(new Response(ccg.id(), "The car park gains forty spaces in May.", at(40), moderator)));
        aboutTheProgramme = stored(received(new Subject.AboutProgramme(),
                "Please explain the service review in plain English.", ContactDetails.none())
                .publish(new PublicText("Please explain the service review in plain English."), at(10), moderator));
        pending = stored(received(new Subject.AboutCommunity(kendal.id()), PENDING_WORDS,
                new ContactDetails(Optional.empty(), Optional.of(new EmailAddress("pending@example.org")),
                        Optional.empty())));
        withheld = stored(received(new Subject.AboutCommunity(kendal.id()), WITHHELD_WORDS, ContactDetails.none())
                .withhold(WithholdReason.PERSONAL_DETAILS, Optional.of("Names a nurse."), at(15), moderator)
                .assign(new Assignment(ccg.id(), MONDAY_DATE.plusDays(20), at(25), moderator))
                .respond(new Response(ccg.id(), WITHHELD_ANSWER, at(45), moderator)));
    }

    @Test
    void every_set_is_given_once_in_the_order_of_the_data_sets_all_as_of_the_moment_answered() {
        CollectedRows collected = new CollectedRows();

        Instant asOf = port(OpenDataRecords.class).readAll(collected);

        assertThat(collected.started).containsExactly(OpenDataSet.values());
        assertThat(collected.finished).containsExactly(OpenDataSet.values());
        assertThat(collected.asOf).containsOnly(asOf);
    }

    @Test
    void a_view_is_given_once_published_by_its_public_text_first_published_first() {
        List<List<Object>> views = readAll().get(OpenDataSet.PUBLISHED_VIEWS);

        assertThat(views).containsExactly(
                row(aboutTheProgramme.reference().value(), "programme", null, programmeName(), "PATIENT", "ONLINE",
                        MONDAY_DATE, at(10), "Please explain the service review in plain English.", null, false),
                row(answeredInKendal.reference().value(), "community", "kendal", "Kendal", "PATIENT", "ONLINE",
                        MONDAY_DATE, at(20), "The Kendal clinic car park is full by nine.",
                        List.of("Evening buses", "Parking at clinics"), true));
    }

    @Test
    void an_answer_is_given_only_to_a_view_the_public_can_read() {
        List<List<Object>> answers = readAll().get(OpenDataSet.ANSWERS);

        assertThat(answers).containsExactly(row(answeredInKendal.reference().value(), ccg.id().value().toString(),
                ccg.name(), at(40), "The car park gains forty spaces in May."));
    }

    @Test
    void no_text_of_a_view_not_published_no_original_words_no_contact_and_no_registrant_is_given() {
        Meeting meeting = storedMeeting();
        transactions().inTransaction(() -> port(Registrations.class).add(new Registration(RegistrationId.random(),
                meeting.id(), "Ann Registrant", new EmailAddress("ann.registrant@example.org"), 2, Optional.empty(),
                RegistrationStatus.CONFIRMED, MONDAY, 1, Secrets.sha256("cancel me"), 0)));
        storedChange(Optional.of(kendal), MONDAY_DATE);

        List<String> everyValue = readAll().values().stream().flatMap(List::stream).flatMap(List::stream)
                .map(String::valueOf).toList();

        assertThat(everyValue).isNotEmpty().noneMatch(value -> value.contains(PENDING_WORDS)
                || value.contains(WITHHELD_WORDS) || value.contains(WITHHELD_ANSWER) || value.contains("07700")
                || value.contains("Jo Bloggs") || value.contains("@example.org") || value.contains("Ann Registrant")
                || value.contains(pending.reference().value()) || value.contains(withheld.reference().value()));
    }

    @Test
    void a_change_made_counts_every_view_that_led_to_it_and_names_only_the_published_ones() {
        ChangeMade forKendal = storedChange(Optional.of(kendal), MONDAY_DATE.plusDays(1));
        ChangeMade forTheProgramme = storedChange(Optional.empty(), MONDAY_DATE);

        List<List<Object>> changes = readAll().get(OpenDataSet.CHANGES_MADE);

        assertThat(changes).containsExactly(
                row(forTheProgramme.id().value().toString(), forTheProgramme.title(), forTheProgramme.description(),
                        "programme", null, programmeName(), "PLANNED", MONDAY_DATE, null, null,
                        List.of("Parking at clinics"), 3L, List.of(answeredInKendal.reference().value())),
                row(forKendal.id().value().toString(), forKendal.title(), forKendal.description(), "community",
                        "kendal", "Kendal", "PLANNED", MONDAY_DATE.plusDays(1), null, null,
                        List.of("Parking at clinics"), 3L, List.of(answeredInKendal.reference().value())));
    }

    @Test
    void a_priority_is_given_with_its_community_theme_owner_and_latest_status() {
        LocalPriority priority = LocalPriority.add(PriorityId.random(), kendal.id(), 1, "Parking at the clinic",
                "Room to park for everyone with an appointment.",
                Set.of(TripleAimDimension.QUALITY_OF_CARE, TripleAimDimension.POPULATION_HEALTH),
                "Parking is what people in Kendal raise most.", Optional.of(parking.id()), ccg.id(),
                new StatusStep(PriorityStatus.PROPOSED, MONDAY_DATE), MONDAY)
                .moveTo(PriorityStatus.AGREED, MONDAY_DATE.plusDays(2), at(60));
        transactions().inTransaction(() -> {
            port(Priorities.class).hold(kendal.id());
            return port(Priorities.class).add(priority);
        });

        List<List<Object>> priorities = readAll().get(OpenDataSet.PRIORITIES);

        assertThat(priorities).containsExactly(row(priority.id().value().toString(), "kendal", "Kendal", 1L,
                "Parking at the clinic", "Room to park for everyone with an appointment.",
                "Parking is what people in Kendal raise most.", "Parking at clinics", ccg.name(),
                List.of("POPULATION_HEALTH", "QUALITY_OF_CARE"), "AGREED", MONDAY_DATE.plusDays(2)));
    }

    @Test
    void a_team_s_mix_is_given_role_by_role_in_its_order_with_whole_time_equivalents_to_two_places() {
        Profession wardens = profession("Parking wardens of the trust");
        Profession drivers = profession("Community transport drivers");
        Partner hospitals = port(Partners.class).find(MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY).orElseThrow();
        transactions().inTransaction(() -> port(Teams.class).save(new IntegratedTeam(kendal.id(), List.of(
                new TeamRole(wardens.id(), ccg.id(), Optional.of(3), Optional.empty()),
                new TeamRole(drivers.id(), hospitals.id(), Optional.empty(), Optional.of(new BigDecimal("2.5")))),
                Optional.of(MONDAY_DATE), 0))).orElseThrow();

        List<List<Object>> team = readAll().get(OpenDataSet.TEAM_MIX);

        assertThat(team).containsExactly(
                row("kendal", "Kendal", MONDAY_DATE, "Parking wardens of the trust", ccg.name(), 3L, null),
                row("kendal", "Kendal", MONDAY_DATE, "Community transport drivers", hospitals.name(), null,
                        new BigDecimal("2.50")));
    }

    @Test
    void a_meeting_is_given_with_its_venue_and_places_and_without_its_link() {
        Meeting meeting = storedMeeting();

        List<List<Object>> meetings = readAll().get(OpenDataSet.MEETINGS);

        assertThat(meetings).containsExactly(row(meeting.id().value().toString(), "community", "kendal", "Kendal",
                "Parking at the clinic", "What should change at the clinic's car park?", meeting.startsAt(),
                meeting.endsAt(), "Kendal Town Hall", "Highgate, Kendal LA9 4DL", "The lift is by the side door.",
                List.of("HEARING_LOOP", "STEP_FREE"), true, 30L, "SCHEDULED", null, null, null));
    }

    @Test
    void a_community_project_is_given_once_listed_with_its_sessions_and_never_its_suggester() {
        CommunityProjects projects = port(CommunityProjects.class);
        CommunityProject listed = transactions().inTransaction(() -> projects.add(CommunityProject.listed(
                ProjectId.random(), ProjectExamples.project("Steady Steps").in(kendal.id()).on(DayOfWeek.TUESDAY)
                        .costing(Cost.of("£2 a session")).details(), MONDAY)));
        transactions().inTransaction(() -> projects.add(CommunityProject.suggested(ProjectId.random(),
                ProjectExamples.project("Waiting Suggestion").in(kendal.id()).details(),
                new Suggester(Optional.of("Sue Suggester"), Optional.of(new EmailAddress("sue@example.org"))),
                MONDAY)));

        List<List<Object>> rows = readAll().get(OpenDataSet.COMMUNITY_PROJECTS);

        assertThat(rows).containsExactly(row(listed.id().value().toString(), "Steady Steps", "OTHER",
                "Neighbours Together", "COMMUNITY_GROUP", List.of("kendal"), "What Steady Steps offers.",
                "Anyone who would like to come.", "Town Hall", "Highgate, Kendal", List.of("HEARING_LOOP", "STEP_FREE"),
                true, List.of("TUESDAY 10:00-11:30"), "Not in August.", "CONTACT", "Call 01539 000000.", false,
                "£2 a session", "LISTED", MONDAY_DATE));
    }

    @Test
    void a_key_question_is_given_in_its_place_in_the_list() {
        KeyQuestions questions = port(KeyQuestions.class);
        int last = questions.all().size() + 1;
        transactions().inTransaction(() -> questions.add(KeyQuestion.add(KeyQuestionId.random(),
                "Will the car park grow?", "Yes, by forty spaces in May.", last, at(50))));

        List<List<Object>> keyQuestions = readAll().get(OpenDataSet.KEY_QUESTIONS);

        assertThat(keyQuestions).extracting(row -> row.get(0)).isSorted().contains((long) last);
        assertThat(keyQuestions.getLast())
                .isEqualTo(row((long) last, "Will the car park grow?", "Yes, by forty spaces in May.", at(50)));
    }

    @Test
    void the_directory_is_given_as_the_reference_data_holds_it_by_name() {
        Map<OpenDataSet, List<List<Object>>> sets = readAll();
        ClinicalNetwork southLakes = port(ClinicalNetworks.class).find(MorecambeBay.SOUTH_LAKES).orElseThrow();
        Partner cumbria = port(Partners.class).find(MorecambeBay.CUMBRIA_COUNTY_COUNCIL).orElseThrow();
        Workstream elective = port(Workstreams.class).findBySlug(new Slug("elective-care")).orElseThrow();
        Partner hospitals = port(Partners.class).find(MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY).orElseThrow();

        assertThat(sets.get(OpenDataSet.PARTNERS)).hasSize(port(Partners.class).all().size())
                .contains(row(ccg.id().value().toString(), ccg.name(), "CLINICAL_COMMISSIONING_GROUP", "01K", null,
                                null, ccg.role()),
                        row(cumbria.id().value().toString(), cumbria.name(), "LOCAL_AUTHORITY", null, "E10000006",
                                null, cumbria.role()));
        assertThat(sets.get(OpenDataSet.NETWORKS)).hasSize(port(ClinicalNetworks.class).all().size())
                .contains(row(southLakes.id().value().toString(), "south-lakes", "South Lakes",
                        southLakes.description()));
        assertThat(sets.get(OpenDataSet.COMMUNITIES)).hasSize(port(Communities.class).all().size())
                .contains(row(kendal.id().value().toString(), "kendal", "Kendal", "south-lakes",
                        List.of("Kendal", "Burneside", "Staveley"), List.of("LA8", "LA9"), null, null, null));
        assertThat(sets.get(OpenDataSet.WORKSTREAMS)).hasSize(port(Workstreams.class).all().size())
                .contains(row(elective.id().value().toString(), "elective-care", "Elective Care", elective.scope(),
                        "ENGAGEMENT", List.of("COMMUNITY", "GP_SURGERY", "HOME", "HOSPITAL"), null,
                        List.of(hospitals.name(), ccg.name()).stream().sorted().toList()));
        for (OpenDataSet set : List.of(OpenDataSet.PARTNERS, OpenDataSet.NETWORKS, OpenDataSet.COMMUNITIES,
                OpenDataSet.WORKSTREAMS)) {
            int name = set == OpenDataSet.PARTNERS ? 1 : 2;
            assertThat(sets.get(set)).extracting(row -> (String) row.get(name)).as(set.fileName()).isSorted();
        }
    }

    private Map<OpenDataSet, List<List<Object>>> readAll() {
        CollectedRows collected = new CollectedRows();
        port(OpenDataRecords.class).readAll(collected);
        return collected.rows;
    }

    private String programmeName() {
        return port(VanguardRecord.class).current().orElseThrow().name();
    }

    private Theme theme(String name) {
        return transactions().inTransaction(() -> port(Themes.class).add(new Theme(ThemeId.random(), name, true, 0)))
                .orElseThrow();
    }

    private Profession profession(String name) {
        return transactions().inTransaction(() -> port(Professions.class).add(
                new Profession(ProfessionId.random(), name, true, 0))).orElseThrow();
    }

    private static Feedback received(Subject subject, String words, ContactDetails contact) {
        return Feedback.receive(FeedbackId.random(), FeedbackReference.random(), subject, ContributorRole.PATIENT,
                Origin.online(MONDAY_DATE), new ViewText(words), contact, new Consent(true, true), Optional.empty(),
                Secrets.sha256(words), MONDAY);
    }

    /** The view as it would be after its steps, added at once: the open data reads what is stored, not how. */
    private Feedback stored(Feedback view) {
        return transactions().inTransaction(() -> port(FeedbackLog.class).add(view));
    }

    /** A change planned on {@code plannedOn} that the view answered, the pending one and the withheld one led to. */
    private ChangeMade storedChange(Optional<IntegratedCareCommunity> community, LocalDate plannedOn) {
        ChangeMade change = ChangeMade.planned(ChangeId.random(), "More parking at the Kendal clinic",
                "Forty more spaces, as people asked.", community.map(IntegratedCareCommunity::id), Optional.empty(),
                plannedOn, Set.of(answeredInKendal.id(), pending.id(), withheld.id()), Set.of(parking.id()));
        return transactions().inTransaction(() -> port(ChangesMade.class).add(change));
    }

    private Meeting storedMeeting() {
        Instant starts = MONDAY.plus(Duration.ofDays(7));
        return transactions().inTransaction(() -> port(Meetings.class).add(Meeting.schedule(MeetingId.random(),
                new MeetingHost.Community(kendal.id()), "Parking at the clinic",
                "What should change at the clinic's car park?", starts, starts.plus(Duration.ofHours(2)),
                Optional.of(new Venue("Kendal Town Hall", "Highgate, Kendal LA9 4DL",
                        Set.of(AccessFeature.STEP_FREE, AccessFeature.HEARING_LOOP),
                        Optional.of("The lift is by the side door."))),
                Optional.of(URI.create("https://meet.example.org/kendal-parking")), 30)));
    }

    /** A row as the sink is given it, nulls and all. */
    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    /** Every row given, set by set, and when each set was started and finished. */
    private static final class CollectedRows implements OpenDataSink {

        final List<OpenDataSet> started = new ArrayList<>();
        final List<OpenDataSet> finished = new ArrayList<>();
        final List<Instant> asOf = new ArrayList<>();
        final Map<OpenDataSet, List<List<Object>>> rows = new EnumMap<>(OpenDataSet.class);

        @Override
        public void start(OpenDataSet set, Instant dataAsOf) {
            started.add(set);
            asOf.add(dataAsOf);
            rows.put(set, new ArrayList<>());
        }

        @Override
        public void row(List<?> values) {
            rows.get(started.getLast()).add(new ArrayList<>(values));
        }

        @Override
        public void finish(OpenDataSet set) {
            finished.add(set);
        }
    }
}
