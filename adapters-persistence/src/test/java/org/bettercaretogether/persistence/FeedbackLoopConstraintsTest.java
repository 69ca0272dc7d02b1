package org.bettercaretogether.persistence;

import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.persistence.jooq.tables.records.FeedbackRecord;
import org.bettercaretogether.persistence.jooq.tables.records.OutgoingMailRecord;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.bettercaretogether.persistence.CheckViolations.assertRefusedBy;
import static org.bettercaretogether.persistence.jooq.Tables.CHANGE_MADE;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK_TRANSITION;
import static org.bettercaretogether.persistence.jooq.Tables.OUTGOING_MAIL;
import static org.bettercaretogether.persistence.jooq.Tables.THEME;

/** The feedback loop's tables refuse what the domain forbids, whoever writes. */
@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class FeedbackLoopConstraintsTest {

    private static final OffsetDateTime NINE = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    private static DSLContext dsl;
    private static UUID moderator;
    private static UUID meeting;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        PostgresAdapters postgres = new PostgresAdapters(dataSource);
        FeedbackFixtures.Directory directory = FeedbackFixtures.directory(postgres);
        moderator = directory.amina().value();
        meeting = FeedbackFixtures.meetingInKendal(postgres, directory, NINE.toInstant()).value();
    }

    @Test
    void accepts_the_plainest_view_the_domain_can_make() {
        UUID id = insertView(view -> { });

        assertThat(dsl.fetchExists(FEEDBACK, FEEDBACK.ID.eq(id))).isTrue();
    }

    @Test
    void refuses_a_channel_contributor_or_moderation_the_domain_does_not_know() {
        assertRefusedBy("feedback_channel_known", () -> insertView(view -> {
            view.setChannel("CARRIER_PIGEON");
            view.setEnteredBy(moderator);
        }));
        assertRefusedBy("feedback_contributor_role_known", () -> insertView(view -> view.setContributorRole("ROBOT")));
        assertRefusedBy("feedback_moderation_known", () -> insertView(view -> view.setModeration("APPROVED")));
        assertRefusedBy("feedback_subject_kind_known", () -> insertView(view -> view.setSubjectKind("meeting")));
    }

    @Test
    void refuses_a_withhold_reason_or_a_step_of_history_the_domain_does_not_know() {
        assertRefusedBy("feedback_withhold_reason_known", () -> insertView(view -> {
            view.setModeration("WITHHELD");
            view.setWithholdReason("BORING");
            view.setWithheldAt(NINE);
            view.setWithheldBy(moderator);
        }));
        UUID id = insertView(view -> { });
        assertRefusedBy("feedback_transition_kind_known", () -> dsl.insertInto(FEEDBACK_TRANSITION)
                .set(FEEDBACK_TRANSITION.FEEDBACK_ID, id).set(FEEDBACK_TRANSITION.POSITION, 0)
                .set(FEEDBACK_TRANSITION.AT, NINE).set(FEEDBACK_TRANSITION.KIND, "LIKED")
                .set(FEEDBACK_TRANSITION.DETAIL, "")
                .execute());
    }

    @Test
    void accepts_a_meeting_for_a_view_given_at_a_meeting_and_refuses_it_for_any_other_channel() {
        UUID id = insertView(view -> {
            view.setChannel("MEETING");
            view.setEnteredBy(moderator);
            view.setMeetingId(meeting);
        });

        assertThat(dsl.select(FEEDBACK.MEETING_ID).from(FEEDBACK).where(FEEDBACK.ID.eq(id)).fetchSingle().value1())
                .isEqualTo(meeting);
        assertRefusedBy("feedback_meeting_only_at_meetings", () -> insertView(view -> view.setMeetingId(meeting)));
        assertRefusedBy("feedback_meeting_only_at_meetings", () -> insertView(view -> {
            view.setChannel("LETTER");
            view.setEnteredBy(moderator);
            view.setMeetingId(meeting);
        }));
    }

    @Test
    void refuses_a_meeting_that_is_not_stored() {
        DataAccessException refusal = catchThrowableOfType(DataAccessException.class, () -> insertView(view -> {
            view.setChannel("MEETING");
            view.setEnteredBy(moderator);
            view.setMeetingId(UUID.randomUUID());
        }));

        assertThat(refusal).isNotNull().hasMessageContaining("feedback_meeting_fkey");
        assertThat(refusal.sqlState()).isEqualTo("23503");
    }

    @Test
    void refuses_a_view_published_without_consent_or_without_its_public_text() {
        assertRefusedBy("feedback_published_with_consent", () -> insertView(view -> {
            published(view);
            view.setConsentToPublish(false);
        }));
        assertRefusedBy("feedback_moderation_details", () -> insertView(view -> {
            published(view);
            view.setPublicText(null);
        }));
    }

    @Test
    void refuses_a_view_whose_texts_are_blank_or_longer_than_their_limit_in_characters() {
        assertRefusedBy("feedback_original_text_text", () -> insertView(view -> view.setOriginalText("   ")));
        assertRefusedBy("feedback_original_text_text", () -> insertView(view -> view.setOriginalText("")));
        assertRefusedBy("feedback_original_text_text", () -> insertView(view -> view.setOriginalText("x".repeat(5001))));
        assertRefusedBy("feedback_public_text_text", () -> insertView(view -> {
            published(view);
            view.setPublicText("  ");
        }));
        // Two bytes each: 5,000 characters are 10,000 bytes, and allowed.
        UUID accented = insertView(view -> view.setOriginalText(" é".repeat(2500).substring(1) + "é"));

        assertThat(dsl.fetchValue(FEEDBACK.ORIGINAL_TEXT, FEEDBACK.ID.eq(accented))).hasSize(5000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", " a", "a ", "\t", " \n", "é", " éé", "ab", "abc", " abc ", "日本語", " 日本"})
    void is_some_text_says_what_btrim_and_char_length_said_of_a_text(String text) {
        for (int most = 0; most <= 4; most++) {
            Object said = dsl.fetchValue("select btrim(?) <> '' and char_length(?) <= ?", text, text, most);
            Object saysNow = dsl.fetchValue("select is_some_text(?, ?)", text, most);
            assertThat(saysNow).as("'%s' of at most %d characters", text, most).isEqualTo(said);
        }
        assertThat(dsl.fetchValue("select is_some_text(null, 10)")).as("no text").isNull();
    }

    @Test
    void refuses_a_subject_without_its_identity_or_with_another_kinds() {
        assertRefusedBy("feedback_subject_identity", () -> insertView(view -> view.setSubjectKind("community")));
        assertRefusedBy("feedback_subject_identity", () -> insertView(view -> view.setNetworkId(UUID.randomUUID())));
    }

    @Test
    void refuses_a_view_with_neither_its_words_nor_an_erasure_and_an_answer_before_moderation() {
        assertRefusedBy("feedback_text_unless_erased", () -> insertView(view -> view.setOriginalText(null)));
        assertRefusedBy("feedback_response_after_moderation", () -> insertView(view -> {
            view.setResponsePartnerId(UUID.randomUUID());
            view.setResponseText("An answer");
            view.setRespondedAt(NINE);
            view.setRespondedBy(moderator);
        }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jo@Example.org", "jo.example.org", "jo@example", ""})
    void refuses_a_contact_address_not_in_the_domains_lower_case_form(String email) {
        assertRefusedBy("feedback_contact_email_format", () -> insertView(view -> view.setContactEmail(email)));
    }

    @Test
    void refuses_a_change_status_the_domain_does_not_know_or_dates_that_do_not_match_it() {
        assertRefusedBy("change_made_status_known", () -> insertChange("ABANDONED", null, null));
        assertRefusedBy("change_made_started_unless_planned", () -> insertChange("PLANNED", LocalDate.of(2026, 3, 3),
                null));
        assertRefusedBy("change_made_made_on_when_made", () -> insertChange("IN_PROGRESS", LocalDate.of(2026, 3, 3),
                LocalDate.of(2026, 3, 4)));
    }

    @Test
    void refuses_a_message_to_an_address_not_in_lower_case_and_a_negative_count_of_attempts() {
        assertRefusedBy("outgoing_mail_recipient_format", () -> insertMail("Jo@example.org", 0));
        assertRefusedBy("outgoing_mail_attempts_not_negative", () -> insertMail("jo@example.org", -1));
    }

    @Test
    void refuses_a_message_given_up_on_without_a_reason_or_still_claimed_and_a_blank_or_overlong_reason() {
        assertRefusedBy("outgoing_mail_given_up_with_a_reason", () -> insertMail(mail -> mail.setGivenUpAt(NINE)));
        assertRefusedBy("outgoing_mail_given_up_not_claimed", () -> insertMail(mail -> {
            mail.setGivenUpAt(NINE);
            mail.setLastFailure("550 no such mailbox");
            mail.setClaimedUntil(NINE);
        }));
        assertRefusedBy("outgoing_mail_last_failure_text", () -> insertMail(mail -> mail.setLastFailure(" ")));
        assertRefusedBy("outgoing_mail_last_failure_text", () -> insertMail(mail -> mail.setLastFailure("x".repeat(501))));
    }

    @Test
    void refuses_a_second_theme_whose_name_differs_only_in_case() {
        DataAccessException refusal = catchThrowableOfType(DataAccessException.class, () -> dsl.insertInto(THEME)
                .set(THEME.ID, UUID.randomUUID()).set(THEME.NAME, "TRAVEL AND TRANSPORT").set(THEME.IN_USE, true)
                .set(THEME.VERSION, 1L)
                .execute());

        assertThat(refusal).isNotNull().hasMessageContaining("theme_name_key");
        assertThat(refusal.sqlState()).isEqualTo("23505");
    }

    /** Inserts a pending online view about the programme, as {@code adjust} leaves it; answers its id. */
    private static UUID insertView(Consumer<FeedbackRecord> adjust) {
        UUID id = UUID.randomUUID();
        FeedbackRecord view = dsl.newRecord(FEEDBACK);
        view.setId(id);
        view.setReference(FeedbackReference.random().value());
        view.setSubjectKind("programme");
        view.setContributorRole("PATIENT");
        view.setChannel("ONLINE");
        view.setReceivedOn(NINE.toLocalDate());
        view.setOriginalText("The last bus leaves too early.");
        view.setConsentToContact(false);
        view.setConsentToPublish(false);
        view.setTrackingTokenHash(Secrets.sha256(id.toString()));
        view.setReceivedAt(NINE);
        view.setModeration("PENDING");
        view.setVersion(1L);
        adjust.accept(view);
        dsl.insertInto(FEEDBACK).set(view).execute();
        return id;
    }

    private static void published(FeedbackRecord view) {
        view.setModeration("PUBLISHED");
        view.setConsentToPublish(true);
        view.setPublicText("The last bus leaves too early.");
        view.setPublishedAt(NINE);
        view.setPublishedBy(moderator);
    }

    private static void insertChange(String status, LocalDate startedOn, LocalDate madeOn) {
        dsl.insertInto(CHANGE_MADE)
                .set(CHANGE_MADE.ID, UUID.randomUUID()).set(CHANGE_MADE.TITLE, "A later last bus")
                .set(CHANGE_MADE.DESCRIPTION, "The bus leaves later.").set(CHANGE_MADE.STATUS, status)
                .set(CHANGE_MADE.PLANNED_ON, LocalDate.of(2026, 3, 2)).set(CHANGE_MADE.STARTED_ON, startedOn)
                .set(CHANGE_MADE.MADE_ON, madeOn).set(CHANGE_MADE.VERSION, 1L)
                .execute();
    }

    private static void insertMail(String recipient, int attempts) {
        insertMail(mail -> {
            mail.setRecipient(recipient);
            mail.setAttempts(attempts);
        });
    }

    /** Inserts a message due now, as {@code adjust} leaves it. */
    private static void insertMail(Consumer<OutgoingMailRecord> adjust) {
        OutgoingMailRecord mail = dsl.newRecord(OUTGOING_MAIL);
        mail.setId(UUID.randomUUID());
        mail.setRecipient("jo@example.org");
        mail.setSubject("Your view");
        mail.setBody("Thank you.");
        mail.setCreatedAt(NINE);
        mail.setAttempts(0);
        mail.setDueAt(NINE);
        adjust.accept(mail);
        dsl.insertInto(OUTGOING_MAIL).set(mail).execute();
    }
}
