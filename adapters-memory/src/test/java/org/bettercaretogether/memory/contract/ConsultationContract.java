package org.bettercaretogether.memory.contract;

import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.consultation.AnswersInProgress;
import org.bettercaretogether.application.consultation.AnswersInProgress.UnsentAnswers;
import org.bettercaretogether.application.consultation.ConsultationResponses;
import org.bettercaretogether.application.consultation.ConsultationResponses.Breakdown;
import org.bettercaretogether.application.consultation.ConsultationResponses.Tally;
import org.bettercaretogether.application.consultation.Consultations;
import org.bettercaretogether.application.consultation.FreeTextAnswers;
import org.bettercaretogether.application.consultation.RespondentEmails;
import org.bettercaretogether.application.privacy.ExpiredRecords;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.consultation.AboutYouTopic;
import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.consultation.Answering;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.DocumentLink;
import org.bettercaretogether.domain.consultation.FreeTextAnswer;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Option;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.domain.consultation.Response;
import org.bettercaretogether.domain.consultation.ResponseId;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.domain.shared.Slug;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Consultations}, {@link ConsultationResponses} and {@link AnswersInProgress}: a consultation read back whole,
 * updated only against the version and first answer it was read with; responses found by their private link; results
 * counted per option, overall, by respondent type and by community; answers in progress kept under their token's hash
 * until they expire, and removed then. A new version names the consultation it replaces, which it is found by; a
 * consultation is replaced once at most.
 */
public abstract class ConsultationContract extends PortContract {

    private CommunityId kendal;
    private CommunityId barrow;

    @BeforeEach
    void referenceData() {
        loadReferenceData();
        kendal = port(Communities.class).findBySlug(new Slug("kendal")).orElseThrow().id();
        barrow = port(Communities.class).findBySlug(new Slug("barrow-town")).orElseThrow().id();
    }

    @Test
    void a_consultation_is_read_back_whole_by_id_and_slug_and_a_stale_update_is_refused() {
        Consultations consultations = port(Consultations.class);
        Consultation added = transactions().inTransaction(() -> consultations.add(consultation("maternity")));
        Consultation extended = added.schedule(at(0)).extendClosing(at(60 * 24 * 40), "Asked for at a meeting", at(1));

        Consultation updated = transactions().inTransaction(() -> consultations.update(extended)).orElseThrow();
        boolean staleStored = transactions().inTransaction(() -> consultations.update(extended)).isPresent();

        assertThat(added.version()).isEqualTo(1);
        assertThat(consultations.find(added.id())).contains(updated);
        assertThat(consultations.findBySlug(new Slug("maternity"))).contains(updated);
        assertThat(updated.closingChanges()).singleElement()
                .satisfies(change -> assertThat(change.reason()).isEqualTo("Asked for at a meeting"));
        assertThat(updated.questions()).isEqualTo(added.questions());
        assertThat(updated.documents()).isEqualTo(added.documents());
        assertThat(updated.subject()).isEqualTo(new Subject.AboutCommunity(kendal));
        assertThat(staleStored).isFalse();
        assertThat(consultations.findBySlug(new Slug("nowhere"))).isEmpty();
    }

    @Test
    void a_new_version_is_read_back_with_what_it_replaces_and_a_consultation_is_replaced_once_at_most() {
        Consultations consultations = port(Consultations.class);
        Consultation added = transactions().inTransaction(() -> consultations.add(consultation("maternity")));
        Consultation earlier = transactions().inTransaction(() -> consultations.update(added.schedule(at(0))))
                .orElseThrow();
        Consultation newer = transactions().inTransaction(() -> consultations.add(
                earlier.newVersion(ConsultationId.random(), new Slug("maternity-again"), Optional.empty())));
        Consultation another = earlier.newVersion(ConsultationId.random(), new Slug("maternity-third"), Optional.empty());

        assertThat(consultations.find(newer.id())).contains(newer);
        assertThat(consultations.find(newer.id()).orElseThrow().replaces()).contains(earlier.id());
        assertThat(consultations.newerVersionOf(earlier.id())).contains(newer);
        assertThat(consultations.newerVersionOf(newer.id())).isEmpty();
        assertThatThrownBy(() -> transactions().inTransaction(() -> consultations.add(another)))
                .isInstanceOf(RuntimeException.class);
        assertThat(consultations.findBySlug(new Slug("maternity-third"))).isEmpty();
    }

    @Test
    void the_latest_to_open_is_listed_first() {
        Consultations consultations = port(Consultations.class);
        transactions().inTransaction(() -> consultations.add(consultation("earlier")));
        Consultation later = consultation("later");
        Consultation moved = new Consultation(later.id(), later.slug(), later.subject(), later.title(), later.summary(),
                later.documents(), later.decisionInformed(), later.runBy(),
                new OpeningTimes(at(60), at(60 * 24 * 30)), later.scheduledAt(), later.closingChanges(),
                later.questions(), later.firstAnsweredAt(), later.results(), later.replaces(), later.version());
        transactions().inTransaction(() -> consultations.add(moved));

        assertThat(consultations.all()).extracting(c -> c.slug().value()).containsExactly("later", "earlier");
    }

    @Test
    void the_first_answer_is_noted_once_and_a_change_read_before_it_is_refused_after() {
        Consultations consultations = port(Consultations.class);
        Consultation scheduled = transactions().inTransaction(() -> consultations.add(consultation("maternity")))
                .schedule(at(0));
        Consultation stored = transactions().inTransaction(() -> consultations.update(scheduled)).orElseThrow();

        boolean first = transactions().inTransaction(() -> consultations.markAnswered(stored.id(), stored.version(), at(10)));
        boolean second = transactions().inTransaction(() -> consultations.markAnswered(stored.id(), stored.version(), at(20)));
        boolean readBeforeAChange = transactions().inTransaction(() -> consultations.markAnswered(stored.id(),
                stored.version() - 1, at(30)));
        boolean changeReadBeforeTheAnswer = transactions().inTransaction(() -> consultations.update(
                stored.extendClosing(at(60 * 24 * 40), "More time", at(40)))).isPresent();

        assertThat(first).isTrue();
        assertThat(second).isTrue();
        assertThat(readBeforeAChange).isFalse();
        assertThat(changeReadBeforeTheAnswer).isFalse();
        Consultation answered = consultations.find(stored.id()).orElseThrow();
        assertThat(answered.firstAnsweredAt()).contains(at(10));
        assertThat(answered.version()).isEqualTo(stored.version());
        assertThat(transactions().inTransaction(() -> consultations.update(
                answered.extendClosing(at(60 * 24 * 40), "More time", at(40)))).orElseThrow().firstAnsweredAt())
                .contains(at(10));
    }

    @Test
    void a_response_is_found_by_its_private_link_with_its_answers_in_question_order() {
        Consultation consultation = open("maternity");
        Response response = answer(consultation, at(5), List.of(Answer.of("capacity", "patient"),
                Answer.of("matters", "waiting", "travel"), Answer.of("support", "agree"),
                Answer.of("comments", "Keep the birth centre"), Answer.of("community", "kendal")));
        String hash = Secrets.sha256("r-private");

        transactions().inTransaction(() -> {
            port(ConsultationResponses.class).add(response, hash);
            return null;
        });

        Response found = port(ConsultationResponses.class).findByTokenHash(hash).orElseThrow();
        assertThat(found).isEqualTo(response);
        assertThat(found.answers()).extracting(answer -> answer.question().value())
                .containsExactly("support", "matters", "comments", "capacity", "community");
        assertThat(found.answerTo(new QuestionId("matters")).orElseThrow().values()).containsExactly("waiting", "travel");
        assertThat(port(ConsultationResponses.class).findByTokenHash(Secrets.sha256("r-other"))).isEmpty();
        assertThat(port(ConsultationResponses.class).count(consultation.id())).isEqualTo(1);
    }

    @Test
    void answers_in_progress_are_kept_replaced_in_question_order_until_they_expire_and_then_removed() {
        Consultation consultation = open("maternity");
        AnswersInProgress inProgress = port(AnswersInProgress.class);
        String hash = Secrets.sha256("a-browser");
        String other = Secrets.sha256("a-other-browser");

        transactions().inTransaction(() -> {
            inProgress.keep(new UnsentAnswers(hash, consultation.id(), List.of(Answer.of("support", "agree"),
                    Answer.of("matters", "waiting", "travel")), at(60)));
            inProgress.keep(new UnsentAnswers(other, consultation.id(), List.of(Answer.of("support", "disagree")),
                    at(30)));
            inProgress.keep(new UnsentAnswers(hash, consultation.id(), List.of(Answer.of("support", "neither"),
                    Answer.of("matters", "travel", "waiting"), Answer.of("comments", "Nearer to home")), at(90)));
            return null;
        });

        UnsentAnswers found = inProgress.find(hash, at(60)).orElseThrow();
        assertThat(found.answers()).containsExactly(Answer.of("support", "neither"),
                Answer.of("matters", "travel", "waiting"), Answer.of("comments", "Nearer to home"));
        assertThat(found.expiresAt()).isEqualTo(at(90));
        assertThat(found.consultation()).isEqualTo(consultation.id());
        assertThat(inProgress.find(other, at(30))).isEmpty();
        assertThat(inProgress.find(Secrets.sha256("a-nobody"), at(0))).isEmpty();

        int removed = transactions().inTransaction(() -> port(ExpiredRecords.class)
                .removeAnswersInProgressExpiredBy(at(45), 100));
        assertThat(removed).isEqualTo(1);
        assertThat(inProgress.find(hash, at(45))).isPresent();

        transactions().inTransaction(() -> {
            inProgress.remove(hash);
            return null;
        });
        assertThat(inProgress.find(hash, at(45))).isEmpty();
        assertThat(transactions().inTransaction(() -> port(ExpiredRecords.class)
                .removeAnswersInProgressExpiredBy(at(1_000), 100))).isZero();
    }

    @Test
    void results_are_counted_per_option_overall_by_respondent_type_and_by_community() {
        Consultation consultation = open("maternity");
        Consultation other = open("other");
        ConsultationResponses responses = port(ConsultationResponses.class);
        List<List<Answer>> given = List.of(
                List.of(Answer.of("support", "agree"), Answer.of("matters", "travel", "waiting"),
                        Answer.of("capacity", "patient"), Answer.of("community", "kendal"),
                        Answer.of("comments", "Closer to home")),
                List.of(Answer.of("support", "agree"), Answer.of("matters", "travel"),
                        Answer.of("capacity", "patient"), Answer.of("community", "barrow-town")),
                List.of(Answer.of("support", "disagree"), Answer.of("capacity", "clinician"),
                        Answer.of("community", "kendal"), Answer.of("comments", "Too far")),
                List.of(Answer.of("support", "agree")));
        transactions().inTransaction(() -> {
            for (int i = 0; i < given.size(); i++) {
                responses.add(answer(consultation, at(i + 1), given.get(i)), Secrets.sha256("r-" + i));
            }
            responses.add(answer(other, at(9), List.of(Answer.of("support", "agree"))), Secrets.sha256("r-other"));
            return null;
        });

        List<Tally> tallies = responses.tallies(consultation.id());

        Map<String, Long> counted = tallies.stream().collect(java.util.stream.Collectors.toMap(
                tally -> tally.question() + "/" + tally.option().orElse("*") + "/" + tally.breakdown() + "/"
                        + tally.group().orElse("-"), Tally::count));
        String kendalId = kendal.toString();
        String barrowId = barrow.toString();
        assertThat(counted).containsEntry("support/*/OVERALL/-", 4L)
                .containsEntry("support/agree/OVERALL/-", 3L)
                .containsEntry("support/disagree/OVERALL/-", 1L)
                .containsEntry("matters/*/OVERALL/-", 2L)
                .containsEntry("matters/travel/OVERALL/-", 2L)
                .containsEntry("matters/waiting/OVERALL/-", 1L)
                .containsEntry("support/agree/RESPONDENT_TYPE/patient", 2L)
                .containsEntry("support/agree/RESPONDENT_TYPE/-", 1L)
                .containsEntry("support/disagree/RESPONDENT_TYPE/clinician", 1L)
                .containsEntry("support/*/RESPONDENT_TYPE/patient", 2L)
                .containsEntry("support/agree/COMMUNITY/" + kendalId, 1L)
                .containsEntry("support/agree/COMMUNITY/" + barrowId, 1L)
                .containsEntry("support/agree/COMMUNITY/-", 1L)
                .containsEntry("support/*/COMMUNITY/" + kendalId, 2L)
                .containsEntry("capacity/patient/OVERALL/-", 2L)
                .containsEntry("community/kendal/OVERALL/-", 2L)
                .containsEntry("comments/*/OVERALL/-", 2L)
                .containsEntry("comments/*/COMMUNITY/" + kendalId, 2L);
        assertThat(counted.keySet()).noneMatch(key -> key.startsWith("comments/") && !key.startsWith("comments/*/"));
        assertThat(counted.keySet()).noneMatch(key -> key.startsWith("matters/staff/"));
        assertThat(tallies).allMatch(tally -> tally.count() > 0);
        assertThat(tallies).filteredOn(tally -> tally.breakdown() == Breakdown.OVERALL)
                .allMatch(tally -> tally.group().isEmpty());
        assertThat(responses.count(consultation.id())).isEqualTo(4);
        assertThat(responses.countReceived(consultation.id(), at(2), at(4))).as("from the second, before the fourth")
                .isEqualTo(2);
        assertThat(responses.countReceived(other.id(), at(1), at(9))).as("received at the end, left out").isZero();
        assertThat(responses.tallies(ConsultationId.random())).isEmpty();
    }

    @Test
    void a_free_text_answer_given_with_consent_waits_in_order_is_published_once_and_read_back_without_its_writer() {
        Consultation consultation = open("maternity");
        StaffMemberId moderator = storedStaffMember("moderator@example.nhs.uk").id();
        Response first = answer(consultation, at(5), true, List.of(Answer.of("support", "agree"),
                Answer.of("comments", "Keep the birth centre")));
        Response second = answer(consultation, at(6), true, List.of(Answer.of("support", "agree"),
                Answer.of("comments", "More midwives")));
        Response withoutConsent = answer(consultation, at(7), false, List.of(Answer.of("support", "agree"),
                Answer.of("comments", "Not to be published")));
        FreeTextAnswers answers = port(FreeTextAnswers.class);
        transactions().inTransaction(() -> {
            for (Response response : List.of(first, second, withoutConsent)) {
                port(ConsultationResponses.class).add(response, Secrets.sha256("r-" + response.id()));
                answers.addAll(consultation.forModeration(response));
            }
            return null;
        });

        List<FreeTextAnswer> page = answers.awaiting(consultation.id(), Optional.empty(), 1);
        List<FreeTextAnswer> after = answers.awaiting(consultation.id(), Optional.of(new FreeTextAnswers.Position(
                page.getFirst().receivedAt(), page.getFirst().id().value())), 10);
        FreeTextAnswer published = transactions().inTransaction(() -> answers.update(page.getFirst()
                .publish("Keep the birth centre", moderator, at(8)))).orElseThrow();
        boolean staleStored = transactions().inTransaction(() -> answers.update(page.getFirst()
                .withhold(WithholdReason.OFF_TOPIC, Optional.empty(), moderator, at(9)))).isPresent();

        assertThat(page).singleElement().satisfies(answer -> assertThat(answer.text()).isEqualTo("Keep the birth centre"));
        assertThat(after).extracting(FreeTextAnswer::text).containsExactly("More midwives");
        assertThat(staleStored).isFalse();
        assertThat(answers.find(published.id())).contains(published);
        assertThat(answers.countAwaiting(consultation.id())).isOne();
        assertThat(answers.published(consultation.id())).containsExactly(
                new FreeTextAnswers.Published(new QuestionId("comments"), "Keep the birth centre"));
        assertThat(port(ConsultationResponses.class).findByTokenHash(Secrets.sha256("r-" + first.id())).orElseThrow()
                .publishFreeText()).isTrue();
    }

    @Test
    void an_address_left_for_updates_is_listed_once_per_consultation_and_forgotten_on_request() {
        Consultation consultation = open("maternity");
        EmailAddress resident = new EmailAddress("resident@example.org");
        RespondentEmails emails = port(RespondentEmails.class);
        transactions().inTransaction(() -> {
            for (int i = 0; i < 2; i++) {
                Response response = answer(consultation, at(5 + i), false, List.of(Answer.of("support", "agree")));
                port(ConsultationResponses.class).add(response, Secrets.sha256("r-" + i));
                emails.add(response.id(), consultation.id(), resident);
            }
            return null;
        });

        assertThat(emails.forUpdates(consultation.id())).containsExactly(resident);
        assertThat(emails.consultationsOf(resident)).containsExactly(consultation.id());
        assertThat(transactions().inTransaction(() -> emails.forget(resident))).isEqualTo(2);
        assertThat(emails.forUpdates(consultation.id())).isEmpty();
    }

    private Response answer(Consultation consultation, Instant at, boolean publishFreeText, List<Answer> answers) {
        return ((Answering.Accepted) consultation.answer(ResponseId.random(), answers, publishFreeText, at, Map.of()))
                .response();
    }

    private Consultation open(String slug) {
        Consultations consultations = port(Consultations.class);
        return transactions().inTransaction(() -> consultations.update(consultations.add(consultation(slug))
                .schedule(at(0)))).orElseThrow();
    }

    private Response answer(Consultation consultation, Instant at, List<Answer> answers) {
        Answering answering = consultation.answer(ResponseId.random(), answers, at,
                Map.of(new Slug("kendal"), kendal, new Slug("barrow-town"), barrow));
        return ((Answering.Accepted) answering).response();
    }

    private Consultation consultation(String slug) {
        return Consultation.draft(ConsultationId.random(), new Slug(slug), new Subject.AboutCommunity(kendal),
                "Maternity care in Kendal", "Where should babies be born?",
                List.of(DocumentLink.of("The case for change", "https://example.org/case.pdf"),
                        DocumentLink.of("Travel times", "https://example.org/travel.pdf")),
                "Where midwife-led births take place", MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY,
                new OpeningTimes(at(0), at(0).plus(Duration.ofDays(30))),
                List.of(new Question(new QuestionId("support"), "Do you support it?", Optional.of("Choose one."),
                                true, QuestionKind.Scale.agreement()),
                        new Question(new QuestionId("matters"), "What matters most?", Optional.empty(), false,
                                new QuestionKind.MultipleChoice(List.of(new Option("travel", "Travel"),
                                        new Option("waiting", "Waiting"), new Option("staff", "Staff")), 2)),
                        new Question(new QuestionId("comments"), "Anything else?", Optional.empty(), false,
                                new QuestionKind.FreeText(500)),
                        new Question(new QuestionId("capacity"), AboutYouTopic.RESPONDENT_TYPE.usualWording(),
                                Optional.empty(), false, new QuestionKind.AboutYou(AboutYouTopic.RESPONDENT_TYPE)),
                        new Question(new QuestionId("community"), AboutYouTopic.COMMUNITY.usualWording(),
                                Optional.empty(), false, new QuestionKind.AboutYou(AboutYouTopic.COMMUNITY))));
    }
}
