package org.bettercaretogether.persistence.consultation;

import org.bettercaretogether.application.consultation.AnswersInProgress;
import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Row4;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.bettercaretogether.persistence.jooq.Tables.UNSENT_ANSWER;
import static org.bettercaretogether.persistence.jooq.Tables.UNSENT_RESPONSE;

/**
 * The answers given on the web and not yet sent, in {@code unsent_response}, their values one row each in
 * {@code unsent_answer}; keeping a set again replaces its values, under the same token hash.
 */
public final class JooqAnswersInProgress implements AnswersInProgress {

    private static final Field<List<Answer>> ANSWERS = JooqConsultationResponses.answersIn(
            UNSENT_ANSWER.QUESTION_KEY, UNSENT_ANSWER.VALUE, UNSENT_ANSWER.POSITION, UNSENT_RESPONSE.CONSULTATION_ID,
            UNSENT_ANSWER.TOKEN_HASH.eq(UNSENT_RESPONSE.TOKEN_HASH));

    private final DSLContext dsl;

    public JooqAnswersInProgress(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<UnsentAnswers> find(String tokenHash, Instant now) {
        return dsl.select(UNSENT_RESPONSE.TOKEN_HASH, UNSENT_RESPONSE.CONSULTATION_ID, ANSWERS,
                        UNSENT_RESPONSE.EXPIRES_AT)
                .from(UNSENT_RESPONSE)
                .where(UNSENT_RESPONSE.TOKEN_HASH.eq(tokenHash), UNSENT_RESPONSE.EXPIRES_AT.gt(time(now)))
                .fetchOptional(Records.mapping(JooqAnswersInProgress::unsent));
    }

    @Override
    public void keep(UnsentAnswers answers) {
        dsl.insertInto(UNSENT_RESPONSE)
                .set(UNSENT_RESPONSE.TOKEN_HASH, answers.tokenHash())
                .set(UNSENT_RESPONSE.CONSULTATION_ID, answers.consultation().value())
                .set(UNSENT_RESPONSE.EXPIRES_AT, time(answers.expiresAt()))
                .onConflict(UNSENT_RESPONSE.TOKEN_HASH)
                .doUpdate()
                .set(UNSENT_RESPONSE.CONSULTATION_ID, answers.consultation().value())
                .set(UNSENT_RESPONSE.EXPIRES_AT, time(answers.expiresAt()))
                .execute();
        dsl.deleteFrom(UNSENT_ANSWER).where(UNSENT_ANSWER.TOKEN_HASH.eq(answers.tokenHash())).execute();
        List<Row4<String, String, Integer, String>> rows = JooqConsultationResponses.valueRows(answers.tokenHash(),
                answers.answers());
        if (!rows.isEmpty()) {
            dsl.insertInto(UNSENT_ANSWER, UNSENT_ANSWER.TOKEN_HASH, UNSENT_ANSWER.QUESTION_KEY,
                    UNSENT_ANSWER.POSITION, UNSENT_ANSWER.VALUE).valuesOfRows(rows).execute();
        }
    }

    @Override
    public void remove(String tokenHash) {
        dsl.deleteFrom(UNSENT_RESPONSE).where(UNSENT_RESPONSE.TOKEN_HASH.eq(tokenHash)).execute();
    }

    private static UnsentAnswers unsent(String tokenHash, UUID consultation, List<Answer> answers,
                                        OffsetDateTime expiresAt) {
        return new UnsentAnswers(tokenHash, new ConsultationId(consultation), answers, expiresAt.toInstant());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
