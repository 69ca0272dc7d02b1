package org.bettercaretogether.persistence.priority;

import org.bettercaretogether.application.feedback.Themes;
import org.bettercaretogether.application.priority.Priorities;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.priority.LocalPriority;
import org.bettercaretogether.domain.priority.PriorityEvent;
import org.bettercaretogether.domain.priority.PriorityId;
import org.bettercaretogether.domain.priority.PriorityStatus;
import org.bettercaretogether.domain.priority.Ranking;
import org.bettercaretogether.domain.priority.StatusStep;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;
import org.bettercaretogether.persistence.CommunityLifeFixtures;
import org.bettercaretogether.persistence.CommunityLifeFixtures.Places;
import org.bettercaretogether.persistence.Jooq;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bettercaretogether.persistence.Concurrency.PATIENCE;
import static org.bettercaretogether.persistence.Concurrency.await;
import static org.bettercaretogether.persistence.Concurrency.awaitSomeoneWaitingForALock;
import static org.bettercaretogether.persistence.RowPositions.reversePositions;
import static org.bettercaretogether.persistence.jooq.Tables.LOCAL_PRIORITY;
import static org.bettercaretogether.persistence.jooq.Tables.LOCAL_PRIORITY_DIMENSION;
import static org.bettercaretogether.persistence.jooq.Tables.LOCAL_PRIORITY_EVENT;
import static org.bettercaretogether.persistence.jooq.Tables.LOCAL_PRIORITY_STATUS_STEP;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class PrioritiesTest {

    /** Microseconds, as PostgreSQL keeps them. */
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00.654321Z");
    private static final LocalDate PROPOSED_ON = LocalDate.of(2026, 3, 2);

    private static DSLContext dsl;
    private static PostgresAdapters postgres;
    private static Priorities priorities;
    private static Places places;
    private static ThemeId travel;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        postgres = new PostgresAdapters(dataSource);
        priorities = postgres.port(Priorities.class);
        places = CommunityLifeFixtures.places(postgres);
        travel = postgres.port(Themes.class).all().stream().filter(theme -> theme.name().equals("Travel and transport"))
                .findFirst().map(Theme::id).orElseThrow();
    }

    @BeforeEach
    void noPriorities() {
        dsl.deleteFrom(LOCAL_PRIORITY).execute();
    }

    @Test
    void reads_back_a_priority_with_a_theme_several_dimensions_steps_and_events_equal_at_version_1() {
        LocalPriority priority = proposed(places.kendal(), 1, "Home by evening", Optional.of(travel))
                .moveTo(PriorityStatus.AGREED, PROPOSED_ON.plusDays(7), at(1))
                .revise("Home before dark", "Later buses from the hospital.",
                        Set.of(TripleAimDimension.POPULATION_HEALTH, TripleAimDimension.QUALITY_OF_CARE,
                                TripleAimDimension.COST),
                        "People miss their bus home.", Optional.of(travel), places.council(), at(2));

        LocalPriority stored = priorities.add(priority);

        assertThat(stored).isEqualTo(priority.withVersion(1));
        assertThat(priorities.find(priority.id())).contains(stored);
        assertThat(stored.statusSteps()).hasSize(2);
        assertThat(stored.history()).extracting(PriorityEvent::kind)
                .containsExactly(PriorityEvent.Kind.ADDED, PriorityEvent.Kind.STATUS, PriorityEvent.Kind.REVISED);
    }

    @Test
    void a_community_whose_priorities_one_transaction_holds_makes_another_holding_them_wait_until_the_first_commits()
            throws Exception {
        Transactions transactions = postgres.port(Transactions.class);
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);

        try (ExecutorService requests = Executors.newFixedThreadPool(3)) {
            Future<LocalPriority> first = requests.submit(() -> transactions.inTransaction(() -> {
                priorities.hold(places.kendal());
                firstHolds.countDown();
                await(firstMayCommit);
                return priorities.add(proposed(places.kendal(), priorities.ofCommunity(places.kendal()).size() + 1,
                        "First", Optional.empty()));
            }));
            await(firstHolds);
            Future<Integer> second = requests.submit(() -> transactions.inTransaction(() -> {
                priorities.hold(places.kendal());
                return priorities.ofCommunity(places.kendal()).size() + 1;
            }));
            Future<LocalPriority> elsewhere = requests.submit(() -> transactions.inTransaction(() -> {
                priorities.hold(places.barrow());
                return priorities.add(proposed(places.barrow(), 1, "Elsewhere", Optional.empty()));
            }));

            assertThat(elsewhere.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .as("another community's priorities are not held").isNotNull();
            awaitSomeoneWaitingForALock(dsl);
            assertThat(second).as("the second waits while the first holds Kendal's priorities").isNotDone();
            firstMayCommit.countDown();

            assertThat(first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).rank()).isEqualTo(1);
            assertThat(second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .as("the second reads the ranks the first left, so takes the next").isEqualTo(2);
        }
    }

    @Test
    void reads_back_a_priority_without_a_theme() {
        LocalPriority priority = proposed(places.barrow(), 1, "Fewer falls at home", Optional.empty());

        LocalPriority stored = priorities.add(priority);

        assertThat(priorities.find(priority.id())).contains(stored).contains(priority.withVersion(1));
    }

    @Test
    void a_communitys_priorities_come_in_rank_order_and_all_come_by_community_name_then_rank() {
        LocalPriority kendalThird = priorities.add(proposed(places.kendal(), 3, "Third", Optional.empty()));
        LocalPriority kendalFirst = priorities.add(proposed(places.kendal(), 1, "First", Optional.of(travel)));
        LocalPriority barrowFirst = priorities.add(proposed(places.barrow(), 1, "Barrow first", Optional.empty()));
        LocalPriority kendalSecond = priorities.add(proposed(places.kendal(), 2, "Second", Optional.empty()));

        assertThat(priorities.ofCommunity(places.kendal())).containsExactly(kendalFirst, kendalSecond, kendalThird);
        assertThat(priorities.ofCommunity(places.barrow())).containsExactly(barrowFirst);
        assertThat(priorities.ofCommunity(CommunityId.random())).isEmpty();
        assertThat(priorities.all()).as("Barrow-in-Furness before Kendal")
                .containsExactly(barrowFirst, kendalFirst, kendalSecond, kendalThird);
    }

    @Test
    void an_update_bumps_the_version_replaces_the_dimensions_and_appends_the_new_steps_and_events() {
        LocalPriority stored = priorities.add(proposed(places.kendal(), 1, "Home by evening", Optional.of(travel)));
        LocalPriority changed = stored
                .revise(stored.title(), stored.description(), Set.of(TripleAimDimension.STAFF_WELLBEING),
                        stored.rationale(), Optional.empty(), places.council(), at(1))
                .moveTo(PriorityStatus.IN_PROGRESS, PROPOSED_ON.plusDays(1), at(2));

        Optional<LocalPriority> updated = priorities.update(changed);

        assertThat(updated).contains(changed.withVersion(2));
        assertThat(priorities.find(stored.id())).isEqualTo(updated);
        assertThat(dsl.fetchCount(LOCAL_PRIORITY_DIMENSION)).as("old dimensions removed").isOne();
        assertThat(dsl.fetchCount(LOCAL_PRIORITY_STATUS_STEP)).isEqualTo(2);
        assertThat(dsl.fetchCount(LOCAL_PRIORITY_EVENT)).isEqualTo(3);
    }

    @Test
    void a_priority_changed_by_someone_else_since_it_was_read_is_not_overwritten() {
        LocalPriority read = priorities.add(proposed(places.kendal(), 1, "Home by evening", Optional.empty()));
        LocalPriority first = priorities.update(read.moveTo(PriorityStatus.AGREED, PROPOSED_ON, at(1))).orElseThrow();

        Optional<LocalPriority> stale = priorities.update(read.moveTo(PriorityStatus.DROPPED, PROPOSED_ON, at(2)));

        assertThat(stale).isEmpty();
        assertThat(priorities.find(read.id())).contains(first);
        assertThat(priorities.update(proposed(places.kendal(), 2, "Never stored", Optional.empty()).withVersion(1)))
                .isEmpty();
    }

    @Test
    void reads_the_steps_and_events_in_their_order_whatever_order_the_rows_lie_in() {
        LocalPriority stored = priorities.add(proposed(places.kendal(), 1, "Home by evening", Optional.empty())
                .moveTo(PriorityStatus.AGREED, PROPOSED_ON, at(1))
                .atRank(2, at(2)));
        reversePositions(dsl, LOCAL_PRIORITY_EVENT, LOCAL_PRIORITY_EVENT.PRIORITY_ID, LOCAL_PRIORITY_EVENT.POSITION,
                stored.id().value(), 3);
        reversePositions(dsl, LOCAL_PRIORITY_STATUS_STEP, LOCAL_PRIORITY_STATUS_STEP.PRIORITY_ID,
                LOCAL_PRIORITY_STATUS_STEP.POSITION, stored.id().value(), 2);

        LocalPriority read = priorities.find(stored.id()).orElseThrow();

        assertThat(read.history()).containsExactlyElementsOf(stored.history().reversed());
        assertThat(read.statusSteps()).containsExactlyElementsOf(stored.statusSteps().reversed());
    }

    @Test
    void a_re_ranking_written_one_priority_at_a_time_in_a_transaction_may_tie_on_the_way() {
        LocalPriority first = priorities.add(proposed(places.kendal(), 1, "First", Optional.empty()));
        LocalPriority second = priorities.add(proposed(places.kendal(), 2, "Second", Optional.empty()));
        List<LocalPriority> reranked = Ranking.move(List.of(first, second), second.id(), 1, at(1));

        List<LocalPriority> stored = postgres.port(Transactions.class).inTransaction(() -> reranked.stream()
                .map(priority -> priorities.update(priority).orElseThrow()).toList());

        assertThat(priorities.ofCommunity(places.kendal())).containsExactlyElementsOf(stored)
                .extracting(LocalPriority::title).containsExactly("Second", "First");
    }

    @Test
    void two_priorities_of_a_community_left_at_the_same_rank_are_refused_when_the_transaction_commits() {
        priorities.add(proposed(places.kendal(), 1, "First", Optional.empty()));
        LocalPriority twin = proposed(places.kendal(), 1, "Also first", Optional.empty());

        assertThatThrownBy(() -> postgres.port(Transactions.class).inTransaction(() -> priorities.add(twin)))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("local_priority_rank_key");
        assertThat(priorities.find(twin.id())).isEmpty();
        assertThat(priorities.add(proposed(places.barrow(), 1, "Barrow's own first", Optional.empty())))
                .as("ranks are per community").isNotNull();
    }

    @Test
    void a_priority_whose_history_is_shorter_than_the_stored_one_is_refused_and_nothing_changes() {
        LocalPriority stored = priorities.update(priorities.add(proposed(places.kendal(), 1, "First",
                Optional.empty())).moveTo(PriorityStatus.AGREED, PROPOSED_ON, at(1))).orElseThrow();
        LocalPriority rewritten = proposed(places.kendal(), 1, "First", Optional.empty()).withVersion(2);
        LocalPriority sameId = new LocalPriority(stored.id(), rewritten.community(), 1, "Rewritten",
                rewritten.description(), rewritten.serves(), rewritten.rationale(), rewritten.theme(),
                rewritten.owner(), rewritten.statusSteps(), rewritten.history(), stored.version());

        assertThatThrownBy(() -> priorities.update(sameId)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only grow");
        assertThat(priorities.find(stored.id())).contains(stored);
    }

    @Test
    void a_priority_with_a_theme_not_on_the_managed_list_is_refused_and_leaves_nothing_behind() {
        LocalPriority stray = proposed(places.kendal(), 1, "Stray", Optional.of(ThemeId.random()));

        assertThatThrownBy(() -> priorities.add(stray)).hasMessageContaining("local_priority_theme_fkey");
        assertThat(priorities.find(stray.id())).isEmpty();
        assertThat(dsl.fetchCount(LOCAL_PRIORITY_EVENT)).isZero();
    }

    private static LocalPriority proposed(CommunityId community, int rank, String title, Optional<ThemeId> theme) {
        return LocalPriority.add(PriorityId.random(), community, rank, title, "What we will do: " + title + ".",
                Set.of(TripleAimDimension.POPULATION_HEALTH), "People told us so.", theme, places.trust(),
                new StatusStep(PriorityStatus.PROPOSED, PROPOSED_ON), MONDAY);
    }

    private static Instant at(int minutes) {
        return MONDAY.plusSeconds(60L * minutes);
    }
}
