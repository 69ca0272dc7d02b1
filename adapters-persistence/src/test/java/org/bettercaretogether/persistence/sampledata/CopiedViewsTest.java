package org.bettercaretogether.persistence.sampledata;

import org.bettercaretogether.application.search.SearchIndex;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.feedback.Themes;
import org.bettercaretogether.application.change.ChangesMade;
import org.bettercaretogether.application.feedback.FeedbackLog;
import org.bettercaretogether.application.sampledata.BulkView;
import org.bettercaretogether.application.sampledata.ViewsInBulk;
import org.bettercaretogether.domain.change.ChangeId;
import org.bettercaretogether.domain.change.ChangeMade;
import org.bettercaretogether.domain.feedback.Assignment;
import org.bettercaretogether.domain.feedback.Closure;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.Origin;
import org.bettercaretogether.domain.feedback.PublicText;
import org.bettercaretogether.domain.feedback.Response;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.persistence.FeedbackFixtures;
import org.bettercaretogether.persistence.FeedbackFixtures.Directory;
import org.bettercaretogether.persistence.Jooq;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bettercaretogether.persistence.jooq.Tables.CHANGE_VIEW;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK_TRANSITION;
import static org.bettercaretogether.persistence.jooq.Tables.SEARCH_ENTRY;
import static org.bettercaretogether.persistence.jooq.Tables.SEARCH_WORDS_AHEAD;
import static org.bettercaretogether.persistence.jooq.Tables.VIEWS_UNSUMMARISED;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class CopiedViewsTest {

    /** Microseconds, as PostgreSQL keeps them. */
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00.654321Z");

    private static DSLContext dsl;
    private static PostgresAdapters postgres;
    private static FeedbackLog log;
    private static ViewsInBulk bulk;
    private static Directory directory;
    private static Theme travel;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        postgres = new PostgresAdapters(dataSource);
        log = postgres.port(FeedbackLog.class);
        bulk = postgres.port(ViewsInBulk.class);
        directory = FeedbackFixtures.directory(postgres);
        travel = postgres.port(Themes.class).all().stream().filter(theme -> theme.name().equals("Travel and transport"))
                .findFirst().orElseThrow();
    }

    @BeforeEach
    void noViews() {
        dsl.deleteFrom(CHANGE_VIEW).execute();
        dsl.deleteFrom(FEEDBACK).execute();
        dsl.deleteFrom(VIEWS_UNSUMMARISED).execute();
    }

    @Test
    void views_written_in_bulk_read_back_as_the_repository_stores_them() {
        Directory d = directory;
        List<Feedback> views = List.of(
                FeedbackFixtures.fromJo(d.aboutKendal(), MONDAY, d.amina()),
                FeedbackFixtures.anonymous(Subject.programme(), MONDAY)
                        .publish(new PublicText("Buses stop too early."), at(1), d.amina())
                        .tagThemes(Set.of(travel.id()), at(2), d.amina()),
                FeedbackFixtures.fromJo(d.aboutFurness(), MONDAY, d.amina())
                        .withhold(WithholdReason.PERSONAL_DETAILS, Optional.of("Names a nurse."), at(1), d.amina())
                        .assign(new Assignment(d.trust(), LocalDate.of(2026, 3, 30), at(2), d.ben()))
                        .respond(new Response(d.trust(), "Thank you; we have spoken to the ward.", at(3), d.ben()))
                        .close(new Closure(at(4), d.ben(), Optional.empty()))
                        .erase(at(5), d.ben()),
                // Every character the binary format must carry as it is: tabs, new lines, backslashes, accents,
                // and a character outside the basic plane.
                Feedback.receive(FeedbackId.random(), FeedbackReference.random(), d.aboutElectiveCare(),
                        ContributorRole.OTHER, Origin.online(LocalDate.of(2026, 3, 2)),
                        new ViewText("Tabs\there,\na new line, a back\\slash, café in Ulverston, and 😀."),
                        ContactDetails.none(), new Consent(false, false), Optional.empty(),
                        "a".repeat(64), MONDAY));
        List<Long> progress = new ArrayList<>();

        postgres.port(Transactions.class).inTransaction(() -> {
            bulk.write(views.stream().map(view -> new BulkView(view, List.of())).iterator(), views.size(),
                    progress::add);
            return null;
        });

        for (Feedback view : views) {
            assertThat(log.find(view.id())).contains(view.withVersion(1));
        }
        assertThat(progress).containsExactly(4L);
        assertThat(bulk.count()).isEqualTo(4);
    }

    @Test
    void a_view_is_linked_to_the_changes_it_led_to() {
        ChangeMade change = postgres.port(ChangesMade.class).add(ChangeMade.planned(ChangeId.random(), "A later bus",
                "The last bus now leaves after visiting ends.", Optional.empty(), Optional.empty(),
                LocalDate.of(2026, 3, 10), Set.of(), Set.of(travel.id())));
        Feedback view = FeedbackFixtures.anonymous(Subject.programme(), MONDAY)
                .publish(new PublicText("Buses stop too early."), at(1), directory.amina());

        bulk.write(List.of(new BulkView(view, List.of(change.id()))).iterator(), 1, written -> {
        });

        assertThat(postgres.port(ChangesMade.class).find(change.id()).orElseThrow().views()).containsExactly(view.id());
    }

    @Test
    void a_view_the_database_refuses_is_reported_by_its_constraint_not_its_words_and_nothing_is_kept() {
        Feedback first = FeedbackFixtures.fromJo(directory.aboutKendal(), MONDAY, directory.amina());
        Feedback sameReference = anotherWithTheReferenceOf(first);

        assertThatThrownBy(() -> bulk.write(List.of(new BulkView(first, List.of()),
                new BulkView(sameReference, List.of())).iterator(), 2, written -> {
        }))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("feedback_reference_key")
                .hasMessageNotContaining("Bloggs").hasMessageNotContaining("bus")
                .hasNoCause();
        assertThat(bulk.count()).isZero();
    }

    @Test
    void a_view_sharing_the_reference_of_a_stored_one_is_refused_by_its_constraint_when_few_are_appended() {
        Feedback stored = FeedbackFixtures.fromJo(directory.aboutKendal(), MONDAY, directory.amina());
        bulk.write(List.of(new BulkView(stored, List.of())).iterator(), 1, written -> {
        });
        Feedback sameReference = anotherWithTheReferenceOf(stored);

        assertThatThrownBy(() -> bulk.write(List.of(new BulkView(sameReference, List.of())).iterator(), 1,
                written -> {
                }))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("feedback_reference_key")
                .hasMessageNotContaining("Bloggs").hasMessageNotContaining("bus");
        assertThat(bulk.count()).isEqualTo(1);
    }

    @Test
    void the_unique_keys_of_the_views_stand_again_after_a_load_larger_than_what_was_stored() {
        List<BulkView> views = anonymousViews(50);

        bulk.write(views.iterator(), views.size(), written -> {
        });

        assertThat(dsl.fetch("select conname from pg_constraint where contype = 'u'"
                + " and conrelid = 'feedback'::regclass order by conname").getValues(0, String.class))
                .containsExactly("feedback_reference_key", "feedback_tracking_token_hash_key");
        assertThat(bulk.count()).isEqualTo(50);
    }

    @Test
    void a_view_breaking_a_check_in_a_large_load_is_refused_by_the_check_s_name_not_its_words_and_nothing_is_kept() {
        dsl.execute("alter table feedback add constraint feedback_no_one_called_bloggs"
                + " check (contact_name is null or contact_name not like '%Bloggs%')");
        try {
            List<BulkView> views = anonymousViews(20);
            views.add(new BulkView(FeedbackFixtures.fromJo(directory.aboutKendal(), MONDAY, directory.amina()),
                    List.of()));

            assertThatThrownBy(() -> bulk.write(views.iterator(), views.size(), written -> {
            }))
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("feedback_no_one_called_bloggs")
                    .hasMessageNotContaining("Jo ");
            assertThat(bulk.count()).isZero();
        } finally {
            dsl.execute("alter table feedback drop constraint if exists feedback_no_one_called_bloggs");
        }
    }

    @Test
    void the_published_views_of_a_large_load_and_a_small_one_after_it_are_searchable_and_no_other() {
        Directory d = directory;
        Feedback published = FeedbackFixtures.anonymous(Subject.programme(), MONDAY)
                .publish(new PublicText("The minor injuries unit closes too early."), at(1), d.amina());
        Feedback withheld = FeedbackFixtures.anonymous(Subject.programme(), MONDAY)
                .withhold(WithholdReason.ABUSIVE, Optional.empty(), at(1), d.amina());
        // Enough views that the words of the views are made again from scratch, the other entries kept.
        List<BulkView> many = anonymousViews(200);
        many.add(new BulkView(published, List.of()));
        many.add(new BulkView(withheld, List.of()));
        int othersBefore = dsl.fetchCount(SEARCH_ENTRY, SEARCH_ENTRY.KIND.ne("VIEW"));

        bulk.write(many.iterator(), many.size(), written -> {
        });
        bulk.afterBulkLoad();
        Feedback later = FeedbackFixtures.anonymous(Subject.programme(), MONDAY)
                .publish(new PublicText("The unit at the hospital had no injuries nurse."), at(2), d.amina());
        bulk.write(List.of(new BulkView(later, List.of())).iterator(), 1, written -> {
        });
        bulk.afterBulkLoad();

        assertThat(dsl.select(SEARCH_ENTRY.SOURCE_ID).from(SEARCH_ENTRY).where(SEARCH_ENTRY.KIND.eq("VIEW"))
                .fetch(SEARCH_ENTRY.SOURCE_ID)).containsExactlyInAnyOrder(published.id().value(), later.id().value());
        assertThat(postgres.port(SearchIndex.class).find(new SearchIndex.Criteria("injury", Set.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                Optional.empty(), 10)).extracting(found -> found.hit().id())
                .containsExactlyInAnyOrder(published.id().value(), later.id().value());
        assertThat(dsl.fetchCount(SEARCH_ENTRY, SEARCH_ENTRY.KIND.ne("VIEW"))).isEqualTo(othersBefore).isPositive();
        assertThat(dsl.fetchValue("select count(*) from pg_indexes where indexname = 'search_entry_document_idx'"))
                .isEqualTo(1L);
    }

    @Test
    void the_words_of_published_texts_are_made_once_each_during_the_copy_and_search_holds_the_same_words() {
        List<BulkView> views = anonymousViews(100);
        views.addAll(publishedViews(30, 10));

        bulk.write(views.iterator(), views.size(), written -> {
        });

        assertThat(dsl.fetchCount(SEARCH_WORDS_AHEAD)).as("the words made during the copy, one row a text")
                .isEqualTo(10);
        bulk.afterBulkLoad();
        assertThat(dsl.fetchCount(SEARCH_WORDS_AHEAD)).as("the words made ahead, once used").isZero();
        assertThat(viewsWithTheWordsTheirTriggerWouldWrite())
                .as("published views whose words are those their trigger would have written").isEqualTo(30L);
    }

    @Test
    void views_are_searchable_after_a_load_whose_words_could_not_be_made_during_the_copy() {
        dsl.execute("alter table search_words_ahead rename to search_words_put_away");
        try {
            List<BulkView> views = publishedViews(30, 10);
            bulk.write(views.iterator(), views.size(), written -> {
            });
        } finally {
            dsl.execute("alter table search_words_put_away rename to search_words_ahead");
        }
        bulk.afterBulkLoad();

        assertThat(viewsWithTheWordsTheirTriggerWouldWrite()).isEqualTo(30L);
    }

    @Test
    void a_load_that_fails_keeps_none_of_the_words_made_during_the_copy() {
        dsl.execute("alter table feedback add constraint feedback_no_one_called_bloggs"
                + " check (contact_name is null or contact_name not like '%Bloggs%')");
        try {
            List<BulkView> views = publishedViews(30, 10);
            views.add(new BulkView(FeedbackFixtures.fromJo(directory.aboutKendal(), MONDAY, directory.amina()),
                    List.of()));

            assertThatThrownBy(() -> bulk.write(views.iterator(), views.size(), written -> {
            })).isInstanceOf(DataAccessException.class);
            assertThat(dsl.fetchCount(SEARCH_WORDS_AHEAD)).isZero();
            assertThat(dsl.fetchValue("select count(*) from pg_stat_activity where state <> 'idle'"
                    + " and query like 'insert into search_words_ahead%'")).as("a transaction left open").isEqualTo(0L);
        } finally {
            dsl.execute("alter table feedback drop constraint if exists feedback_no_one_called_bloggs");
        }
    }

    /** {@code count} published views, about the programme, with {@code texts} different texts among them. */
    private static List<BulkView> publishedViews(int count, int texts) {
        List<BulkView> views = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            views.add(new BulkView(FeedbackFixtures.anonymous(Subject.programme(), MONDAY).publish(
                    new PublicText("Waiting times at clinic " + i % texts + " are too long."), at(i),
                    directory.amina()), List.of()));
        }
        return views;
    }

    private static Object viewsWithTheWordsTheirTriggerWouldWrite() {
        return dsl.fetchValue("select count(*) from search_entry entry join searchable_view view"
                + " on view.source_id = entry.source_id and view.kind = entry.kind where entry.kind = 'VIEW'"
                + " and entry.document = search_document(view.title, view.body, view.answer)");
    }

    @Test
    void the_words_of_views_written_in_bulk_are_matched_to_their_views_by_hashing_not_by_sorting_the_texts() {
        // Sorting a million texts in the database's collation, twice, was the planner's choice before statistics
        // exist (V31); the setting is the function's own, so nothing else is planned without merge joins.
        assertThat(dsl.fetchValue("select array_to_string(proconfig, ',') from pg_proc"
                + " where proname = 'search_views_again'")).isEqualTo("enable_mergejoin=off");
        assertThat(dsl.fetchValue("show enable_mergejoin")).isEqualTo("on");
    }

    @Test
    void the_words_of_views_written_in_bulk_lie_oldest_first_as_publishing_writes_them() {
        // Written newest first: the order of the load is not the order of the dates.
        List<Feedback> views = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            views.add(FeedbackFixtures.anonymous(Subject.programme(), MONDAY)
                    .publish(new PublicText("The bus to the clinic ran late, week " + i + "."), at(100 - i),
                            directory.amina()));
        }

        bulk.write(views.stream().map(view -> new BulkView(view, List.of())).iterator(), views.size(), written -> {
        });
        bulk.afterBulkLoad();

        assertThat(dsl.select(SEARCH_ENTRY.SOURCE_ID).from(SEARCH_ENTRY).where(SEARCH_ENTRY.KIND.eq("VIEW"))
                .orderBy(DSL.field("ctid")).fetch(SEARCH_ENTRY.SOURCE_ID))
                .containsExactlyElementsOf(views.reversed().stream().map(view -> view.id().value()).toList());
    }

    @Test
    void the_counts_of_views_follow_a_large_load_and_a_small_one_after_it() {
        Directory d = directory;
        Feedback awaitingAnswer = FeedbackFixtures.anonymous(Subject.programme(), MONDAY)
                .publish(new PublicText("Waiting lists are too long."), at(1), d.amina())
                .assign(new Assignment(d.trust(), LocalDate.of(2026, 3, 30), at(2), d.ben()));
        List<BulkView> many = anonymousViews(3);
        many.add(new BulkView(awaitingAnswer, List.of()));

        bulk.write(many.iterator(), many.size(), written -> {
        });
        bulk.afterBulkLoad();

        assertThat(log.countAwaitingModeration()).isEqualTo(3);
        assertThat(log.answerBacklog(Optional.empty(), LocalDate.of(2026, 3, 2)))
                .isEqualTo(new FeedbackLog.AnswerBacklog(1, 0));

        bulk.write(List.of(new BulkView(FeedbackFixtures.anonymous(Subject.programme(), MONDAY), List.of()))
                .iterator(), 1, written -> {
        });
        bulk.afterBulkLoad();
        log.add(FeedbackFixtures.anonymous(Subject.programme(), MONDAY));

        assertThat(log.countAwaitingModeration()).isEqualTo(5);
    }

    @Test
    void views_committed_by_a_load_stopped_before_its_last_steps_are_counted_and_searchable_once_it_is_finished() {
        Feedback published = FeedbackFixtures.anonymous(Subject.programme(), MONDAY)
                .publish(new PublicText("The walk-in centre shuts at six."), at(1), directory.amina());
        List<BulkView> many = anonymousViews(20);
        many.add(new BulkView(published, List.of()));
        bulk.write(many.iterator(), many.size(), written -> {
        });
        // Stopped here: the views are committed, their counts and search words not yet made.
        assertThat(log.countAwaitingModeration()).isZero();

        assertThat(bulk.finishInterruptedLoad()).isTrue();

        assertThat(log.countAwaitingModeration()).isEqualTo(20);
        assertThat(dsl.select(SEARCH_ENTRY.SOURCE_ID).from(SEARCH_ENTRY).where(SEARCH_ENTRY.KIND.eq("VIEW"))
                .fetch(SEARCH_ENTRY.SOURCE_ID)).containsExactly(published.id().value());
        assertThat(bulk.finishInterruptedLoad()).isFalse();
    }

    @Test
    void a_load_that_fails_leaves_nothing_to_finish() {
        Feedback first = FeedbackFixtures.fromJo(directory.aboutKendal(), MONDAY, directory.amina());

        assertThatThrownBy(() -> bulk.write(List.of(new BulkView(first, List.of()),
                new BulkView(anotherWithTheReferenceOf(first), List.of())).iterator(), 2, written -> {
        })).isInstanceOf(DataAccessException.class);

        assertThat(bulk.finishInterruptedLoad()).isFalse();
    }

    @Test
    void nothing_is_kept_when_making_the_views_fails_part_way() {
        Iterator<BulkView> failing = new Iterator<>() {
            private int made;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public BulkView next() {
                if (++made > 3) {
                    throw new IllegalStateException("no more views can be made");
                }
                return new BulkView(FeedbackFixtures.anonymous(Subject.programme(), MONDAY), List.of());
            }
        };

        assertThatThrownBy(() -> postgres.port(Transactions.class).inTransaction(() -> {
            bulk.write(failing, 10, written -> {
            });
            return null;
        })).hasMessageContaining("no more views can be made");
        assertThat(bulk.count()).isZero();
        assertThat(dsl.fetchCount(FEEDBACK_TRANSITION)).isZero();
    }

    @Test
    void after_a_bulk_load_the_planner_knows_how_many_views_there_are() {
        List<BulkView> views = anonymousViews(500);
        bulk.write(views.iterator(), views.size(), written -> {
        });

        bulk.afterBulkLoad();

        assertThat(dsl.fetchValue("select reltuples::bigint from pg_class where relname = 'feedback'", Long.class))
                .isEqualTo(500L);
    }

    @Test
    void foreign_keys_are_checked_again_once_the_views_are_written() {
        bulk.write(List.of(new BulkView(FeedbackFixtures.anonymous(Subject.programme(), MONDAY), List.of()))
                .iterator(), 1, written -> {
        });

        assertThatThrownBy(() -> postgres.port(Transactions.class).inTransaction(() -> {
            bulk.write(List.<BulkView>of().iterator(), 0, written -> {
            });
            return dsl.insertInto(CHANGE_VIEW).set(CHANGE_VIEW.CHANGE_ID, UUID.randomUUID())
                    .set(CHANGE_VIEW.FEEDBACK_ID, UUID.randomUUID()).execute();
        })).isInstanceOf(DataAccessException.class).hasMessageContaining("change_view_change_fkey");
    }

    private static List<BulkView> anonymousViews(int count) {
        List<BulkView> views = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            views.add(new BulkView(FeedbackFixtures.anonymous(Subject.programme(), MONDAY), List.of()));
        }
        return views;
    }

    /** Another view from Jo, which shares the reference of {@code view}. */
    private static Feedback anotherWithTheReferenceOf(Feedback view) {
        Feedback twin = FeedbackFixtures.fromJo(directory.aboutKendal(), MONDAY, directory.amina());
        return new Feedback(twin.id(), view.reference(), twin.subject(), twin.role(), twin.origin(), twin.text(),
                twin.contact(), twin.consent(), twin.postcodeDistrict(), twin.trackingTokenHash(), twin.receivedAt(),
                twin.moderation(), twin.themes(), twin.assignment(), twin.response(), twin.closure(),
                twin.safeguarding(), twin.erasedAt(), twin.history(), 0);
    }

    private static Instant at(int minutes) {
        return MONDAY.plusSeconds(60L * minutes);
    }
}
