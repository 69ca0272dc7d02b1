package org.bettercaretogether.persistence.consultation;

import org.bettercaretogether.application.consultation.Consultations;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.consultation.AboutYouTopic;
import org.bettercaretogether.domain.consultation.ClosingChange;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.DocumentLink;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Option;
import org.bettercaretogether.domain.consultation.PublishedResults;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.network.NetworkId;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.workstream.WorkstreamId;
import org.bettercaretogether.persistence.jooq.tables.records.ConsultationRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.SelectField;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.bettercaretogether.persistence.jooq.Tables.CONSULTATION;
import static org.bettercaretogether.persistence.jooq.Tables.CONSULTATION_CLOSING_CHANGE;
import static org.bettercaretogether.persistence.jooq.Tables.CONSULTATION_DOCUMENT;
import static org.bettercaretogether.persistence.jooq.Tables.CONSULTATION_OPTION;
import static org.bettercaretogether.persistence.jooq.Tables.CONSULTATION_QUESTION;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

/**
 * The consultations in the {@code consultation} table, with their documents, closing changes and questions (each with
 * its options) read as MULTISETs in the same query. Written in a transaction of their own (a savepoint inside the
 * caller's); an update replaces the documents, closing changes and questions. The rows become consultations in
 * {@link #consultation} and consultations become rows in {@link #consultationRow} and {@link #insertChildren}.
 */
public final class JooqConsultations implements Consultations {

    private static final SelectField<Subject> SUBJECT = row(CONSULTATION.SUBJECT_KIND, CONSULTATION.COMMUNITY_ID,
            CONSULTATION.WORKSTREAM_ID, CONSULTATION.NETWORK_ID).mapping(JooqConsultations::subject);

    private static final Field<List<DocumentLink>> DOCUMENTS = multiset(
            select(CONSULTATION_DOCUMENT.TITLE, CONSULTATION_DOCUMENT.ADDRESS)
                    .from(CONSULTATION_DOCUMENT)
                    .where(CONSULTATION_DOCUMENT.CONSULTATION_ID.eq(CONSULTATION.ID))
                    .orderBy(CONSULTATION_DOCUMENT.POSITION))
            .as("documents")
            .convertFrom(rows -> rows.map(Records.mapping((title, address) -> new DocumentLink(title, URI.create(address)))));

    private static final Field<List<ClosingChange>> CLOSING_CHANGES = multiset(
            select(CONSULTATION_CLOSING_CHANGE.KIND, CONSULTATION_CLOSING_CHANGE.FROM_AT,
                    CONSULTATION_CLOSING_CHANGE.TO_AT, CONSULTATION_CLOSING_CHANGE.REASON,
                    CONSULTATION_CLOSING_CHANGE.DECIDED_AT)
                    .from(CONSULTATION_CLOSING_CHANGE)
                    .where(CONSULTATION_CLOSING_CHANGE.CONSULTATION_ID.eq(CONSULTATION.ID))
                    .orderBy(CONSULTATION_CLOSING_CHANGE.POSITION))
            .as("closing_changes")
            .convertFrom(rows -> rows.map(Records.mapping((kind, from, to, reason, decidedAt) -> new ClosingChange(
                    ClosingChange.Kind.valueOf(kind), from.toInstant(), to.toInstant(), reason, decidedAt.toInstant()))));

    private static final Field<List<Question>> QUESTIONS = multiset(
            select(CONSULTATION_QUESTION.KEY, CONSULTATION_QUESTION.TEXT, CONSULTATION_QUESTION.HELP,
                    CONSULTATION_QUESTION.REQUIRED, CONSULTATION_QUESTION.KIND, CONSULTATION_QUESTION.MAXIMUM,
                    CONSULTATION_QUESTION.MAX_LENGTH, CONSULTATION_QUESTION.TOPIC,
                    multiset(select(CONSULTATION_OPTION.CODE, CONSULTATION_OPTION.LABEL)
                            .from(CONSULTATION_OPTION)
                            .where(CONSULTATION_OPTION.CONSULTATION_ID.eq(CONSULTATION_QUESTION.CONSULTATION_ID)
                                    .and(CONSULTATION_OPTION.QUESTION_KEY.eq(CONSULTATION_QUESTION.KEY)))
                            .orderBy(CONSULTATION_OPTION.POSITION))
                            .convertFrom(rows -> rows.map(Records.mapping(Option::new))))
                    .from(CONSULTATION_QUESTION)
                    .where(CONSULTATION_QUESTION.CONSULTATION_ID.eq(CONSULTATION.ID))
                    .orderBy(CONSULTATION_QUESTION.POSITION))
            .as("questions")
            .convertFrom(rows -> rows.map(Records.mapping(JooqConsultations::question)));

    private final DSLContext dsl;

    public JooqConsultations(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Consultation> all() {
        return consultationsWhere(noCondition(), MOST_LISTED);
    }

    @Override
    public Optional<Consultation> find(ConsultationId id) {
        return consultationsWhere(CONSULTATION.ID.eq(id.value()), 1).stream().findFirst();
    }

    @Override
    public Optional<Consultation> findBySlug(Slug slug) {
        return consultationsWhere(CONSULTATION.SLUG.eq(slug.value()), 1).stream().findFirst();
    }

    @Override
    public Optional<Consultation> newerVersionOf(ConsultationId id) {
        return consultationsWhere(CONSULTATION.REPLACES.eq(id.value()), 1).stream().findFirst();
    }

    @Override
    public Consultation add(Consultation consultation) {
        Consultation stored = consultation.withVersion(1);
        return dsl.transactionResult(() -> {
            ConsultationRecord row = consultationRow(stored);
            row.setFirstAnsweredAt(time(stored.firstAnsweredAt()));
            dsl.insertInto(CONSULTATION).set(row).execute();
            insertChildren(stored);
            return stored;
        });
    }

    @Override
    public Optional<Consultation> update(Consultation consultation) {
        Consultation stored = consultation.withVersion(consultation.version() + 1);
        UUID id = consultation.id().value();
        return dsl.transactionResult(() -> {
            int updated = dsl.update(CONSULTATION).set(consultationRow(stored))
                    .where(CONSULTATION.ID.eq(id)
                            .and(CONSULTATION.VERSION.eq(consultation.version()))
                            .and(CONSULTATION.FIRST_ANSWERED_AT.isNotDistinctFrom(time(consultation.firstAnsweredAt()))))
                    .execute();
            if (updated == 0) {
                return Optional.<Consultation>empty();
            }
            dsl.deleteFrom(CONSULTATION_DOCUMENT).where(CONSULTATION_DOCUMENT.CONSULTATION_ID.eq(id)).execute();
            dsl.deleteFrom(CONSULTATION_CLOSING_CHANGE).where(CONSULTATION_CLOSING_CHANGE.CONSULTATION_ID.eq(id)).execute();
            dsl.deleteFrom(CONSULTATION_QUESTION).where(CONSULTATION_QUESTION.CONSULTATION_ID.eq(id)).execute();
            insertChildren(stored);
            return Optional.of(stored);
        });
    }

    /**
     * {@inheritDoc} The first answer takes the row's lock for as long as its transaction lasts; later ones find the
     * moment set and take no lock, so answers arriving together do not queue behind one another.
     */
    @Override
    public boolean markAnswered(ConsultationId id, long version, Instant at) {
        int marked = dsl.update(CONSULTATION).set(CONSULTATION.FIRST_ANSWERED_AT, time(at))
                .where(CONSULTATION.ID.eq(id.value()).and(CONSULTATION.VERSION.eq(version))
                        .and(CONSULTATION.FIRST_ANSWERED_AT.isNull()))
                .execute();
        if (marked == 1) {
            return true;
        }
        return dsl.select(CONSULTATION.VERSION).from(CONSULTATION).where(CONSULTATION.ID.eq(id.value()))
                .fetchOptional(CONSULTATION.VERSION).map(stored -> stored == version).orElse(false);
    }

    private List<Consultation> consultationsWhere(Condition condition, int limit) {
        return dsl.select(CONSULTATION.ID, CONSULTATION.SLUG, SUBJECT, CONSULTATION.TITLE, CONSULTATION.SUMMARY,
                        DOCUMENTS, CONSULTATION.DECISION_INFORMED, CONSULTATION.RUN_BY, CONSULTATION.OPENS_AT,
                        CONSULTATION.CLOSES_AT, CONSULTATION.SCHEDULED_AT, CLOSING_CHANGES, QUESTIONS,
                        CONSULTATION.FIRST_ANSWERED_AT, CONSULTATION.RESULTS_SUMMARY, CONSULTATION.RESULTS_PUBLISHED_AT,
                        CONSULTATION.REPLACES, CONSULTATION.VERSION)
                .from(CONSULTATION)
                .where(condition)
                .orderBy(CONSULTATION.OPENS_AT.desc(), CONSULTATION.ID)
                .limit(limit)
                .fetch(Records.mapping(JooqConsultations::consultation));
    }

    private void insertChildren(Consultation consultation) {
        UUID id = consultation.id().value();
        for (int i = 0; i < consultation.documents().size(); i++) {
            DocumentLink document = consultation.documents().get(i);
            dsl.insertInto(CONSULTATION_DOCUMENT).set(CONSULTATION_DOCUMENT.CONSULTATION_ID, id)
                    .set(CONSULTATION_DOCUMENT.POSITION, i).set(CONSULTATION_DOCUMENT.TITLE, document.title())
                    .set(CONSULTATION_DOCUMENT.ADDRESS, document.address().toString()).execute();
        }
        for (int i = 0; i < consultation.closingChanges().size(); i++) {
            ClosingChange change = consultation.closingChanges().get(i);
            dsl.insertInto(CONSULTATION_CLOSING_CHANGE).set(CONSULTATION_CLOSING_CHANGE.CONSULTATION_ID, id)
                    .set(CONSULTATION_CLOSING_CHANGE.POSITION, i)
                    .set(CONSULTATION_CLOSING_CHANGE.KIND, change.kind().name())
                    .set(CONSULTATION_CLOSING_CHANGE.FROM_AT, time(change.from()))
                    .set(CONSULTATION_CLOSING_CHANGE.TO_AT, time(change.to()))
                    .set(CONSULTATION_CLOSING_CHANGE.REASON, change.reason())
                    .set(CONSULTATION_CLOSING_CHANGE.DECIDED_AT, time(change.decidedAt())).execute();
        }
        for (int i = 0; i < consultation.questions().size(); i++) {
            Question question = consultation.questions().get(i);
            QuestionKind kind = question.kind();
            dsl.insertInto(CONSULTATION_QUESTION).set(CONSULTATION_QUESTION.CONSULTATION_ID, id)
                    .set(CONSULTATION_QUESTION.KEY, question.id().value())
                    .set(CONSULTATION_QUESTION.POSITION, i)
                    .set(CONSULTATION_QUESTION.TEXT, question.text())
                    .set(CONSULTATION_QUESTION.HELP, question.help().orElse(null))
                    .set(CONSULTATION_QUESTION.REQUIRED, question.required())
                    .set(CONSULTATION_QUESTION.KIND, kind.code())
                    .set(CONSULTATION_QUESTION.MAXIMUM, kind instanceof QuestionKind.MultipleChoice multiple
                            ? multiple.maximum() : null)
                    .set(CONSULTATION_QUESTION.MAX_LENGTH, kind instanceof QuestionKind.FreeText text
                            ? text.maxLength() : null)
                    .set(CONSULTATION_QUESTION.TOPIC, kind instanceof QuestionKind.AboutYou about
                            ? about.topic().name() : null)
                    .set(CONSULTATION_QUESTION.COUNTED_BY_OPTION, kind.countedByOption())
                    .execute();
            List<Option> options = kind.options();
            for (int o = 0; o < options.size(); o++) {
                dsl.insertInto(CONSULTATION_OPTION).set(CONSULTATION_OPTION.CONSULTATION_ID, id)
                        .set(CONSULTATION_OPTION.QUESTION_KEY, question.id().value())
                        .set(CONSULTATION_OPTION.POSITION, o)
                        .set(CONSULTATION_OPTION.CODE, options.get(o).code())
                        .set(CONSULTATION_OPTION.LABEL, options.get(o).label()).execute();
            }
        }
    }

    // Rows to consultations ---------------------------------------------------------------------------------------

    private static Consultation consultation(UUID id, String slug, Subject subject, String title, String summary,
                                             List<DocumentLink> documents, String decision, UUID runBy,
                                             OffsetDateTime opensAt, OffsetDateTime closesAt,
                                             OffsetDateTime scheduledAt, List<ClosingChange> closingChanges,
                                             List<Question> questions, OffsetDateTime firstAnsweredAt,
                                             String resultsSummary, OffsetDateTime resultsPublishedAt, UUID replaces,
                                             Long version) {
        return new Consultation(new ConsultationId(id), new Slug(slug), subject, title, summary, documents, decision,
                new PartnerId(runBy), new OpeningTimes(opensAt.toInstant(), closesAt.toInstant()),
                instant(scheduledAt), closingChanges, questions, instant(firstAnsweredAt),
                Optional.ofNullable(resultsSummary).map(text -> new PublishedResults(text, resultsPublishedAt.toInstant())),
                Optional.ofNullable(replaces).map(ConsultationId::new), version);
    }

    private static Question question(String key, String text, String help, Boolean required, String kind,
                                     Integer maximum, Integer maxLength, String topic, List<Option> options) {
        QuestionKind questionKind = switch (kind) {
            case "single-choice" -> new QuestionKind.SingleChoice(options);
            case "multiple-choice" -> new QuestionKind.MultipleChoice(options, maximum);
            case "scale" -> new QuestionKind.Scale(options);
            case "free-text" -> new QuestionKind.FreeText(maxLength);
            case "about-you" -> new QuestionKind.AboutYou(AboutYouTopic.valueOf(topic));
            default -> throw new IllegalStateException("a question of an unknown kind is stored: " + kind);
        };
        return new Question(new QuestionId(key), text, Optional.ofNullable(help), required, questionKind);
    }

    /** The subject a row names: its kind, and the one of its three identities that is set (none for the programme). */
    private static Subject subject(String kind, UUID community, UUID workstream, UUID network) {
        return Subject.of(kind, Stream.of(community, workstream, network).filter(Objects::nonNull).findFirst());
    }

    private static Optional<Instant> instant(OffsetDateTime time) {
        return Optional.ofNullable(time).map(OffsetDateTime::toInstant);
    }

    // Consultations to rows ---------------------------------------------------------------------------------------

    /** The consultation's own row, all but the moment of its first answer, which only {@link #markAnswered} writes. */
    private ConsultationRecord consultationRow(Consultation consultation) {
        ConsultationRecord row = dsl.newRecord(CONSULTATION);
        row.setId(consultation.id().value());
        row.setSlug(consultation.slug().value());
        row.setSubjectKind(consultation.subject().kind());
        Subject subject = consultation.subject();
        row.setCommunityId(subject instanceof Subject.AboutCommunity(CommunityId community) ? community.value() : null);
        row.setWorkstreamId(subject instanceof Subject.AboutWorkstream(WorkstreamId workstream) ? workstream.value() : null);
        row.setNetworkId(subject instanceof Subject.AboutNetwork(NetworkId network) ? network.value() : null);
        row.setTitle(consultation.title());
        row.setSummary(consultation.summary());
        row.setDecisionInformed(consultation.decisionInformed());
        row.setRunBy(consultation.runBy().value());
        row.setOpensAt(time(consultation.times().opensAt()));
        row.setClosesAt(time(consultation.times().closesAt()));
        row.setScheduledAt(time(consultation.scheduledAt()));
        row.setResultsSummary(consultation.results().map(PublishedResults::summary).orElse(null));
        row.setResultsPublishedAt(time(consultation.results().map(PublishedResults::publishedAt)));
        row.setReplaces(consultation.replaces().map(ConsultationId::value).orElse(null));
        row.setVersion(consultation.version());
        return row;
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static OffsetDateTime time(Optional<Instant> instant) {
        return instant.map(JooqConsultations::time).orElse(null);
    }
}
