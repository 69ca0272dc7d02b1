package org.bettercaretogether.persistence.consultation;

import org.bettercaretogether.application.consultation.ConsultationResponses;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.RespondentTypes;
import org.bettercaretogether.domain.consultation.Response;
import org.bettercaretogether.domain.consultation.ResponseId;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Origin;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Records;
import org.jooq.Result;
import org.jooq.Row4;
import org.jooq.TableField;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.bettercaretogether.persistence.jooq.Tables.CONSULTATION_ANSWER;
import static org.bettercaretogether.persistence.jooq.Tables.CONSULTATION_QUESTION;
import static org.bettercaretogether.persistence.jooq.Tables.CONSULTATION_RESPONSE;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.grouping;
import static org.jooq.impl.DSL.groupingSets;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;

/**
 * The responses in {@code consultation_response}, their answers one row per value in {@code consultation_answer}.
 * Results are counted in one statement over one consultation's rows, with GROUPING SETS: how many responses answered
 * each question and chose each option, overall, by respondent type and by community.
 */
public final class JooqConsultationResponses implements ConsultationResponses {

    /** An answer's value as an option chosen, for the questions counted by option; null for the others. */
    private static final Field<String> OPTION = when(CONSULTATION_QUESTION.COUNTED_BY_OPTION, CONSULTATION_ANSWER.VALUE)
            .as("option");
    private static final Field<String> OPTION_VALUE = when(CONSULTATION_QUESTION.COUNTED_BY_OPTION,
            CONSULTATION_ANSWER.VALUE);

    private static final Field<List<Answer>> ANSWERS = answersIn(CONSULTATION_ANSWER.QUESTION_KEY,
            CONSULTATION_ANSWER.VALUE, CONSULTATION_ANSWER.POSITION, CONSULTATION_RESPONSE.CONSULTATION_ID,
            CONSULTATION_ANSWER.RESPONSE_ID.eq(CONSULTATION_RESPONSE.ID));

    private final DSLContext dsl;

    public JooqConsultationResponses(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Response response, String tokenHash) {
        dsl.insertInto(CONSULTATION_RESPONSE)
                .set(CONSULTATION_RESPONSE.ID, response.id().value())
                .set(CONSULTATION_RESPONSE.CONSULTATION_ID, response.consultation().value())
                .set(CONSULTATION_RESPONSE.RECEIVED_AT, response.receivedAt().atOffset(ZoneOffset.UTC))
                .set(CONSULTATION_RESPONSE.RESPONDENT_TYPE, response.respondentType().map(Enum::name).orElse(null))
                .set(CONSULTATION_RESPONSE.COMMUNITY_ID, response.community().map(CommunityId::value).orElse(null))
                .set(CONSULTATION_RESPONSE.TOKEN_HASH, tokenHash)
                .set(CONSULTATION_RESPONSE.PUBLISH_FREE_TEXT, response.publishFreeText())
                .set(CONSULTATION_RESPONSE.CHANNEL, response.origin().channel().name())
                .set(CONSULTATION_RESPONSE.RECEIVED_ON, response.origin().receivedOn())
                .set(CONSULTATION_RESPONSE.EVENT_OR_BATCH, response.origin().eventOrBatch().orElse(null))
                .set(CONSULTATION_RESPONSE.ENTERED_BY, response.origin().enteredBy().map(StaffMemberId::value)
                        .orElse(null))
                .execute();
        List<Row4<UUID, String, Integer, String>> rows = valueRows(response.id().value(), response.answers());
        if (!rows.isEmpty()) {
            dsl.insertInto(CONSULTATION_ANSWER, CONSULTATION_ANSWER.RESPONSE_ID, CONSULTATION_ANSWER.QUESTION_KEY,
                    CONSULTATION_ANSWER.POSITION, CONSULTATION_ANSWER.VALUE).valuesOfRows(rows).execute();
        }
    }

    @Override
    public long count(ConsultationId consultation) {
        return dsl.fetchCount(CONSULTATION_RESPONSE, CONSULTATION_RESPONSE.CONSULTATION_ID.eq(consultation.value()));
    }

    @Override
    public long countReceived(ConsultationId consultation, Instant from, Instant until) {
        return dsl.fetchCount(CONSULTATION_RESPONSE, CONSULTATION_RESPONSE.CONSULTATION_ID.eq(consultation.value()),
                CONSULTATION_RESPONSE.RECEIVED_AT.ge(from.atOffset(ZoneOffset.UTC)),
                CONSULTATION_RESPONSE.RECEIVED_AT.lt(until.atOffset(ZoneOffset.UTC)));
    }

    @Override
    public Optional<Response> findByTokenHash(String tokenHash) {
        return dsl.select(CONSULTATION_RESPONSE.ID, CONSULTATION_RESPONSE.CONSULTATION_ID,
                        CONSULTATION_RESPONSE.RECEIVED_AT, ANSWERS, CONSULTATION_RESPONSE.RESPONDENT_TYPE,
                        CONSULTATION_RESPONSE.COMMUNITY_ID, CONSULTATION_RESPONSE.PUBLISH_FREE_TEXT,
                        CONSULTATION_RESPONSE.CHANNEL, CONSULTATION_RESPONSE.RECEIVED_ON,
                        CONSULTATION_RESPONSE.EVENT_OR_BATCH, CONSULTATION_RESPONSE.ENTERED_BY)
                .from(CONSULTATION_RESPONSE)
                .where(CONSULTATION_RESPONSE.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(Records.mapping(JooqConsultationResponses::response));
    }

    @Override
    public List<Tally> tallies(ConsultationId consultation) {
        Field<String> key = CONSULTATION_ANSWER.QUESTION_KEY;
        Field<String> type = CONSULTATION_RESPONSE.RESPONDENT_TYPE;
        Field<UUID> community = CONSULTATION_RESPONSE.COMMUNITY_ID;
        return dsl.select(key, OPTION, type, community, grouping(OPTION_VALUE), grouping(type), grouping(community),
                        countDistinct(CONSULTATION_RESPONSE.ID))
                .from(CONSULTATION_RESPONSE)
                .join(CONSULTATION_ANSWER).on(CONSULTATION_ANSWER.RESPONSE_ID.eq(CONSULTATION_RESPONSE.ID))
                .join(CONSULTATION_QUESTION).on(CONSULTATION_QUESTION.CONSULTATION_ID
                        .eq(CONSULTATION_RESPONSE.CONSULTATION_ID)
                        .and(CONSULTATION_QUESTION.KEY.eq(CONSULTATION_ANSWER.QUESTION_KEY)))
                .where(CONSULTATION_RESPONSE.CONSULTATION_ID.eq(consultation.value()))
                .groupBy(groupingSets(List.of(key), List.of(key, type), List.of(key, community),
                        List.of(key, OPTION_VALUE), List.of(key, OPTION_VALUE, type),
                        List.of(key, OPTION_VALUE, community)))
                .fetch()
                .stream()
                .filter(row -> row.value5() == 1 || row.value2() != null) // an option set's row of an uncounted question
                .map(row -> new Tally(new QuestionId(row.value1()), Optional.ofNullable(row.value2()),
                        row.value6() == 0 ? Breakdown.RESPONDENT_TYPE
                                : row.value7() == 0 ? Breakdown.COMMUNITY : Breakdown.OVERALL,
                        row.value6() == 0 ? Optional.ofNullable(row.value3())
                                .map(stored -> RespondentTypes.code(ContributorRole.valueOf(stored)))
                                : row.value7() == 0 ? Optional.ofNullable(row.value4()).map(UUID::toString)
                                : Optional.empty(),
                        row.value8()))
                .toList();
    }

    // Rows to responses -------------------------------------------------------------------------------------------

    private static Response response(UUID id, UUID consultation, OffsetDateTime receivedAt, List<Answer> answers,
                                     String respondentType, UUID community, Boolean publishFreeText, String channel,
                                     LocalDate receivedOn, String eventOrBatch, UUID enteredBy) {
        return new Response(new ResponseId(id), new ConsultationId(consultation), receivedAt.toInstant(), answers,
                Optional.ofNullable(respondentType).map(ContributorRole::valueOf),
                Optional.ofNullable(community).map(CommunityId::new), publishFreeText,
                new Origin(Channel.valueOf(channel), receivedOn, Optional.ofNullable(eventOrBatch),
                        Optional.ofNullable(enteredBy).map(StaffMemberId::new)));
    }

    /**
     * The answers held one value a row in the table of {@code questionKey}, those of the row {@code owned} picks out
     * (of the consultation {@code consultation}), in the order of the questions, each in the order of its values.
     */
    static Field<List<Answer>> answersIn(TableField<?, String> questionKey, TableField<?, String> value,
                                         TableField<?, Integer> position, Field<UUID> consultation,
                                         Condition owned) {
        return multiset(select(questionKey, value)
                .from(questionKey.getTable())
                .join(CONSULTATION_QUESTION).on(CONSULTATION_QUESTION.CONSULTATION_ID.eq(consultation)
                        .and(CONSULTATION_QUESTION.KEY.eq(questionKey)))
                .where(owned)
                .orderBy(CONSULTATION_QUESTION.POSITION, position))
                .as("answers")
                .convertFrom(JooqConsultationResponses::answers);
    }

    /** The rows of {@code answers} as the answer tables hold them: one a value, under {@code owner}. */
    static <K> List<Row4<K, String, Integer, String>> valueRows(K owner, List<Answer> answers) {
        List<Row4<K, String, Integer, String>> rows = new ArrayList<>();
        for (Answer answer : answers) {
            for (int i = 0; i < answer.values().size(); i++) {
                rows.add(row(owner, answer.question().value(), i, answer.values().get(i)));
            }
        }
        return rows;
    }

    /** The rows of a response's answers, in the order of the questions, one answer per question. */
    static List<Answer> answers(Result<Record2<String, String>> rows) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        rows.forEach(row -> values.computeIfAbsent(row.value1(), question -> new ArrayList<>()).add(row.value2()));
        return values.entrySet().stream().map(entry -> new Answer(new QuestionId(entry.getKey()), entry.getValue()))
                .toList();
    }
}
