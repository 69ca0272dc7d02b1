package org.bettercaretogether.persistence.consultation;

import org.bettercaretogether.application.audit.AuditLog;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.community.CommunityHistories;
import org.bettercaretogether.application.consultation.ConsultationResponses;
import org.bettercaretogether.application.consultation.ConsultationResults;
import org.bettercaretogether.application.consultation.ConsultationService;
import org.bettercaretogether.application.consultation.Consultations;
import org.bettercaretogether.application.consultation.FreeTextAnswers;
import org.bettercaretogether.application.consultation.RespondentEmails;
import org.bettercaretogether.application.consultation.ResponseReceipt;
import org.bettercaretogether.application.directory.DirectoryAdministrationService;
import org.bettercaretogether.application.feedback.FeedbackSettings;
import org.bettercaretogether.application.feedback.Subjects;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.referencedata.ReferenceDataReleases;
import org.bettercaretogether.application.referencedata.ReferenceDataService;
import org.bettercaretogether.application.shared.IdempotencyKey;
import org.bettercaretogether.application.shared.KeptAnswers;
import org.bettercaretogether.application.shared.PublishedCount;
import org.bettercaretogether.application.shared.ReadCache;
import org.bettercaretogether.application.shared.SubmissionReplays;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.vanguard.VanguardRecord;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.domain.consultation.AboutYouTopic;
import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.persistence.Jooq;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.testing.TestDatabase;
import org.bettercaretogether.persistence.testing.TestDatabases;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.persistence.jooq.Tables.CONSULTATION_RESPONSE;

/**
 * Responses kept in PostgreSQL through the consultation service: a storm of requests with retries among them keeps each
 * response once, and results agree with a count made independently in SQL.
 */
class ConsultationResponsesTest {

    private static final Instant NOW = Instant.parse("2027-03-28T12:00:00Z");
    private static final Slug SLUG = new Slug("out-of-hospital-care");
    private static final String[] POINTS = {"strongly-agree", "agree", "neither", "disagree", "strongly-disagree"};
    private static final String[] TYPES = {"patient", "member-of-public", "clinician", "nhs-staff"};
    private static final String[] PLACES = {"kendal", "lancaster", "barrow-town", "grange"};

    private TestDatabase database;
    private PostgresAdapters postgres;
    private DSLContext dsl;
    private ConsultationService service;

    @BeforeEach
    void openConsultation() {
        database = TestDatabases.createMigrated("consultation-responses");
        postgres = new PostgresAdapters(database.dataSource(), Duration.ZERO);
        dsl = Jooq.dslContext(database.dataSource());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Transactions transactions = postgres.port(Transactions.class);
        DirectoryAdministrationService directory = new DirectoryAdministrationService(transactions,
                postgres.port(VanguardRecord.class), postgres.port(Partners.class), postgres.port(ClinicalNetworks.class),
                postgres.port(Communities.class), postgres.port(Workstreams.class));
        new ReferenceDataService(transactions, postgres.port(ReferenceDataReleases.class), directory,
                postgres.port(VanguardRecord.class), postgres.port(Partners.class),
                postgres.port(ClinicalNetworks.class), postgres.port(Communities.class),
                postgres.port(Workstreams.class), clock).load();
        service = serviceAt(clock);
        Consultations consultations = postgres.port(Consultations.class);
        Consultation draft = Consultation.draft(ConsultationId.random(), SLUG, Subject.programme(),
                "Care closer to home", "Which services should move out of hospital?", List.of(),
                "Which clinics move to community hubs", MorecambeBay.CLINICAL_COMMISSIONING_GROUP,
                new OpeningTimes(NOW.minus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(10))), List.of(
                        new Question(new QuestionId("support"), "Do you agree?", Optional.empty(), true,
                                QuestionKind.Scale.agreement()),
                        new Question(new QuestionId("capacity"), AboutYouTopic.RESPONDENT_TYPE.usualWording(),
                                Optional.empty(), false, new QuestionKind.AboutYou(AboutYouTopic.RESPONDENT_TYPE)),
                        new Question(new QuestionId("community"), AboutYouTopic.COMMUNITY.usualWording(),
                                Optional.empty(), false, new QuestionKind.AboutYou(AboutYouTopic.COMMUNITY))));
        transactions.inTransaction(() -> consultations.update(consultations.add(draft)
                .schedule(NOW.minus(Duration.ofDays(11)))));
    }

    /** The service over the PostgreSQL ports, on {@code clock}. */
    private ConsultationService serviceAt(Clock clock) {
        Subjects subjects = new Subjects(postgres.port(Communities.class), postgres.port(CommunityHistories.class),
                postgres.port(Workstreams.class), postgres.port(ClinicalNetworks.class), ReadCache.none(), clock);
        return new ConsultationService(postgres.port(Transactions.class), postgres.port(Consultations.class),
                postgres.port(ConsultationResponses.class), postgres.port(FreeTextAnswers.class),
                postgres.port(RespondentEmails.class), new KeptAnswers(postgres.port(SubmissionReplays.class),
                FeedbackSettings.defaults().replaysKeptFor(), clock), subjects, postgres.port(Communities.class),
                postgres.port(Partners.class), (consultation, respondents) -> { },
                new AuditTrail(postgres.port(AuditLog.class), clock), ReadCache.none(), clock);
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void two_hundred_responses_sent_at_once_half_of_them_retries_are_kept_exactly_once() throws Exception {
        List<Callable<ResponseReceipt>> requests = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 200; i++) {
            int person = i / 2;
            requests.add(() -> {
                start.await();
                return service.respond(SLUG, answers(person), Optional.of(new IdempotencyKey("person-" + person)))
                        .orElseThrow();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<ResponseReceipt>> sent = requests.stream().map(pool::submit).toList();
            start.countDown();
            Map<String, List<ResponseReceipt>> byKey = new HashMap<>();
            for (int i = 0; i < sent.size(); i++) {
                byKey.computeIfAbsent("person-" + i / 2, key -> new ArrayList<>())
                        .add(sent.get(i).get(60, TimeUnit.SECONDS));
            }

            assertThat(dsl.fetchCount(CONSULTATION_RESPONSE))
                    .isEqualTo(100);
            assertThat(byKey.values()).allSatisfy(pair -> {
                assertThat(pair.get(0).response()).isEqualTo(pair.get(1).response());
                assertThat(pair.get(0).token()).isEqualTo(pair.get(1).token());
                assertThat(pair.stream().filter(ResponseReceipt::replayed)).hasSize(1);
            });
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void results_match_a_count_made_independently_in_sql_with_every_small_count_hidden() {
        for (int person = 0; person < 137; person++) {
            service.respond(SLUG, answers(person), Optional.empty()).orElseThrow();
        }
        ConsultationResults results = serviceAt(Clock.fixed(NOW.plus(Duration.ofDays(11)), ZoneOffset.UTC))
                .results(SLUG).orElseThrow();

        Map<String, Long> overall = counted("""
                select a.value, count(*) from consultation_answer a
                where a.question_key = 'support' group by a.value""");
        Map<String, Long> patients = counted("""
                select a.value, count(*) from consultation_answer a
                join consultation_response r on r.id = a.response_id
                where a.question_key = 'support' and r.respondent_type = 'PATIENT' group by a.value""");
        Map<String, Long> kendal = counted("""
                select a.value, count(*) from consultation_answer a
                join consultation_response r on r.id = a.response_id
                join community c on c.id = r.community_id
                where a.question_key = 'support' and c.slug = 'kendal' group by a.value""");
        ConsultationResults.QuestionResults support = results.questions().getFirst();
        assertThat(results.responses().text()).isEqualTo("137");
        support.options().forEach(option -> assertReads(option.count(), overall.getOrDefault(option.code(), 0L)));
        support.byRespondentType().stream().filter(group -> group.code().equals(Optional.of("patient")))
                .findFirst().orElseThrow().options().forEach(option -> assertReads(option.count(),
                        patients.getOrDefault(option.code(), 0L)));
        support.byCommunity().stream().filter(group -> group.code().equals(Optional.of("kendal")))
                .findFirst().orElseThrow().options().forEach(option -> assertReads(option.count(),
                        kendal.getOrDefault(option.code(), 0L)));
        assertThat(support.byCommunity()).anySatisfy(group -> assertThat(group.options())
                .anySatisfy(option -> assertThat(option.count().shown()).isFalse()));
    }

    /** A count under 5 reads "fewer than 5"; any other itself, or "not shown" where it would give a small one away. */
    private static void assertReads(PublishedCount published, long counted) {
        if (counted < PublishedCount.SMALLEST_SHOWN) {
            assertThat(published).isInstanceOf(PublishedCount.FewerThanFive.class);
        } else {
            assertThat(published).isIn(new PublishedCount.Exact((int) counted), new PublishedCount.Protected());
        }
    }

    private Map<String, Long> counted(String sql) {
        Map<String, Long> counts = new HashMap<>();
        dsl.fetch(sql).forEach(row -> counts.put(row.get(0, String.class), row.get(1, Long.class)));
        return counts;
    }

    /** A spread of answers: the person's number picks the point of the scale, their type and their community. */
    private static List<Answer> answers(int person) {
        List<Answer> answers = new ArrayList<>();
        answers.add(Answer.of("support", POINTS[(person * 7) % POINTS.length]));
        if (person % 5 != 0) {
            answers.add(Answer.of("capacity", TYPES[person % TYPES.length]));
        }
        if (person % 3 != 0) {
            answers.add(Answer.of("community", PLACES[(person * 3) % PLACES.length]));
        }
        return answers;
    }
}
