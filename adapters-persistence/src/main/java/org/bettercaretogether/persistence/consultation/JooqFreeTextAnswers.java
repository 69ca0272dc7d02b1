package org.bettercaretogether.persistence.consultation;

import org.bettercaretogether.application.consultation.FreeTextAnswers;
import org.bettercaretogether.application.consultation.FreeTextModerationService;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.FreeTextAnswer;
import org.bettercaretogether.domain.consultation.FreeTextAnswerId;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.ResponseId;
import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.feedback.PublicText;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record8;
import org.jooq.Records;
import org.jooq.SelectField;
import org.jooq.SelectOnConditionStep;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.bettercaretogether.persistence.jooq.Tables.CONSULTATION_ANSWER;
import static org.bettercaretogether.persistence.jooq.Tables.CONSULTATION_FREE_TEXT;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;

/**
 * The moderation of free-text answers in {@code consultation_free_text}; the words as written are read from the
 * answer's own row in {@code consultation_answer}, never copied. The queue is paged by (received, id), which a partial
 * index over the pending answers serves.
 */
public final class JooqFreeTextAnswers implements FreeTextAnswers {

    private static final SelectField<Moderation> MODERATION = row(CONSULTATION_FREE_TEXT.MODERATION,
            CONSULTATION_FREE_TEXT.PUBLIC_TEXT, CONSULTATION_FREE_TEXT.WITHHOLD_REASON,
            CONSULTATION_FREE_TEXT.WITHHOLD_NOTE, CONSULTATION_FREE_TEXT.MODERATED_AT,
            CONSULTATION_FREE_TEXT.MODERATED_BY).mapping(JooqFreeTextAnswers::moderation);

    private final DSLContext dsl;

    public JooqFreeTextAnswers(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void addAll(List<FreeTextAnswer> answers) {
        for (FreeTextAnswer answer : answers) {
            dsl.insertInto(CONSULTATION_FREE_TEXT)
                    .set(CONSULTATION_FREE_TEXT.ID, answer.id().value())
                    .set(CONSULTATION_FREE_TEXT.RESPONSE_ID, answer.response().value())
                    .set(CONSULTATION_FREE_TEXT.QUESTION_KEY, answer.question().value())
                    .set(CONSULTATION_FREE_TEXT.CONSULTATION_ID, answer.consultation().value())
                    .set(CONSULTATION_FREE_TEXT.RECEIVED_AT, answer.receivedAt().atOffset(ZoneOffset.UTC))
                    .set(CONSULTATION_FREE_TEXT.MODERATION, FreeTextModerationService.moderation(answer.moderation()))
                    .set(CONSULTATION_FREE_TEXT.VERSION, 1L)
                    .execute();
        }
    }

    @Override
    public Optional<FreeTextAnswer> find(FreeTextAnswerId id) {
        return select(CONSULTATION_FREE_TEXT.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public Optional<FreeTextAnswer> update(FreeTextAnswer answer) {
        Moderation moderation = answer.moderation();
        var published = moderation instanceof Moderation.Published p ? Optional.of(p) : Optional.<Moderation.Published>empty();
        var withheld = moderation instanceof Moderation.Withheld w ? Optional.of(w) : Optional.<Moderation.Withheld>empty();
        int updated = dsl.update(CONSULTATION_FREE_TEXT)
                .set(CONSULTATION_FREE_TEXT.MODERATION, FreeTextModerationService.moderation(moderation))
                .set(CONSULTATION_FREE_TEXT.PUBLIC_TEXT, published.map(p -> p.text().value()).orElse(null))
                .set(CONSULTATION_FREE_TEXT.WITHHOLD_REASON, withheld.map(w -> w.reason().name()).orElse(null))
                .set(CONSULTATION_FREE_TEXT.WITHHOLD_NOTE, withheld.flatMap(Moderation.Withheld::note).orElse(null))
                .set(CONSULTATION_FREE_TEXT.MODERATED_AT, published.map(Moderation.Published::at)
                        .or(() -> withheld.map(Moderation.Withheld::at)).map(at -> at.atOffset(ZoneOffset.UTC))
                        .orElse(null))
                .set(CONSULTATION_FREE_TEXT.MODERATED_BY, published.map(Moderation.Published::by)
                        .or(() -> withheld.map(Moderation.Withheld::by)).map(StaffMemberId::value).orElse(null))
                .set(CONSULTATION_FREE_TEXT.VERSION, answer.version() + 1)
                .where(CONSULTATION_FREE_TEXT.ID.eq(answer.id().value()))
                .and(CONSULTATION_FREE_TEXT.VERSION.eq(answer.version()))
                .execute();
        return updated == 1 ? Optional.of(answer.withVersion(answer.version() + 1)) : Optional.empty();
    }

    @Override
    public List<FreeTextAnswer> awaiting(ConsultationId consultation, Optional<Position> after, int limit) {
        return selectAnswers()
                .where(CONSULTATION_FREE_TEXT.CONSULTATION_ID.eq(consultation.value()))
                .and(CONSULTATION_FREE_TEXT.MODERATION.eq("PENDING"))
                .and(after.map(position -> row(CONSULTATION_FREE_TEXT.RECEIVED_AT, CONSULTATION_FREE_TEXT.ID)
                        .gt(position.receivedAt().atOffset(ZoneOffset.UTC), position.id())).orElse(noCondition()))
                .orderBy(CONSULTATION_FREE_TEXT.RECEIVED_AT, CONSULTATION_FREE_TEXT.ID)
                .limit(limit)
                .fetch(Records.mapping(JooqFreeTextAnswers::answer));
    }

    @Override
    public int countAwaiting(ConsultationId consultation) {
        return dsl.fetchCount(CONSULTATION_FREE_TEXT, CONSULTATION_FREE_TEXT.CONSULTATION_ID.eq(consultation.value())
                .and(CONSULTATION_FREE_TEXT.MODERATION.eq("PENDING")));
    }

    @Override
    public List<Published> published(ConsultationId consultation) {
        return dsl.select(CONSULTATION_FREE_TEXT.QUESTION_KEY, CONSULTATION_FREE_TEXT.PUBLIC_TEXT)
                .from(CONSULTATION_FREE_TEXT)
                .where(CONSULTATION_FREE_TEXT.CONSULTATION_ID.eq(consultation.value()))
                .and(CONSULTATION_FREE_TEXT.MODERATION.eq("PUBLISHED"))
                .orderBy(CONSULTATION_FREE_TEXT.MODERATED_AT, CONSULTATION_FREE_TEXT.ID)
                .limit(MOST_PUBLISHED)
                .fetch(row -> new Published(new QuestionId(row.value1()), row.value2()));
    }

    private List<FreeTextAnswer> select(Condition which) {
        return selectAnswers().where(which).fetch(Records.mapping(JooqFreeTextAnswers::answer));
    }

    /** The answers with their words, to be narrowed down. */
    private SelectOnConditionStep<Record8<UUID, UUID, UUID, String, String, OffsetDateTime, Moderation, Long>> selectAnswers() {
        return dsl.select(CONSULTATION_FREE_TEXT.ID, CONSULTATION_FREE_TEXT.RESPONSE_ID,
                        CONSULTATION_FREE_TEXT.CONSULTATION_ID, CONSULTATION_FREE_TEXT.QUESTION_KEY,
                        CONSULTATION_ANSWER.VALUE, CONSULTATION_FREE_TEXT.RECEIVED_AT, MODERATION,
                        CONSULTATION_FREE_TEXT.VERSION)
                .from(CONSULTATION_FREE_TEXT)
                .join(CONSULTATION_ANSWER).on(answerOf());
    }

    /** The row of {@code consultation_answer} holding the words: a free-text answer has one value. */
    private static Condition answerOf() {
        return CONSULTATION_ANSWER.RESPONSE_ID.eq(CONSULTATION_FREE_TEXT.RESPONSE_ID)
                .and(CONSULTATION_ANSWER.QUESTION_KEY.eq(CONSULTATION_FREE_TEXT.QUESTION_KEY))
                .and(CONSULTATION_ANSWER.POSITION.eq(0));
    }

    private static FreeTextAnswer answer(UUID id, UUID response, UUID consultation, String question, String text,
                                         OffsetDateTime receivedAt, Moderation moderation, Long version) {
        return new FreeTextAnswer(new FreeTextAnswerId(id), new ResponseId(response), new ConsultationId(consultation),
                new QuestionId(question), text, receivedAt.toInstant(), moderation, version);
    }

    private static Moderation moderation(String decision, String publicText, String withholdReason,
                                         String withholdNote, OffsetDateTime at, UUID by) {
        return switch (decision) {
            case "PENDING" -> new Moderation.Pending();
            case "PUBLISHED" -> new Moderation.Published(new PublicText(publicText), at.toInstant(),
                    new StaffMemberId(by));
            case "WITHHELD" -> new Moderation.Withheld(WithholdReason.valueOf(withholdReason),
                    Optional.ofNullable(withholdNote), at.toInstant(), new StaffMemberId(by));
            default -> throw new IllegalStateException("unknown moderation " + decision + " of a free-text answer");
        };
    }
}
