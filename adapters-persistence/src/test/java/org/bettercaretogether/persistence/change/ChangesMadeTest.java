package org.bettercaretogether.persistence.change;

import org.bettercaretogether.application.feedback.Themes;
import org.bettercaretogether.application.feedback.FeedbackLog;
import org.bettercaretogether.application.change.ChangesMade;
import org.bettercaretogether.application.consultation.Consultations;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.change.ChangeId;
import org.bettercaretogether.domain.change.ChangeMade;
import org.bettercaretogether.domain.change.ChangeStatus;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.PublicText;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.persistence.FeedbackFixtures.Directory;
import org.bettercaretogether.persistence.FeedbackFixtures;
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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bettercaretogether.persistence.jooq.Tables.CHANGE_MADE;
import static org.bettercaretogether.persistence.jooq.Tables.CHANGE_THEME;
import static org.bettercaretogether.persistence.jooq.Tables.CHANGE_VIEW;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class ChangesMadeTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate PLANNED = LocalDate.of(2026, 3, 2);

    private static DSLContext dsl;
    private static PostgresAdapters postgres;
    private static ChangesMade changes;
    private static Directory directory;
    private static FeedbackId busView;
    private static FeedbackId waitView;
    private static FeedbackId parkingView;
    private static ThemeId travel;
    private static ThemeId waiting;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        postgres = new PostgresAdapters(dataSource);
        changes = postgres.port(ChangesMade.class);
        directory = FeedbackFixtures.directory(postgres);
        busView = postgres.port(FeedbackLog.class).add(FeedbackFixtures.anonymous(directory.aboutKendal(), MONDAY)).id();
        waitView = postgres.port(FeedbackLog.class).add(FeedbackFixtures.anonymous(Subject.programme(), MONDAY)).id();
        parkingView = postgres.port(FeedbackLog.class).add(FeedbackFixtures.anonymous(directory.aboutElectiveCare(), MONDAY))
                .id();
        List<Theme> themes = postgres.port(Themes.class).all();
        travel = themes.stream().filter(theme -> theme.name().equals("Travel and transport")).findFirst()
                .orElseThrow().id();
        waiting = themes.stream().filter(theme -> theme.name().equals("Waiting times")).findFirst()
                .orElseThrow().id();
    }

    @BeforeEach
    void noChanges() {
        dsl.deleteFrom(CHANGE_MADE).execute();
    }

    @Test
    void reads_back_a_change_for_a_community_equal_at_version_1_with_its_views_and_themes() {
        ChangeMade laterBus = ChangeMade.planned(ChangeId.random(), "A later last bus",
                "The last bus from the hospital now leaves after evening visiting.", Optional.of(directory.kendal()),
                Optional.empty(), PLANNED, Set.of(busView, waitView), Set.of(travel, waiting));

        ChangeMade stored = changes.add(laterBus);

        assertThat(stored).isEqualTo(laterBus.withVersion(1));
        assertThat(changes.find(laterBus.id())).contains(stored);
    }

    @Test
    void reads_back_the_consultation_a_change_came_from_and_forgets_it_when_unlinked() {
        Consultation consultation = postgres.port(Consultations.class).add(Consultation.draft(ConsultationId.random(),
                new Slug("changes-made-from-" + UUID.randomUUID().toString().substring(0, 8)), Subject.programme(),
                "Care closer to home", "Which services should move out of hospital?", List.of(),
                "Which clinics move to community hubs", directory.trust(),
                new OpeningTimes(MONDAY, MONDAY.plus(Duration.ofDays(30))), List.of(new Question(
                        new QuestionId("support"), "Do you agree?", Optional.empty(), true,
                        QuestionKind.Scale.agreement()))));
        ChangeMade fromIt = planned("Clinics in community hubs", PLANNED, Set.of())
                .cameFrom(Optional.of(consultation.id()));

        ChangeMade stored = changes.add(fromIt);
        ChangeMade unlinked = changes.update(stored.cameFrom(Optional.empty())).orElseThrow();

        assertThat(stored.consultation()).contains(consultation.id());
        assertThat(dsl.select(CHANGE_MADE.CONSULTATION_ID).from(CHANGE_MADE).where(CHANGE_MADE.ID.eq(stored.id().value()))
                .fetchOne(CHANGE_MADE.CONSULTATION_ID)).isNull();
        assertThat(changes.find(stored.id())).contains(unlinked);
        assertThat(unlinked.consultation()).isEmpty();
        changes.update(unlinked.cameFrom(Optional.of(consultation.id())));
        assertThat(changes.find(stored.id()).orElseThrow().consultation()).contains(consultation.id());
    }

    @Test
    void reads_back_a_made_change_for_a_workstream_and_one_for_the_programme_with_no_links() {
        ChangeMade made = ChangeMade.planned(ChangeId.random(), "Evening clinics",
                "Outpatient clinics open two evenings a week.", Optional.empty(),
                Optional.of(directory.electiveCare()), PLANNED, Set.of(parkingView), Set.of())
                .advance(ChangeStatus.IN_PROGRESS, PLANNED.plusDays(7))
                .advance(ChangeStatus.MADE, PLANNED.plusDays(30));
        ChangeMade programme = ChangeMade.planned(ChangeId.random(), "Plain English letters",
                "Letters are written in plain English.", Optional.empty(), Optional.empty(), PLANNED, Set.of(),
                Set.of());

        changes.add(made);
        changes.add(programme);

        assertThat(changes.find(made.id())).contains(made.withVersion(1));
        assertThat(changes.find(programme.id())).contains(programme.withVersion(1));
    }

    @Test
    void an_update_bumps_the_version_moves_the_status_on_and_replaces_the_links() {
        ChangeMade stored = changes.add(planned("A later last bus", PLANNED, Set.of(busView, waitView)));
        ChangeMade revised = stored.revise(stored.title(), stored.description(), Optional.empty(),
                        Optional.of(directory.electiveCare()), Set.of(parkingView), Set.of(waiting))
                .advance(ChangeStatus.MADE, PLANNED.plusDays(3));

        Optional<ChangeMade> updated = changes.update(revised);

        assertThat(updated).contains(revised.withVersion(2));
        assertThat(changes.find(stored.id())).isEqualTo(updated);
        assertThat(dsl.fetchCount(CHANGE_VIEW)).as("old views unlinked").isOne();
        assertThat(dsl.fetchCount(CHANGE_THEME)).as("old themes unlinked").isOne();
    }

    @Test
    void a_change_changed_by_someone_else_since_it_was_read_is_not_overwritten() {
        ChangeMade read = changes.add(planned("A later last bus", PLANNED, Set.of(busView)));
        ChangeMade first = changes.update(read.advance(ChangeStatus.IN_PROGRESS, PLANNED.plusDays(1))).orElseThrow();

        Optional<ChangeMade> stale = changes.update(read.revise("Another title", read.description(),
                Optional.empty(), Optional.empty(), Set.of(), Set.of()));

        assertThat(stale).isEmpty();
        assertThat(changes.find(read.id())).contains(first);
        assertThat(changes.update(planned("Never stored", PLANNED, Set.of()).withVersion(1))).isEmpty();
    }

    @Test
    void lists_every_change_most_recently_planned_first() {
        ChangeMade oldest = changes.add(planned("Oldest", PLANNED.minusDays(30), Set.of()));
        ChangeMade newest = changes.add(planned("Newest", PLANNED, Set.of()));
        ChangeMade between = changes.add(planned("Between", PLANNED.minusDays(10), Set.of()));

        assertThat(changes.all()).containsExactly(newest, between, oldest);
    }

    @Test
    void the_scorecard_counts_the_views_linked_to_made_changes_only_and_each_once() {
        changes.add(planned("Only planned", PLANNED, Set.of(parkingView)));
        changes.add(planned("Under way", PLANNED, Set.of(parkingView))
                .advance(ChangeStatus.IN_PROGRESS, PLANNED.plusDays(1)));
        changes.add(planned("Made once", PLANNED, Set.of(busView, waitView))
                .advance(ChangeStatus.MADE, PLANNED.plusDays(1)));
        changes.add(planned("Made again", PLANNED, Set.of(busView))
                .advance(ChangeStatus.MADE, PLANNED.plusDays(2)));

        LocalDate received = FeedbackFixtures.anonymous(Subject.programme(), MONDAY).origin().receivedOn();
        assertThat(postgres.port(FeedbackLog.class).listeningTally(Optional.empty(), received, received).linkedToChangeMade())
                .isEqualTo(2);
        assertThat(postgres.port(FeedbackLog.class).listeningTally(Optional.of(directory.kendal()), received, received)
                .linkedToChangeMade()).isEqualTo(1);
    }

    @Test
    void the_views_behind_each_change_are_counted_and_the_latest_published_named_latest_first() {
        FeedbackLog log = postgres.port(FeedbackLog.class);
        List<FeedbackId> published = new ArrayList<>();
        for (int hour = 1; hour <= 3; hour++) {
            published.add(log.add(FeedbackFixtures.anonymous(Subject.programme(), MONDAY)
                    .publish(new PublicText("The buses stop too early, view " + hour + "."),
                            MONDAY.plusSeconds(3_600L * hour), directory.amina())).id());
        }
        Set<FeedbackId> behind = new HashSet<>(published);
        behind.add(busView); // waiting, never published
        ChangeMade buses = changes.add(planned("Later buses", PLANNED, behind));
        ChangeMade parking = changes.add(planned("Parking", PLANNED, Set.of(parkingView)));
        changes.add(planned("Nothing behind it", PLANNED, Set.of()));

        Map<ChangeId, FeedbackLog.LinkedViews> linked = log.linkedToChanges(2);

        assertThat(linked).containsOnlyKeys(buses.id(), parking.id());
        assertThat(linked.get(buses.id())).isEqualTo(new FeedbackLog.LinkedViews(4, 3,
                List.of(published.get(2), published.get(1))));
        assertThat(linked.get(parking.id())).isEqualTo(new FeedbackLog.LinkedViews(1, 0, List.of()));
        assertThat(log.linkedToChanges(0).get(buses.id()).latestPublished()).isEmpty();
    }

    @Test
    void a_change_linked_to_a_view_not_in_the_log_is_refused_and_leaves_nothing_behind() {
        ChangeMade stray = planned("Stray", PLANNED, Set.of(FeedbackId.random()));

        assertThatThrownBy(() -> changes.add(stray)).hasMessageContaining("change_view_feedback_fkey");
        assertThat(changes.find(stray.id())).isEmpty();
    }

    private static ChangeMade planned(String title, LocalDate plannedOn, Set<FeedbackId> views) {
        return ChangeMade.planned(ChangeId.random(), title, "What was done: " + title + ".",
                Optional.of(directory.kendal()), Optional.empty(), plannedOn, views, Set.of(travel));
    }
}
