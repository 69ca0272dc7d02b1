package org.bettercaretogether.persistence.feedback;

import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.feedback.Themes;
import org.bettercaretogether.application.feedback.FeedbackLog.Position;
import org.bettercaretogether.application.feedback.FeedbackLog;
import org.bettercaretogether.application.feedback.ListeningTally;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.feedback.Assignment;
import org.bettercaretogether.domain.feedback.Closure;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.feedback.PhoneNumber;
import org.bettercaretogether.domain.feedback.PublicText;
import org.bettercaretogether.domain.feedback.Response;
import org.bettercaretogether.domain.feedback.SafeguardingFlag;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.feedback.Transition;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.persistence.FailureText;
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
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.bettercaretogether.persistence.FeedbackFixtures.anonymous;
import static org.bettercaretogether.persistence.FeedbackFixtures.fromAddress;
import static org.bettercaretogether.persistence.FeedbackFixtures.fromJo;
import static org.bettercaretogether.persistence.FeedbackFixtures.givenAt;
import static org.bettercaretogether.persistence.FeedbackFixtures.meetingInKendal;
import static org.bettercaretogether.persistence.RowPositions.reversePositions;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK_THEME;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK_TRANSITION;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class FeedbackLogTest {

    /** Microseconds, as PostgreSQL keeps them. */
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00.654321Z");
    private static final PublicText BUS_TIMES = new PublicText("The last bus leaves the hospital before visiting ends.");

    private static DSLContext dsl;
    private static PostgresAdapters postgres;
    private static FeedbackLog log;
    private static Directory directory;
    private static ThemeId travel;
    private static ThemeId waiting;
    private static MeetingId townHall;
    private static MeetingId library;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        postgres = new PostgresAdapters(dataSource);
        log = postgres.port(FeedbackLog.class);
        directory = FeedbackFixtures.directory(postgres);
        List<Theme> themes = postgres.port(Themes.class).all();
        travel = themeNamed(themes, "Travel and transport");
        waiting = themeNamed(themes, "Waiting times");
        townHall = meetingInKendal(postgres, directory, MONDAY.minus(Duration.ofDays(7)));
        library = meetingInKendal(postgres, directory, MONDAY.minus(Duration.ofDays(1)));
    }

    @BeforeEach
    void noViews() {
        dsl.deleteFrom(FEEDBACK).execute();
    }

    static Stream<Named<Function<Directory, Feedback>>> viewsInEveryState() {
        return Stream.of(
                Named.of("pending, every optional part given, assigned, flagged and closed with a reason", d ->
                        fromJo(d.aboutKendal(), MONDAY, d.amina())
                                .tagThemes(Set.of(travel, waiting), at(1), d.amina())
                                .assign(new Assignment(d.trust(), LocalDate.of(2026, 3, 30), at(2), d.ben()))
                                .flagSafeguarding(new SafeguardingFlag(at(3), d.amina(), "Mentions living alone."))
                                .close(new Closure(at(4), d.ben(), Optional.of("Passed to the council")))),
                Named.of("pending, no optional part given", d -> anonymous(Subject.programme(), MONDAY)),
                Named.of("published, every optional part given, answered, flagged and closed", d ->
                        fromJo(d.aboutElectiveCare(), MONDAY, d.ben())
                                .publish(BUS_TIMES, at(1), d.amina())
                                .tagThemes(Set.of(travel), at(2), d.amina())
                                .assign(new Assignment(d.council(), LocalDate.of(2026, 3, 30), at(3), d.ben()))
                                .respond(new Response(d.council(), "We are talking to the bus company.", at(4),
                                        d.ben()))
                                .flagSafeguarding(new SafeguardingFlag(at(5), d.amina(), "Check on them."))
                                .close(new Closure(at(6), d.ben(), Optional.empty()))),
                Named.of("published, no optional part given", d ->
                        anonymous(d.aboutFurness(), MONDAY).publish(BUS_TIMES, at(1), d.amina())),
                Named.of("withheld with a note, answered and closed with a reason", d ->
                        fromJo(d.aboutFurness(), MONDAY, d.amina())
                                .withhold(WithholdReason.PERSONAL_DETAILS, Optional.of("Names a nurse."), at(1),
                                        d.amina())
                                .assign(new Assignment(d.trust(), LocalDate.of(2026, 3, 30), at(2), d.ben()))
                                .respond(new Response(d.trust(), "Thank you; we have spoken to the ward.", at(3),
                                        d.ben()))
                                .close(new Closure(at(4), d.ben(), Optional.of("Answered in person")))),
                Named.of("withheld without a note", d ->
                        anonymous(d.aboutKendal(), MONDAY)
                                .withhold(WithholdReason.OFF_TOPIC, Optional.empty(), at(1), d.amina())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewsInEveryState")
    void reads_back_a_stored_view_equal_at_version_1_by_id_reference_and_tracking_hash(
            Function<Directory, Feedback> build) {
        Feedback view = build.apply(directory);

        Feedback stored = log.add(view);

        assertThat(stored).isEqualTo(view.withVersion(1));
        assertThat(log.find(view.id())).contains(stored);
        assertThat(log.findByReference(view.reference())).contains(stored);
        assertThat(log.findByTrackingHash(view.trackingTokenHash())).contains(stored);
    }

    @Test
    void views_added_together_are_each_stored_whole_with_their_themes_and_steps() {
        Feedback tagged = fromJo(directory.aboutKendal(), MONDAY, directory.amina())
                .tagThemes(Set.of(travel), at(1), directory.amina());
        Feedback plain = anonymous(Subject.programme(), MONDAY);
        Feedback twoThemes = anonymous(directory.aboutKendal(), MONDAY)
                .tagThemes(Set.of(travel, waiting), at(1), directory.amina());

        List<Feedback> stored = log.addAll(List.of(tagged, plain, twoThemes));

        assertThat(stored).extracting(Feedback::id).containsExactly(tagged.id(), plain.id(), twoThemes.id());
        assertThat(stored).extracting(Feedback::version).containsOnly(1L);
        for (Feedback view : stored) {
            assertThat(log.find(view.id())).contains(view);
        }
        assertThat(dsl.fetchCount(FEEDBACK_THEME)).isEqualTo(3);
    }

    @Test
    void an_unknown_view_is_not_found_and_cannot_be_updated() {
        Feedback neverStored = anonymous(Subject.programme(), MONDAY).withVersion(1);

        assertThat(log.find(neverStored.id())).isEmpty();
        assertThat(log.findByReference(neverStored.reference())).isEmpty();
        assertThat(log.findByTrackingHash(neverStored.trackingTokenHash())).isEmpty();
        assertThat(log.update(neverStored)).isEmpty();
    }

    @Test
    void each_update_bumps_the_version_replaces_the_themes_and_appends_the_new_steps() {
        Feedback stored = log.add(fromJo(directory.aboutKendal(), MONDAY, directory.amina()));

        Feedback tagged = log.update(stored.tagThemes(Set.of(travel, waiting), at(1), directory.amina()))
                .orElseThrow();
        Feedback published = log.update(tagged.publish(BUS_TIMES, at(2), directory.amina())
                .tagThemes(Set.of(waiting), at(3), directory.amina())).orElseThrow();

        assertThat(tagged.version()).isEqualTo(2);
        assertThat(published.version()).isEqualTo(3);
        assertThat(log.find(stored.id())).contains(published);
        assertThat(published.themes()).containsExactly(waiting);
        assertThat(dsl.fetchCount(FEEDBACK_THEME)).as("the old themes are gone").isOne();
        assertThat(dsl.fetchCount(FEEDBACK_TRANSITION)).isEqualTo(4);
    }

    @Test
    void a_view_changed_by_someone_else_since_it_was_read_is_not_overwritten() {
        Feedback read = log.add(anonymous(directory.aboutKendal(), MONDAY));
        Feedback first = log.update(read.publish(BUS_TIMES, at(1), directory.amina())).orElseThrow();

        Optional<Feedback> stale = log.update(read.withhold(WithholdReason.DUPLICATE, Optional.empty(), at(2),
                directory.ben()).tagThemes(Set.of(travel), at(3), directory.ben()));

        assertThat(stale).isEmpty();
        assertThat(log.find(read.id())).contains(first);
        assertThat(dsl.fetchCount(FEEDBACK_THEME)).isZero();
    }

    @Test
    void erasure_leaves_no_name_email_phone_or_original_words_in_the_row() {
        Feedback stored = log.add(fromJo(directory.aboutKendal(), MONDAY, directory.amina())
                .publish(BUS_TIMES, at(1), directory.amina()));

        Feedback erased = log.update(stored.erase(at(2), directory.ben())).orElseThrow();

        var row = dsl.selectFrom(FEEDBACK).where(FEEDBACK.ID.eq(stored.id().value())).fetchSingle();
        assertThat(row.getOriginalText()).isNull();
        assertThat(row.getContactName()).isNull();
        assertThat(row.getContactEmail()).isNull();
        assertThat(row.getContactPhone()).isNull();
        assertThat(row.getConsentToContact()).isFalse();
        assertThat(row.getPublicText()).as("the public text stays").isEqualTo(BUS_TIMES.value());
        assertThat(row.intoList()).noneMatch(value -> value != null && (value.toString().contains("Bloggs")
                || value.toString().contains("01539") || value.toString().contains("evening visiting")));
        assertThat(dsl.selectFrom(FEEDBACK_TRANSITION).fetch().toString()).doesNotContain("Bloggs");
        assertThat(log.find(stored.id())).contains(erased);
        assertThat(erased.erasedAt()).contains(at(2));
        assertThat(log.withContactEmail(new EmailAddress("jo.bloggs@example.org"))).isEmpty();
    }

    @Test
    void reads_the_history_in_its_order_whatever_order_the_rows_lie_in() {
        Feedback stored = log.add(anonymous(directory.aboutKendal(), MONDAY)
                .publish(BUS_TIMES, at(1), directory.amina())
                .tagThemes(Set.of(travel), at(2), directory.amina()));
        reversePositions(dsl, FEEDBACK_TRANSITION, FEEDBACK_TRANSITION.FEEDBACK_ID, FEEDBACK_TRANSITION.POSITION,
                stored.id().value(), 3);

        List<Transition> history = log.find(stored.id()).orElseThrow().history();

        assertThat(history).containsExactlyElementsOf(stored.history().reversed());
    }

    @Test
    void the_moderation_queue_runs_oldest_first_and_pages_after_a_position() {
        Feedback published = log.add(anonymous(directory.aboutKendal(), MONDAY.minusSeconds(60))
                .publish(BUS_TIMES, at(1), directory.amina()));
        List<Feedback> pending = Stream.of(at(30), at(10), at(20), at(10), at(40))
                .map(receivedAt -> log.add(anonymous(directory.aboutKendal(), receivedAt)))
                .sorted(Comparator.comparing(Feedback::receivedAt).thenComparing(FeedbackLogTest::idAsStored))
                .toList();

        List<Feedback> first = log.awaitingModeration(Optional.empty(), 2);
        List<Feedback> second = log.awaitingModeration(Optional.of(queuePosition(first.getLast())), 2);
        List<Feedback> third = log.awaitingModeration(Optional.of(queuePosition(second.getLast())), 2);

        assertThat(first).containsExactlyElementsOf(pending.subList(0, 2));
        assertThat(second).containsExactlyElementsOf(pending.subList(2, 4));
        assertThat(third).containsExactly(pending.get(4));
        assertThat(log.countAwaitingModeration()).isEqualTo(5);
        assertThat(log.awaitingModeration(Optional.empty(), 10)).doesNotContain(published);
    }

    @Test
    void published_views_come_newest_publication_first_and_page_before_a_position() {
        log.add(anonymous(directory.aboutKendal(), MONDAY));
        List<Feedback> newestFirst = Stream.of(at(100), at(300), at(200), at(300))
                .map(publishedAt -> log.add(anonymous(directory.aboutKendal(), MONDAY)
                        .publish(BUS_TIMES, publishedAt, directory.amina())))
                .sorted(Comparator.comparing(FeedbackLogTest::publishedAt)
                        .thenComparing(FeedbackLogTest::idAsStored).reversed())
                .toList();

        List<Feedback> first = log.published(Optional.empty(), Optional.empty(), 3);
        List<Feedback> second = log.published(Optional.empty(), Optional.of(publishedPosition(first.getLast())), 3);

        assertThat(first).containsExactlyElementsOf(newestFirst.subList(0, 3));
        assertThat(second).containsExactly(newestFirst.get(3));
    }

    @Test
    void published_views_can_be_limited_to_what_they_are_about() {
        Feedback kendal = log.add(published(directory.aboutKendal(), at(1)));
        Feedback electiveCare = log.add(published(directory.aboutElectiveCare(), at(2)));
        Feedback furness = log.add(published(directory.aboutFurness(), at(3)));
        Feedback programme = log.add(published(Subject.programme(), at(4)));
        Feedback secondKendal = log.add(published(directory.aboutKendal(), at(5)));

        assertThat(log.published(Optional.of(directory.aboutKendal()), Optional.empty(), 10))
                .containsExactly(secondKendal, kendal);
        assertThat(log.published(Optional.of(directory.aboutElectiveCare()), Optional.empty(), 10))
                .containsExactly(electiveCare);
        assertThat(log.published(Optional.of(directory.aboutFurness()), Optional.empty(), 10))
                .containsExactly(furness);
        assertThat(log.published(Optional.of(Subject.programme()), Optional.empty(), 10)).containsExactly(programme);
        assertThat(log.published(Optional.of(new Subject.AboutCommunity(CommunityId.random())), Optional.empty(), 10))
                .isEmpty();
    }

    @Test
    void views_awaiting_an_answer_come_soonest_due_first_a_page_at_a_time_and_can_be_limited_to_one_partner() {
        Feedback dueLater = log.add(assigned(directory.trust(), LocalDate.of(2026, 3, 31)));
        Feedback dueSoon = log.add(assigned(directory.council(), LocalDate.of(2026, 3, 16)));
        Feedback dueBetween = log.add(assigned(directory.trust(), LocalDate.of(2026, 3, 20)));
        log.add(assigned(directory.trust(), LocalDate.of(2026, 3, 18))
                .respond(new Response(directory.trust(), "We have changed the timetable.", at(5), directory.ben())));
        log.add(assigned(directory.trust(), LocalDate.of(2026, 3, 17))
                .close(new Closure(at(5), directory.ben(), Optional.of("Withdrawn by the person"))));
        log.add(published(directory.aboutKendal(), at(1)));

        assertThat(log.awaitingAnswer(Optional.empty(), Optional.empty(), 10))
                .containsExactly(dueSoon, dueBetween, dueLater);
        assertThat(log.awaitingAnswer(Optional.empty(), Optional.empty(), 2)).containsExactly(dueSoon, dueBetween);
        assertThat(log.awaitingAnswer(Optional.empty(), Optional.of(duePosition(dueBetween)), 2))
                .containsExactly(dueLater);
        assertThat(log.awaitingAnswer(Optional.of(directory.trust()), Optional.empty(), 10))
                .containsExactly(dueBetween, dueLater);
        assertThat(log.awaitingAnswer(Optional.of(PartnerId.random()), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void the_backlog_of_answers_counts_the_views_waiting_and_those_past_their_due_day() {
        log.add(assigned(directory.trust(), LocalDate.of(2026, 3, 31)));
        log.add(assigned(directory.council(), LocalDate.of(2026, 3, 16)));
        log.add(assigned(directory.trust(), LocalDate.of(2026, 3, 20)));
        log.add(assigned(directory.trust(), LocalDate.of(2026, 3, 18))
                .respond(new Response(directory.trust(), "We have changed the timetable.", at(5), directory.ben())));

        assertThat(log.answerBacklog(Optional.empty(), LocalDate.of(2026, 3, 20)))
                .isEqualTo(new FeedbackLog.AnswerBacklog(3, 1));
        assertThat(log.answerBacklog(Optional.of(directory.trust()), LocalDate.of(2026, 4, 1)))
                .isEqualTo(new FeedbackLog.AnswerBacklog(2, 2));
        assertThat(log.answerBacklog(Optional.of(PartnerId.random()), LocalDate.of(2026, 4, 1)))
                .isEqualTo(new FeedbackLog.AnswerBacklog(0, 0));
    }

    @Test
    void the_backlog_of_answers_follows_views_given_to_another_partner_answered_closed_and_removed() {
        LocalDate today = LocalDate.of(2026, 3, 20);
        Feedback waiting = log.add(published(directory.aboutKendal(), at(1)));
        assertThat(log.answerBacklog(Optional.empty(), today)).isEqualTo(new FeedbackLog.AnswerBacklog(0, 0));

        waiting = log.update(waiting.assign(new Assignment(directory.trust(), LocalDate.of(2026, 3, 16), at(2),
                directory.ben()))).orElseThrow();
        Feedback other = log.add(assigned(directory.trust(), LocalDate.of(2026, 3, 31)));
        assertThat(log.answerBacklog(Optional.of(directory.trust()), today)).isEqualTo(new FeedbackLog.AnswerBacklog(2, 1));

        waiting = log.update(waiting.assign(new Assignment(directory.council(), LocalDate.of(2026, 3, 25), at(3),
                directory.ben()))).orElseThrow();
        assertThat(log.answerBacklog(Optional.of(directory.trust()), today)).isEqualTo(new FeedbackLog.AnswerBacklog(1, 0));
        assertThat(log.answerBacklog(Optional.of(directory.council()), today)).isEqualTo(new FeedbackLog.AnswerBacklog(1, 0));

        log.update(waiting.respond(new Response(directory.council(), "We have asked the practice.", at(4),
                directory.ben()))).orElseThrow();
        other = log.update(other.close(new Closure(at(5), directory.ben(), Optional.of("Withdrawn by the person"))))
                .orElseThrow();
        assertThat(log.answerBacklog(Optional.empty(), today)).isEqualTo(new FeedbackLog.AnswerBacklog(0, 0));

        Feedback gone = log.add(assigned(directory.trust(), LocalDate.of(2026, 3, 18)));
        assertThat(log.answerBacklog(Optional.empty(), today)).isEqualTo(new FeedbackLog.AnswerBacklog(1, 1));
        dsl.deleteFrom(FEEDBACK).where(FEEDBACK.ID.eq(gone.id().value())).execute();
        assertThat(log.answerBacklog(Optional.empty(), today)).isEqualTo(new FeedbackLog.AnswerBacklog(0, 0));

        log.add(assigned(directory.trust(), LocalDate.of(2026, 3, 18)));
        dsl.truncate(FEEDBACK).cascade().execute();
        assertThat(log.answerBacklog(Optional.empty(), today)).isEqualTo(new FeedbackLog.AnswerBacklog(0, 0));
    }

    @Test
    void open_safeguarding_concerns_come_newest_first() {
        Feedback older = log.add(flagged(at(10)));
        Feedback newer = log.add(flagged(at(20)));
        log.add(flagged(at(30)).close(new Closure(at(40), directory.ben(), Optional.of("Referred to social care"))));
        log.add(anonymous(directory.aboutKendal(), MONDAY));

        assertThat(log.safeguardingConcerns()).containsExactly(newer, older);
    }

    @Test
    void finds_the_views_left_with_an_email_address_whatever_case_it_is_given_in() {
        Feedback first = log.add(fromAddress("sam.jones@example.org", directory.aboutKendal(), at(1)));
        Feedback second = log.add(fromAddress("sam.jones@example.org", Subject.programme(), at(2)));
        log.add(fromAddress("someone.else@example.org", directory.aboutKendal(), at(3)));
        log.add(anonymous(directory.aboutKendal(), at(4)));

        assertThat(log.withContactEmail(new EmailAddress("Sam.Jones@EXAMPLE.org"))).containsExactly(first, second);
        assertThat(log.withContactEmail(new EmailAddress("nobody@example.org"))).isEmpty();
    }

    @Test
    void finds_the_views_left_with_a_telephone_number_however_it_was_written_oldest_first() {
        Feedback jo = log.add(fromJo(directory.aboutKendal(), at(2), directory.amina()));
        Feedback joByPhoneOnly = log.add(new Feedback(FeedbackId.random(), FeedbackReference.random(),
                Subject.programme(), ContributorRole.PATIENT, jo.origin(), jo.text(),
                new ContactDetails(Optional.empty(), Optional.empty(), Optional.of(new PhoneNumber("+44 (0)1539-123456"))),
                jo.consent(), Optional.empty(), Secrets.sha256(UUID.randomUUID().toString()), at(1), jo.moderation(),
                Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                jo.history(), 0));
        log.add(fromAddress("sam.jones@example.org", directory.aboutKendal(), at(3)));

        assertThat(log.withContactPhone(new PhoneNumber("01539 123456"))).containsExactly(joByPhoneOnly, jo);
        assertThat(log.withContactPhone(new PhoneNumber("01539 123457"))).isEmpty();
    }

    @Test
    void the_listening_tally_counts_views_by_the_day_received_and_answers_by_the_uk_day_they_were_given() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        log.add(anonymous(directory.aboutKendal(), at(-24 * 60)));
        Feedback kendal = log.add(anonymous(directory.aboutKendal(), MONDAY));
        Feedback programme = log.add(anonymous(Subject.programme(), at(60)));
        log.add(anonymous(directory.aboutFurness(), at(24 * 60 * 2)));
        // 23:30 UTC on the 9 March is still the 9th in London (GMT); 23:30 UTC on 3 April is the 4th (BST).
        Feedback answeredKendal = log.update(published(kendal, at(1)).assign(new Assignment(directory.trust(),
                        LocalDate.of(2026, 3, 30), at(2), directory.ben()))
                .respond(new Response(directory.trust(), "A later bus now runs.",
                        Instant.parse("2026-03-09T23:30:00Z"), directory.ben()))).orElseThrow();
        log.update(published(programme, at(61)).assign(new Assignment(directory.trust(), LocalDate.of(2026, 3, 30),
                        at(62), directory.ben()))
                .respond(new Response(directory.trust(), "We are looking at it.",
                        Instant.parse("2026-04-03T23:30:00Z"), directory.ben()))).orElseThrow();

        ListeningTally everything = log.listeningTally(Optional.empty(), monday, monday.plusDays(1));
        ListeningTally inKendal = log.listeningTally(Optional.of(directory.kendal()), monday, monday.plusDays(10));

        assertThat(everything.received()).isEqualTo(2);
        assertThat(everything.daysToAnswer()).containsExactly(Map.entry(7L, 1), Map.entry(33L, 1));
        assertThat(inKendal.received()).isEqualTo(1);
        assertThat(inKendal.daysToAnswer()).containsExactly(Map.entry(7L, 1));
        assertThat(log.listeningTally(Optional.empty(), monday.minusDays(1), monday.plusDays(2)).received())
                .isEqualTo(4);
        assertThat(answeredKendal.version()).isEqualTo(2);
    }

    @Test
    void the_counts_kept_by_the_database_match_the_views_themselves_whatever_happens_to_them() {
        Random random = new Random(20261206);
        List<Subject> subjects = List.of(directory.aboutKendal(), directory.aboutFurness(), Subject.programme(),
                directory.aboutElectiveCare());
        List<Feedback> stored = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Instant received = MONDAY.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 30)));
            stored.add(log.add(anonymous(subjects.get(random.nextInt(subjects.size())), received)));
        }
        for (int i = 0; i < stored.size(); i++) {
            Feedback view = stored.get(i);
            int fate = random.nextInt(4);
            if (fate == 0) {
                continue;
            }
            if (fate == 1) {
                stored.set(i, log.update(view.withhold(WithholdReason.OFF_TOPIC, Optional.empty(),
                        view.receivedAt().plusSeconds(60), directory.amina())).orElseThrow());
                continue;
            }
            Feedback published = log.update(view.publish(BUS_TIMES, view.receivedAt().plusSeconds(60),
                    directory.amina())).orElseThrow();
            if (fate == 3) {
                Instant answeredAt = view.receivedAt().plus(Duration.ofMinutes(90 + random.nextInt(60 * 24 * 20)));
                published = log.update(published.assign(new Assignment(directory.trust(), LocalDate.of(2026, 5, 1),
                                view.receivedAt().plusSeconds(120), directory.ben()))
                        .respond(new Response(directory.trust(), "An answer.", answeredAt, directory.ben())))
                        .orElseThrow();
            }
            stored.set(i, published);
        }
        Feedback gone = stored.removeLast();
        dsl.deleteFrom(FEEDBACK).where(FEEDBACK.ID.eq(gone.id().value())).execute();

        LocalDate first = LocalDate.of(2026, 3, 2);
        for (LocalDate[] window : new LocalDate[][]{{first, first.plusDays(40)}, {first.plusDays(5), first.plusDays(12)},
                {first.plusDays(29), first.plusDays(29)}}) {
            assertThat(log.listeningTally(Optional.empty(), window[0], window[1]))
                    .isEqualTo(tallyOf(stored, window[0], window[1], view -> true));
            assertThat(log.listeningTally(Optional.of(directory.kendal()), window[0], window[1]))
                    .isEqualTo(tallyOf(stored, window[0], window[1],
                            view -> view.subject().equals(directory.aboutKendal())));
        }
        assertThat(log.countAwaitingModeration())
                .isEqualTo((int) stored.stream().filter(view -> view.moderation() instanceof Moderation.Pending).count());

        dsl.truncate(FEEDBACK).cascade().execute();
        assertThat(log.listeningTally(Optional.empty(), first, first.plusDays(40)))
                .isEqualTo(new ListeningTally(0, new TreeMap<>(), 0));
        assertThat(log.countAwaitingModeration()).isZero();
    }

    /** The tally as the domain counts it, from the views themselves. */
    private static ListeningTally tallyOf(List<Feedback> views, LocalDate from, LocalDate to,
                                          Predicate<Feedback> about) {
        List<Feedback> received = views.stream().filter(about)
                .filter(view -> !view.origin().receivedOn().isBefore(from) && !view.origin().receivedOn().isAfter(to))
                .toList();
        SortedMap<Long, Integer> days = new TreeMap<>();
        received.forEach(view -> view.response().ifPresent(response -> days.merge(ChronoUnit.DAYS.between(
                view.origin().receivedOn(), UkTime.dayOf(response.at())), 1, Integer::sum)));
        return new ListeningTally(received.size(), days, 0);
    }

    @Test
    void reads_back_a_view_given_at_a_meeting_naming_the_meeting_and_keeps_it_through_an_update() {
        Feedback view = givenAt(townHall, directory.aboutKendal(), MONDAY, directory.amina());

        Feedback stored = log.add(view);
        Feedback published = log.update(stored.publish(BUS_TIMES, at(1), directory.amina())).orElseThrow();

        assertThat(stored).isEqualTo(view.withVersion(1));
        assertThat(stored.origin().meeting()).contains(townHall);
        assertThat(log.find(view.id())).contains(published);
        assertThat(published.origin().meeting()).contains(townHall);
        assertThat(dsl.select(FEEDBACK.MEETING_ID).from(FEEDBACK).where(FEEDBACK.ID.eq(view.id().value()))
                .fetchSingle().value1()).isEqualTo(townHall.value());
    }

    @Test
    void a_view_not_given_at_a_meeting_names_none() {
        Feedback atAnotherEvent = log.add(fromJo(directory.aboutKendal(), MONDAY, directory.amina()));
        Feedback online = log.add(anonymous(directory.aboutKendal(), MONDAY));

        assertThat(log.find(atAnotherEvent.id()).orElseThrow().origin().meeting()).isEmpty();
        assertThat(log.find(online.id()).orElseThrow().origin().meeting()).isEmpty();
        assertThat(dsl.fetchCount(FEEDBACK, FEEDBACK.MEETING_ID.isNotNull())).isZero();
    }

    @Test
    void lists_only_the_views_given_at_a_meeting_oldest_first() {
        List<Feedback> atTownHall = Stream.of(at(30), at(10), at(20), at(10))
                .map(receivedAt -> log.add(givenAt(townHall, directory.aboutKendal(), receivedAt, directory.amina())
                        .publish(BUS_TIMES, at(40), directory.amina())))
                .sorted(Comparator.comparing(Feedback::receivedAt).thenComparing(FeedbackLogTest::idAsStored))
                .toList();
        Feedback atLibrary = log.add(givenAt(library, Subject.programme(), at(5), directory.ben()));
        log.add(fromJo(directory.aboutKendal(), at(1), directory.amina()));
        log.add(anonymous(directory.aboutKendal(), at(2)));

        assertThat(log.givenAt(townHall)).containsExactlyElementsOf(atTownHall);
        assertThat(log.givenAt(library)).containsExactly(atLibrary);
        assertThat(log.givenAt(MeetingId.random())).isEmpty();
    }

    @Test
    void a_view_given_at_a_meeting_not_stored_is_refused_naming_only_the_constraint() {
        Feedback atNoMeeting = givenAt(MeetingId.random(), directory.aboutKendal(), MONDAY, directory.amina());

        Throwable refusal = catchThrowable(() -> log.add(atNoMeeting));

        assertThat(refusal).isNotNull().hasMessageContaining("SQLSTATE 23503")
                .hasMessageContaining("feedback_meeting_fkey");
        assertThat(log.find(atNoMeeting.id())).isEmpty();
    }

    @Test
    void a_view_and_its_next_step_written_in_one_transaction_are_undone_together() {
        Feedback view = anonymous(directory.aboutKendal(), MONDAY);

        assertThatThrownBy(() -> postgres.port(Transactions.class).inTransaction(() -> {
            Feedback stored = log.add(view);
            log.update(stored.publish(BUS_TIMES, at(1), directory.amina())).orElseThrow();
            throw new IllegalStateException("the moderator's request failed after both writes");
        })).hasMessageContaining("failed after both writes");

        assertThat(log.find(view.id())).isEmpty();
        assertThat(dsl.fetchCount(FEEDBACK_TRANSITION)).isZero();
    }

    @Test
    void a_refused_view_does_not_repeat_the_persons_words_or_contact_details() {
        Feedback aboutNowhere = fromJo(new Subject.AboutCommunity(CommunityId.random()), MONDAY, directory.amina());

        Throwable refusal = catchThrowable(() -> log.add(aboutNowhere));

        assertThat(refusal).isNotNull().hasMessageContaining("feedback_community_fkey");
        assertThat(FailureText.of(refusal)).doesNotContain("Bloggs").doesNotContain("jo.bloggs")
                .doesNotContain("01539").doesNotContain("evening visiting");
        assertThat(log.find(aboutNowhere.id())).isEmpty();
    }

    @Test
    void refuses_a_negative_page_size() {
        assertThatThrownBy(() -> log.awaitingModeration(Optional.empty(), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.published(Optional.empty(), Optional.empty(), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Feedback published(Subject about, Instant publishedAt) {
        return anonymous(about, MONDAY).publish(BUS_TIMES, publishedAt, directory.amina());
    }

    private Feedback assigned(PartnerId partner, LocalDate dueOn) {
        return published(directory.aboutKendal(), at(1))
                .assign(new Assignment(partner, dueOn, at(2), directory.ben()));
    }

    private Feedback flagged(Instant at) {
        return anonymous(directory.aboutKendal(), MONDAY)
                .flagSafeguarding(new SafeguardingFlag(at, directory.amina(), "May be at risk."));
    }

    private static Instant publishedAt(Feedback view) {
        return ((Moderation.Published) view.moderation()).at();
    }

    /**
     * Ties are broken by id in PostgreSQL's order of uuid values, byte by byte: the order of their text, not of
     * {@link java.util.UUID#compareTo}, which compares signed numbers.
     */
    private static String idAsStored(Feedback view) {
        return view.id().value().toString();
    }

    private static Position queuePosition(Feedback view) {
        return new Position(view.receivedAt(), view.id().value());
    }

    private static FeedbackLog.DuePosition duePosition(Feedback view) {
        return new FeedbackLog.DuePosition(view.assignment().orElseThrow().dueOn(), view.id().value());
    }

    private Feedback published(Feedback view, Instant publishedAt) {
        return view.publish(BUS_TIMES, publishedAt, directory.amina());
    }

    private static Position publishedPosition(Feedback view) {
        return new Position(publishedAt(view), view.id().value());
    }

    private static Instant at(int minutes) {
        return MONDAY.plus(Duration.ofMinutes(minutes));
    }

    private static ThemeId themeNamed(List<Theme> themes, String name) {
        return themes.stream().filter(theme -> theme.name().equals(name)).findFirst().orElseThrow().id();
    }
}
