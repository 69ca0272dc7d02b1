package org.bettercaretogether.persistence.search;

import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.feedback.FeedbackLog;
import org.bettercaretogether.application.feedback.Themes;
import org.bettercaretogether.application.search.SearchHit;
import org.bettercaretogether.application.search.SearchKind;
import org.bettercaretogether.application.search.SearchRequest;
import org.bettercaretogether.application.search.SearchResults;
import org.bettercaretogether.application.project.CommunityProjects;
import org.bettercaretogether.application.search.SearchIndex;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.project.CommunityProject;
import org.bettercaretogether.domain.project.ProjectId;
import org.bettercaretogether.domain.project.Suggester;
import org.bettercaretogether.memory.testing.ProjectExamples;
import org.bettercaretogether.application.search.SearchService;
import org.bettercaretogether.application.search.Snippet;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Transactions;
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
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.persistence.FeedbackFixtures;
import org.bettercaretogether.persistence.FeedbackFixtures.Directory;
import org.bettercaretogether.persistence.Jooq;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY_PROJECT;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK;
import static org.bettercaretogether.persistence.jooq.Tables.SEARCH_ENTRY;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class SearchIndexTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    private static DSLContext dsl;
    private static FeedbackLog log;
    private static Directory directory;
    private static SearchService search;
    private static ThemeId waitingTimes;
    private static CommunityProjects projects;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        PostgresAdapters postgres = new PostgresAdapters(dataSource);
        log = postgres.port(FeedbackLog.class);
        projects = postgres.port(CommunityProjects.class);
        directory = FeedbackFixtures.directory(postgres);
        List<Theme> themes = postgres.port(Themes.class).all();
        waitingTimes = themes.stream().filter(theme -> theme.name().equals("Waiting times")).findFirst().orElseThrow()
                .id();
        search = new SearchService(postgres.port(Transactions.class), postgres.port(SearchIndex.class),
                postgres.port(Communities.class), postgres.port(Themes.class));
    }

    @BeforeEach
    void noViews() {
        dsl.deleteFrom(FEEDBACK).execute();
    }

    private static Feedback received(String words, ContributorRole role, Subject about, ContactDetails contact,
                                     Instant at) {
        return Feedback.receive(FeedbackId.random(), FeedbackReference.random(), about, role,
                Origin.online(at.atOffset(ZoneOffset.UTC).toLocalDate()), new ViewText(words), contact,
                new Consent(!contact.equals(ContactDetails.none()), true), Optional.empty(),
                Secrets.sha256(UUID.randomUUID().toString()), at);
    }

    private static Feedback published(String words, Instant at) {
        return published(received(words, ContributorRole.PATIENT, directory.aboutKendal(), ContactDetails.none(), at),
                words, at);
    }

    /** Stored, then published as the moderator would: an update of the stored view. */
    private static Feedback published(Feedback received, String publicWords, Instant at) {
        Feedback stored = log.add(received);
        return log.update(stored.publish(new PublicText(publicWords), at.plusSeconds(60), directory.amina()))
                .orElseThrow();
    }

    private static SearchResults find(String words) {
        return find(SearchRequest.of(words));
    }

    private static SearchResults find(SearchRequest request) {
        return search.search(request, Optional.empty(), 100).orElseThrow();
    }

    private static List<UUID> ids(SearchResults results) {
        return results.items().stream().map(SearchHit::id).toList();
    }

    private static String matches(Snippet snippet) {
        return String.join(",", snippet.parts().stream().filter(Snippet.Part::match).map(Snippet.Part::text).toList());
    }

    @Test
    void finds_a_published_view_by_another_form_of_its_words_with_the_match_marked_in_its_passage() {
        Feedback view = published("The waits at the eye clinic in Kendal are far too long.", MONDAY);

        SearchResults results = find(new SearchRequest("waiting", Set.of(SearchKind.VIEW), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));

        assertThat(ids(results)).containsExactly(view.id().value());
        SearchHit hit = results.items().getFirst();
        assertThat(hit.kind()).isEqualTo(SearchKind.VIEW);
        assertThat(hit.text().text()).isEqualTo("The waits at the eye clinic in Kendal are far too long");
        assertThat(matches(hit.text())).isEqualTo("waits");
        assertThat(hit.community()).map(SearchHit.Community::slug).contains(new Slug("kendal"));
        assertThat(hit.respondent()).contains(ContributorRole.PATIENT);
    }

    @Test
    void never_finds_a_pending_or_withheld_view_nor_a_contributors_name_email_or_phone() {
        ContactDetails canary = new ContactDetails(Optional.of("Quenby Zarathustra"),
                Optional.of(new EmailAddress("quenby.zarathustra@example.org")),
                Optional.of(new PhoneNumber("01539 777123")));
        log.add(received("Pending canary word zephyrquokka about buses.", ContributorRole.PATIENT,
                directory.aboutKendal(), ContactDetails.none(), MONDAY));
        Feedback withheld = log.add(received("Withheld canary word xylobrontic about buses.",
                ContributorRole.PATIENT, directory.aboutKendal(), ContactDetails.none(), MONDAY));
        log.update(withheld.withhold(WithholdReason.ABUSIVE, Optional.of("moderator note marmalizard"),
                MONDAY.plusSeconds(60), directory.amina())).orElseThrow();
        Feedback named = published(received("I am Quenby Zarathustra and the buses are late.", ContributorRole.PATIENT,
                directory.aboutKendal(), canary, MONDAY), "The buses are late.", MONDAY);

        for (String canaryWord : List.of("zephyrquokka", "xylobrontic", "marmalizard", "Quenby", "Zarathustra",
                "quenby.zarathustra@example.org", "example.org", "01539", "777123")) {
            assertThat(ids(find(canaryWord))).as(canaryWord).isEmpty();
        }
        assertThat(ids(find("buses"))).containsExactly(named.id().value());
        // Nor are those words anywhere in what search keeps.
        assertThat(dsl.fetchCount(SEARCH_ENTRY)).isEqualTo(dsl.fetchCount(SEARCH_ENTRY,
                SEARCH_ENTRY.KIND.ne("VIEW")) + 1);
    }

    @Test
    void a_view_is_found_by_its_answer_once_answered_and_no_longer_once_removed() {
        Feedback view = published("The car park at the hospital is always full.", MONDAY);
        Feedback answered = log.update(view.assign(new Assignment(directory.trust(), LocalDate.of(2026, 3, 30),
                MONDAY.plusSeconds(120), directory.amina())).respond(new Response(directory.trust(),
                "We are adding a shuttle minibus from the railway station.", MONDAY.plusSeconds(3600),
                directory.amina()))).orElseThrow();

        SearchResults byAnswer = find("minibus");
        assertThat(ids(byAnswer)).containsExactly(answered.id().value());
        assertThat(byAnswer.items().getFirst().answer()).map(SearchIndexTest::matches).contains("minibus");

        dsl.deleteFrom(FEEDBACK).where(FEEDBACK.ID.eq(view.id().value())).execute();
        assertThat(ids(find("minibus"))).isEmpty();
    }

    @Test
    void quotes_find_a_phrase_and_a_minus_leaves_a_word_out() {
        Feedback phrase = published("The last bus leaves before visiting ends.", MONDAY);
        Feedback apart = published("The bus was the last one to arrive.", MONDAY.plusSeconds(10));

        assertThat(ids(find("\"last bus\""))).containsExactly(phrase.id().value());
        assertThat(ids(find("bus -visiting"))).containsExactly(apart.id().value());
    }

    @Test
    void finds_key_questions_changes_priorities_and_meetings_as_well_as_views() {
        assertThat(find("vanguard").items()).extracting(SearchHit::kind).contains(SearchKind.KEY_QUESTION);
        assertThat(find(new SearchRequest("vanguard", Set.of(SearchKind.VIEW), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty())).items()).isEmpty();
    }

    @Test
    void finds_a_listed_community_project_and_no_longer_once_it_closes_but_never_a_suggestion() {
        CommunityId kendal = directory.kendal();
        CommunityProject listed = projects.add(CommunityProject.listed(ProjectId.random(),
                ProjectExamples.project("Wobbly Wellies Walking").in(kendal).details(), MONDAY));
        projects.add(CommunityProject.suggested(ProjectId.random(),
                ProjectExamples.project("Wobbly Wellies Suggestion").in(kendal).details(), Suggester.anonymous(),
                MONDAY));

        try {
            SearchResults found = find("wobbly wellies");
            projects.update(listed.close(MONDAY));

            assertThat(found.items()).extracting(SearchHit::kind, SearchHit::id)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(SearchKind.PROJECT, listed.id().value()));
            assertThat(find("wobbly wellies").items()).isEmpty();
        } finally {
            dsl.deleteFrom(COMMUNITY_PROJECT).execute();
        }
    }

    @Test
    void filters_by_community_respondent_theme_and_dates() {
        Feedback kendalPatient = published("Parking permits for carers cost too much.", MONDAY);
        Feedback elsewhereClinician = published(received("Parking permits for clinicians are hard to get.",
                ContributorRole.CLINICIAN, directory.aboutElectiveCare(), ContactDetails.none(), MONDAY.plus(Duration.ofDays(10))),
                "Parking permits for clinicians are hard to get.", MONDAY.plus(Duration.ofDays(10)));
        log.update(log.find(kendalPatient.id()).orElseThrow().tagThemes(Set.of(waitingTimes), MONDAY.plusSeconds(120),
                directory.amina())).orElseThrow();

        assertThat(ids(find(request("parking", Optional.of(new Slug("kendal")), Optional.empty(), Optional.empty(),
                Optional.empty())))).containsExactly(kendalPatient.id().value());
        assertThat(ids(find(request("parking", Optional.empty(), Optional.of(ContributorRole.CLINICIAN),
                Optional.empty(), Optional.empty())))).containsExactly(elsewhereClinician.id().value());
        assertThat(ids(find(request("parking", Optional.empty(), Optional.empty(), Optional.of(waitingTimes),
                Optional.empty())))).containsExactly(kendalPatient.id().value());
        LocalDate laterDay = MONDAY.plus(Duration.ofDays(5)).atOffset(ZoneOffset.UTC).toLocalDate();
        assertThat(ids(find(request("parking", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(laterDay))))).containsExactly(elsewhereClinician.id().value());
    }

    private static SearchRequest request(String words, Optional<Slug> community, Optional<ContributorRole> role,
                                         Optional<ThemeId> theme, Optional<LocalDate> from) {
        return new SearchRequest(words, Set.of(), community, theme, role, from, Optional.empty());
    }

    @Test
    void pages_follow_one_another_without_a_repeat_or_a_gap() {
        for (int i = 0; i < 23; i++) {
            published("Ferry number " + i + " to the hospital was cancelled" + " again".repeat(i % 4) + ".",
                    MONDAY.plus(Duration.ofMinutes(i)));
        }
        List<UUID> all = ids(find("ferry"));
        assertThat(all).hasSize(23);

        List<UUID> paged = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            SearchResults page = search.search(SearchRequest.of("ferry"), cursor, 5).orElseThrow();
            assertThat(page.items()).hasSizeLessThanOrEqualTo(5);
            paged.addAll(ids(page));
            cursor = page.next();
        } while (cursor.isPresent());

        assertThat(paged).containsExactlyElementsOf(all);
    }

    @Test
    void answers_a_one_letter_a_quote_only_a_stop_word_and_a_thousand_character_search() {
        published("A view about the x-ray department.", MONDAY);

        assertThat(search.search(SearchRequest.of("x"), Optional.empty(), 20)).isInstanceOf(Outcome.Done.class);
        assertThat(find("\"").items()).isEmpty();
        assertThat(find("\"\"\" - \" or").items()).isEmpty();
        assertThat(find("the").items()).isEmpty();
        assertThat(find("ray ".repeat(250)).items()).hasSize(1);
        assertThat(search.search(SearchRequest.of("ray ".repeat(250) + "x"), Optional.empty(), 20))
                .isInstanceOf(Outcome.Rejected.class);
        assertThat(find("'; drop table feedback; --").items()).isEmpty();
        assertThat(dsl.fetchCount(FEEDBACK)).isEqualTo(1);
    }
}
