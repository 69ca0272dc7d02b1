package org.bettercaretogether.persistence.keyquestion;

import org.bettercaretogether.application.keyquestion.KeyQuestions;
import org.bettercaretogether.domain.keyquestion.KeyQuestion;
import org.bettercaretogether.domain.keyquestion.KeyQuestionId;
import org.bettercaretogether.persistence.jooq.tables.records.KeyQuestionRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.bettercaretogether.persistence.jooq.Tables.KEY_QUESTION;
import static org.jooq.impl.DSL.noCondition;

/**
 * The key questions in the {@code key_question} table, one row each, read by position. Positions are unique when the
 * transaction commits, so a move or a removal may pass through a tie on the way. Holding the list locks the table
 * against other writers (readers carry on) until the transaction ends: a second member of staff adding a question at
 * the same moment waits, then sees the first one's question and takes the next position. Times keep PostgreSQL's
 * precision, microseconds. Rows become key questions in {@link #keyQuestion} and key questions rows in {@link #row},
 * nowhere else.
 */
public final class JooqKeyQuestions implements KeyQuestions {

    private final DSLContext dsl;

    public JooqKeyQuestions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<KeyQuestion> all() {
        return where(noCondition());
    }

    @Override
    public List<KeyQuestion> allHeld() {
        // SHARE ROW EXCLUSIVE conflicts with itself and with every write, not with plain reads: the public page
        // never waits for staff. jOOQ has no LOCK TABLE statement, so the table is named through its generated class.
        dsl.query("lock table {0} in share row exclusive mode", KEY_QUESTION).execute();
        return all();
    }

    @Override
    public Optional<KeyQuestion> find(KeyQuestionId id) {
        return where(KEY_QUESTION.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public KeyQuestion add(KeyQuestion question) {
        KeyQuestion stored = question.withVersion(1);
        dsl.insertInto(KEY_QUESTION).set(row(stored)).execute();
        return stored;
    }

    @Override
    public Optional<KeyQuestion> update(KeyQuestion question) {
        KeyQuestion stored = question.withVersion(question.version() + 1);
        int updated = dsl.update(KEY_QUESTION).set(row(stored))
                .where(KEY_QUESTION.ID.eq(question.id().value()).and(KEY_QUESTION.VERSION.eq(question.version())))
                .execute();
        return updated == 1 ? Optional.of(stored) : Optional.empty();
    }

    @Override
    public boolean remove(KeyQuestion question) {
        return dsl.deleteFrom(KEY_QUESTION)
                .where(KEY_QUESTION.ID.eq(question.id().value()).and(KEY_QUESTION.VERSION.eq(question.version())))
                .execute() == 1;
    }

    private List<KeyQuestion> where(Condition condition) {
        return dsl.select(KEY_QUESTION.ID, KEY_QUESTION.QUESTION, KEY_QUESTION.ANSWER, KEY_QUESTION.POSITION,
                        KEY_QUESTION.CHANGED_AT, KEY_QUESTION.VERSION)
                .from(KEY_QUESTION)
                .where(condition)
                .orderBy(KEY_QUESTION.POSITION, KEY_QUESTION.ID)
                .fetch(Records.mapping(JooqKeyQuestions::keyQuestion));
    }

    private static KeyQuestion keyQuestion(UUID id, String question, String answer, Integer position,
                                           OffsetDateTime changedAt, Long version) {
        return new KeyQuestion(new KeyQuestionId(id), question, answer, position, changedAt.toInstant(), version);
    }

    private KeyQuestionRecord row(KeyQuestion question) {
        KeyQuestionRecord row = dsl.newRecord(KEY_QUESTION);
        row.setId(question.id().value());
        row.setQuestion(question.question());
        row.setAnswer(question.answer());
        row.setPosition(question.position());
        row.setChangedAt(question.changedAt().atOffset(ZoneOffset.UTC));
        row.setVersion(question.version());
        return row;
    }
}
