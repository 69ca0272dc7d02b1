package org.bettercaretogether.persistence.feedback;

import org.bettercaretogether.application.feedback.FeedbackLog;
import org.bettercaretogether.application.feedback.ListeningTally;
import org.bettercaretogether.application.feedback.ReferenceTakenException;
import org.bettercaretogether.domain.change.ChangeId;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.community.PostcodeDistrict;
import org.bettercaretogether.domain.feedback.Assignment;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.Closure;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.feedback.Origin;
import org.bettercaretogether.domain.feedback.PhoneNumber;
import org.bettercaretogether.domain.feedback.PublicText;
import org.bettercaretogether.domain.feedback.Response;
import org.bettercaretogether.domain.feedback.SafeguardingFlag;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.feedback.Transition;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.network.NetworkId;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.domain.workstream.WorkstreamId;
import org.bettercaretogether.persistence.jooq.tables.records.FeedbackRecord;
import org.bettercaretogether.persistence.shared.DatabaseRefusal;
import org.bettercaretogether.persistence.shared.DirectStatement;
import org.bettercaretogether.persistence.shared.UnnestedRows;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertSetMoreStep;
import org.jooq.Record20;
import org.jooq.Record2;
import org.jooq.Records;
import org.jooq.Row2;
import org.jooq.Row6;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.WithStep;
import org.jooq.exception.DataAccessException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.bettercaretogether.persistence.jooq.Tables.ANSWER_BACKLOG_TALLY;
import static org.bettercaretogether.persistence.jooq.Tables.ANSWER_TIME_TALLY;
import static org.bettercaretogether.persistence.jooq.Tables.CHANGE_MADE;
import static org.bettercaretogether.persistence.jooq.Tables.CHANGE_VIEW;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK_THEME;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK_TRANSITION;
import static org.bettercaretogether.persistence.jooq.Tables.MODERATION_TALLY;
import static org.bettercaretogether.persistence.jooq.Tables.VIEW_TALLY;
import static org.jooq.impl.DSL.arrayAgg;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.insertInto;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

/**
 * The views in the {@code feedback} table, one row each, with the themes each is tagged with in
 * {@code feedback_theme} (a set) and its history in {@code feedback_transition} in order ({@code position}). The
 * parts of a view that come and go together (its moderation, assignment, answer, closure, safeguarding flag) are
 * groups of nullable columns that the table keeps all set or all null. Views are read in one query (themes and
 * history as MULTISETs, the parts as nested rows); written in a transaction of their own, which becomes a savepoint
 * inside the caller's. An update replaces the themes and appends the steps of the history not stored yet: a history
 * only grows. Times keep PostgreSQL's precision, microseconds. The rows become views in {@link #feedback} and the
 * part mappings next to it, and views become rows in {@link FeedbackRows}, nowhere else.
 *
 * <p>A write the database refuses never carries PostgreSQL's own message, which would quote the person's words or
 * contact details: it becomes a {@link DataAccessException} naming only the constraint (see
 * {@link DatabaseRefusal}).
 */
public final class JooqFeedbackLog implements FeedbackLog {

    private static final String PENDING = "PENDING";
    private static final String PUBLISHED = "PUBLISHED";
    private static final String WITHHELD = "WITHHELD";

    /** The rows {@link #addAll} writes, each column one array. */
    private static final UnnestedRows ADDED_VIEWS = UnnestedRows.of("view", List.of(FEEDBACK.fields()));
    private static final UnnestedRows ADDED_THEMES = UnnestedRows.of("theme", List.of(FEEDBACK_THEME.fields()));
    private static final UnnestedRows ADDED_STEPS = UnnestedRows.of("step", List.of(FEEDBACK_TRANSITION.fields()));

    private static final Field<Set<ThemeId>> THEMES = multiset(
            select(FEEDBACK_THEME.THEME_ID)
                    .from(FEEDBACK_THEME)
                    .where(FEEDBACK_THEME.FEEDBACK_ID.eq(FEEDBACK.ID)))
            .as("themes")
            .convertFrom(rows -> rows.stream().map(theme -> new ThemeId(theme.value1()))
                    .collect(Collectors.toUnmodifiableSet()));

    private static final Field<List<Transition>> HISTORY = multiset(
            select(FEEDBACK_TRANSITION.AT, FEEDBACK_TRANSITION.BY_STAFF_ID, FEEDBACK_TRANSITION.KIND,
                    FEEDBACK_TRANSITION.DETAIL)
                    .from(FEEDBACK_TRANSITION)
                    .where(FEEDBACK_TRANSITION.FEEDBACK_ID.eq(FEEDBACK.ID))
                    .orderBy(FEEDBACK_TRANSITION.POSITION))
            .as("history")
            .convertFrom(rows -> rows.map(Records.mapping(JooqFeedbackLog::transition)));

    private static final SelectField<Subject> SUBJECT = row(FEEDBACK.SUBJECT_KIND, FEEDBACK.COMMUNITY_ID,
            FEEDBACK.WORKSTREAM_ID, FEEDBACK.NETWORK_ID)
            .mapping(JooqFeedbackLog::subject);

    private static final SelectField<Origin> ORIGIN = row(FEEDBACK.CHANNEL, FEEDBACK.RECEIVED_ON,
            FEEDBACK.EVENT_OR_BATCH, FEEDBACK.ENTERED_BY, FEEDBACK.MEETING_ID)
            .mapping(JooqFeedbackLog::origin);

    /** All null when none was given or it was erased. */
    private static final SelectField<ContactDetails> CONTACT = row(FEEDBACK.CONTACT_NAME, FEEDBACK.CONTACT_EMAIL,
            FEEDBACK.CONTACT_PHONE)
            .mapping(JooqFeedbackLog::contact);

    private static final SelectField<Consent> CONSENT = row(FEEDBACK.CONSENT_TO_CONTACT, FEEDBACK.CONSENT_TO_PUBLISH)
            .mapping(Consent::new);

    private static final SelectField<Moderation> MODERATION = row(FEEDBACK.MODERATION, FEEDBACK.PUBLIC_TEXT,
            FEEDBACK.PUBLISHED_AT, FEEDBACK.PUBLISHED_BY, FEEDBACK.WITHHOLD_REASON, FEEDBACK.WITHHOLD_NOTE,
            FEEDBACK.WITHHELD_AT, FEEDBACK.WITHHELD_BY)
            .mapping(JooqFeedbackLog::moderation);

    /** Null when not assigned: the table keeps the four columns all set or all null. */
    private static final SelectField<Assignment> ASSIGNMENT = row(FEEDBACK.ASSIGNED_PARTNER_ID,
            FEEDBACK.ANSWER_DUE_ON, FEEDBACK.ASSIGNED_AT, FEEDBACK.ASSIGNED_BY)
            .mapping((partner, dueOn, at, by) -> partner == null ? null
                    : new Assignment(new PartnerId(partner), dueOn, at.toInstant(), new StaffMemberId(by)));

    /** Null when not answered: the table keeps the four columns all set or all null. */
    private static final SelectField<Response> RESPONSE = row(FEEDBACK.RESPONSE_PARTNER_ID, FEEDBACK.RESPONSE_TEXT,
            FEEDBACK.RESPONDED_AT, FEEDBACK.RESPONDED_BY)
            .mapping((partner, text, at, by) -> partner == null ? null
                    : new Response(new PartnerId(partner), text, at.toInstant(), new StaffMemberId(by)));

    /** Null when open: the table keeps the time and the person both set or both null. */
    private static final SelectField<Closure> CLOSURE = row(FEEDBACK.CLOSED_AT, FEEDBACK.CLOSED_BY,
            FEEDBACK.CLOSURE_REASON)
            .mapping((at, by, reason) -> at == null ? null
                    : new Closure(at.toInstant(), new StaffMemberId(by), Optional.ofNullable(reason)));

    /** Null when not flagged: the table keeps the three columns all set or all null. */
    private static final SelectField<SafeguardingFlag> SAFEGUARDING = row(FEEDBACK.SAFEGUARDING_FLAGGED_AT,
            FEEDBACK.SAFEGUARDING_FLAGGED_BY, FEEDBACK.SAFEGUARDING_NOTE)
            .mapping((at, by, note) -> at == null ? null
                    : new SafeguardingFlag(at.toInstant(), new StaffMemberId(by), note));

    /** The scope of the counts of every view, whatever it is about (see {@code view_tally}). */
    private static final UUID PROGRAMME_SCOPE = new UUID(0, 0);
    private static final String MADE = "MADE";

    private final DSLContext dsl;
    /** Run for every view received: rendered once and run past jOOQ (see {@link DirectStatement}). */
    private final DirectStatement addAll;

    public JooqFeedbackLog(DSLContext dsl) {
        this.dsl = dsl;
        this.addAll = addAllStatement(dsl);
    }

    @Override
    public Feedback add(Feedback feedback) {
        return addAll(List.of(feedback)).getFirst();
    }

    /**
     * {@inheritDoc} One statement writes the views, their themes and their histories (the first two as
     * data-modifying common table expressions), so they are whole or absent without a transaction or savepoint of
     * their own, and the summaries' triggers run once for all of them. Its text is the same for any number of views
     * (see {@link UnnestedRows}).
     */
    @Override
    public List<Feedback> addAll(List<Feedback> views) {
        if (views.isEmpty()) {
            return List.of();
        }
        List<Feedback> stored = views.stream().map(view -> view.withVersion(1)).toList();
        List<Object[]> rows = new ArrayList<>(stored.size());
        List<Object[]> themes = new ArrayList<>();
        List<Object[]> steps = new ArrayList<>();
        for (Feedback view : stored) {
            rows.add(FeedbackRows.feedbackValues(view));
            themes.addAll(FeedbackRows.themeValues(view));
            steps.addAll(FeedbackRows.transitionValues(view, 0));
        }
        Map<String, Object> values = new HashMap<>(ADDED_VIEWS.values(rows));
        values.putAll(ADDED_THEMES.values(themes));
        values.putAll(ADDED_STEPS.values(steps));
        return refusedWithoutValues(stored.size() == 1 ? "storing a view" : "storing views", () -> {
            addAll.execute(dsl, values);
            return stored;
        });
    }

    /** The statement {@link #addAll} runs, rendered once: its bind values are the arrays of its three tables. */
    private static DirectStatement addAllStatement(DSLContext dsl) {
        return DirectStatement.of(dsl, dsl
                .with(name("added_views").as(insertInto(FEEDBACK).columns(FEEDBACK.fields())
                        .select(select(ADDED_VIEWS.fields()).from(ADDED_VIEWS.table()))
                        .returning(FEEDBACK.ID)))
                .with(name("added_themes").as(insertInto(FEEDBACK_THEME).columns(FEEDBACK_THEME.fields())
                        .select(select(ADDED_THEMES.fields()).from(ADDED_THEMES.table()))
                        .returning(FEEDBACK_THEME.THEME_ID)))
                .insertInto(FEEDBACK_TRANSITION).columns(FEEDBACK_TRANSITION.fields())
                .select(select(ADDED_STEPS.fields()).from(ADDED_STEPS.table())), true);
    }

    @Override
    public Optional<Feedback> find(FeedbackId id) {
        return feedbackWhere(FEEDBACK.ID.eq(id.value()), FEEDBACK.ID.asc()).stream().findFirst();
    }

    @Override
    public List<Feedback> findAll(Collection<FeedbackId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return feedbackWhere(FEEDBACK.ID.in(ids.stream().map(FeedbackId::value).toList()), FEEDBACK.ID.asc());
    }

    @Override
    public List<InBrief> inBrief(Collection<FeedbackId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return dsl.select(FEEDBACK.ID, FEEDBACK.REFERENCE, FEEDBACK.RECEIVED_AT, FEEDBACK.PUBLISHED_AT)
                .from(FEEDBACK)
                .where(FEEDBACK.ID.in(ids.stream().map(FeedbackId::value).toList()))
                .fetch(Records.mapping((id, reference, receivedAt, publishedAt) -> new InBrief(new FeedbackId(id),
                        new FeedbackReference(reference), receivedAt.toInstant(),
                        Optional.ofNullable(publishedAt).map(OffsetDateTime::toInstant))));
    }

    /**
     * {@inheritDoc} One statement over the links, each joined to its view by the view's key: as many rows read as
     * views are linked, and one row answered a change.
     */
    @Override
    public Map<ChangeId, LinkedViews> linkedToChanges(int latest) {
        if (latest < 0) {
            throw new IllegalArgumentException("latest must not be negative, was " + latest);
        }
        return dsl.select(CHANGE_VIEW.CHANGE_ID, count(), count(FEEDBACK.PUBLISHED_AT),
                        arrayAgg(FEEDBACK.ID).orderBy(FEEDBACK.PUBLISHED_AT.desc(), FEEDBACK.ID.desc())
                                .filterWhere(FEEDBACK.PUBLISHED_AT.isNotNull()))
                .from(CHANGE_VIEW)
                .join(FEEDBACK).on(FEEDBACK.ID.eq(CHANGE_VIEW.FEEDBACK_ID))
                .groupBy(CHANGE_VIEW.CHANGE_ID)
                .fetchMap(row -> new ChangeId(row.value1()), row -> new LinkedViews(row.value2(), row.value3(),
                        row.value4() == null ? List.of() : Arrays.stream(row.value4()).limit(latest)
                                .map(FeedbackId::new).toList()));
    }

    @Override
    public Optional<Feedback> findByReference(FeedbackReference reference) {
        return feedbackWhere(FEEDBACK.REFERENCE.eq(reference.value()), FEEDBACK.ID.asc()).stream().findFirst();
    }

    @Override
    public Optional<Feedback> findByTrackingHash(String tokenHash) {
        return feedbackWhere(FEEDBACK.TRACKING_TOKEN_HASH.eq(tokenHash), FEEDBACK.ID.asc()).stream().findFirst();
    }

    /**
     * {@inheritDoc} The themes are replaced and the steps of the history beyond those stored are appended, all in
     * one transaction.
     *
     * @throws IllegalArgumentException when the view's history is shorter than the one stored: a history only grows
     */
    @Override
    public Optional<Feedback> update(Feedback feedback) {
        Feedback stored = feedback.withVersion(feedback.version() + 1);
        UUID id = feedback.id().value();
        return refusedWithoutValues("updating a view", () -> dsl.transactionResult(() -> {
            int updated = dsl.update(FEEDBACK).set(FeedbackRows.feedback(stored))
                    .where(FEEDBACK.ID.eq(id).and(FEEDBACK.VERSION.eq(feedback.version())))
                    .execute();
            if (updated == 0) {
                return Optional.<Feedback>empty();
            }
            dsl.deleteFrom(FEEDBACK_THEME).where(FEEDBACK_THEME.FEEDBACK_ID.eq(id)).execute();
            insertThemes(stored);
            // The row is locked by the update above: no one else appends to this history until we are done.
            int steps = dsl.fetchCount(FEEDBACK_TRANSITION, FEEDBACK_TRANSITION.FEEDBACK_ID.eq(id));
            if (steps > stored.history().size()) {
                throw new IllegalArgumentException("the history of view " + stored.id() + " has "
                        + stored.history().size() + " steps, fewer than the " + steps + " stored: a history only grows");
            }
            insertTransitions(stored, steps);
            return Optional.of(stored);
        }));
    }

    /** @throws IllegalArgumentException when {@code limit} is negative */
    @Override
    public List<Feedback> awaitingModeration(Optional<Position> after, int limit) {
        requireLimit(limit);
        return selectViews()
                .where(FEEDBACK.MODERATION.eq(PENDING))
                .and(after.map(position -> row(FEEDBACK.RECEIVED_AT, FEEDBACK.ID)
                                .gt(time(position.at()), position.id()))
                        .orElse(noCondition()))
                .orderBy(FEEDBACK.RECEIVED_AT.asc(), FEEDBACK.ID.asc())
                .limit(limit)
                .fetch(Records.mapping(JooqFeedbackLog::feedback));
    }

    /** From the counts the database keeps as views change (see {@code V7__summaries_of_views.sql}). */
    @Override
    public int countAwaitingModeration() {
        return dsl.select(coalesce(sum(MODERATION_TALLY.VIEWS), BigDecimal.ZERO))
                .from(MODERATION_TALLY)
                .where(MODERATION_TALLY.MODERATION.eq(PENDING))
                .fetchOne(0, Integer.class);
    }

    /** @throws IllegalArgumentException when {@code limit} is negative */
    @Override
    public List<Feedback> published(Optional<Subject> about, Optional<Position> before, int limit) {
        requireLimit(limit);
        return selectViews()
                .where(FEEDBACK.MODERATION.eq(PUBLISHED))
                .and(about.map(JooqFeedbackLog::about).orElse(noCondition()))
                .and(before.map(position -> row(FEEDBACK.PUBLISHED_AT, FEEDBACK.ID)
                                .lt(time(position.at()), position.id()))
                        .orElse(noCondition()))
                .orderBy(FEEDBACK.PUBLISHED_AT.desc(), FEEDBACK.ID.desc())
                .limit(limit)
                .fetch(Records.mapping(JooqFeedbackLog::feedback));
    }

    /** @throws IllegalArgumentException when {@code limit} is negative */
    @Override
    public List<Feedback> awaitingAnswer(Optional<PartnerId> partner, Optional<DuePosition> after, int limit) {
        requireLimit(limit);
        return selectViews()
                .where(awaitingAnswer(partner))
                .and(after.map(position -> row(FEEDBACK.ANSWER_DUE_ON, FEEDBACK.ID).gt(position.dueOn(), position.id()))
                        .orElse(noCondition()))
                .orderBy(FEEDBACK.ANSWER_DUE_ON.asc(), FEEDBACK.ID.asc())
                .limit(limit)
                .fetch(Records.mapping(JooqFeedbackLog::feedback));
    }

    /** From the counts the database keeps as views are assigned, answered and closed ({@code V8__backlog_of_answers.sql}). */
    @Override
    public AnswerBacklog answerBacklog(Optional<PartnerId> partner, LocalDate today) {
        return dsl.select(coalesce(sum(ANSWER_BACKLOG_TALLY.VIEWS), BigDecimal.ZERO),
                        coalesce(sum(ANSWER_BACKLOG_TALLY.VIEWS).filterWhere(ANSWER_BACKLOG_TALLY.DUE_ON.lt(today)),
                                BigDecimal.ZERO))
                .from(ANSWER_BACKLOG_TALLY)
                .where(partner.map(organisation -> ANSWER_BACKLOG_TALLY.PARTNER_ID.eq(organisation.value()))
                        .orElse(noCondition()))
                .fetchOne(row -> new AnswerBacklog(row.value1().intValueExact(), row.value2().intValueExact()));
    }

    /** Assigned (to {@code partner} when given), neither answered nor closed: as the awaiting-answer indexes say. */
    private static Condition awaitingAnswer(Optional<PartnerId> partner) {
        return FEEDBACK.ASSIGNED_PARTNER_ID.isNotNull()
                .and(FEEDBACK.RESPONDED_AT.isNull())
                .and(FEEDBACK.CLOSED_AT.isNull())
                .and(partner.map(organisation -> FEEDBACK.ASSIGNED_PARTNER_ID.eq(organisation.value()))
                        .orElse(noCondition()));
    }

    @Override
    public List<Feedback> safeguardingConcerns() {
        return feedbackWhere(FEEDBACK.SAFEGUARDING_FLAGGED_AT.isNotNull().and(FEEDBACK.CLOSED_AT.isNull()),
                FEEDBACK.SAFEGUARDING_FLAGGED_AT.desc(), FEEDBACK.ID.desc());
    }

    /** Oldest first. */
    @Override
    public List<Feedback> withContactEmail(EmailAddress email) {
        return feedbackWhere(lower(FEEDBACK.CONTACT_EMAIL).eq(lower(email.value())),
                FEEDBACK.RECEIVED_AT.asc(), FEEDBACK.ID.asc());
    }

    /**
     * {@inheritDoc} Compared by the number's last ten digits, through the index on them (V13), whose expression this
     * repeats word for word so that the planner matches it.
     */
    @Override
    public List<Feedback> withContactPhone(PhoneNumber phone) {
        Field<String> lastDigits = field("right(regexp_replace({0}, '[^0-9]', '', 'g'), "
                + PhoneNumber.MATCHED_DIGITS + ")", String.class, FEEDBACK.CONTACT_PHONE);
        return feedbackWhere(FEEDBACK.CONTACT_PHONE.isNotNull().and(lastDigits.eq(phone.lastTenDigits())),
                FEEDBACK.RECEIVED_AT.asc(), FEEDBACK.ID.asc());
    }

    /** Oldest first: by when they were received, then by id. */
    @Override
    public List<Feedback> givenAt(MeetingId meeting) {
        return feedbackWhere(FEEDBACK.MEETING_ID.eq(meeting.value()),
                FEEDBACK.RECEIVED_AT.asc(), FEEDBACK.ID.asc());
    }

    /**
     * From the counts the database keeps as views change (see {@code V7__summaries_of_views.sql}): at most a row
     * per day and slot, and per day and answer time, whatever the number of views; the views that led to a change made
     * are counted from the links to changes, fewer by far than the views.
     */
    @Override
    public ListeningTally listeningTally(Optional<CommunityId> community, LocalDate from, LocalDate to) {
        UUID scope = community.map(CommunityId::value).orElse(PROGRAMME_SCOPE);
        Field<Integer> received = select(coalesce(sum(VIEW_TALLY.RECEIVED), BigDecimal.ZERO).cast(Integer.class))
                .from(VIEW_TALLY)
                .where(VIEW_TALLY.SCOPE_ID.eq(scope).and(VIEW_TALLY.RECEIVED_ON.between(from, to)))
                .asField();
        Field<Integer> views = sum(ANSWER_TIME_TALLY.VIEWS).cast(Integer.class);
        Field<SortedMap<Long, Integer>> daysToAnswer = multiset(
                select(ANSWER_TIME_TALLY.DAYS_TO_ANSWER, views)
                        .from(ANSWER_TIME_TALLY)
                        .where(ANSWER_TIME_TALLY.SCOPE_ID.eq(scope)
                                .and(ANSWER_TIME_TALLY.RECEIVED_ON.between(from, to)))
                        .groupBy(ANSWER_TIME_TALLY.DAYS_TO_ANSWER)
                        .having(views.gt(0)))
                .convertFrom(rows -> rows.stream().collect(Collectors.toMap(row -> (long) row.value1(), Record2::value2,
                        Integer::sum, TreeMap::new)));
        Field<Integer> linked = select(countDistinct(CHANGE_VIEW.FEEDBACK_ID))
                .from(CHANGE_VIEW)
                .join(CHANGE_MADE).on(CHANGE_MADE.ID.eq(CHANGE_VIEW.CHANGE_ID))
                .join(FEEDBACK).on(FEEDBACK.ID.eq(CHANGE_VIEW.FEEDBACK_ID))
                .where(CHANGE_MADE.STATUS.eq(MADE))
                .and(FEEDBACK.RECEIVED_ON.between(from, to))
                .and(community.map(id -> FEEDBACK.COMMUNITY_ID.eq(id.value())).orElse(noCondition()))
                .asField();
        return dsl.select(received, daysToAnswer, linked).fetchOne(Records.mapping(ListeningTally::new));
    }

    private List<Feedback> feedbackWhere(Condition condition, SortField<?>... order) {
        return selectViews()
                .where(condition)
                .orderBy(order)
                .fetch(Records.mapping(JooqFeedbackLog::feedback));
    }

    /** The columns {@link #feedback} is built from, in its order, from the table. */
    private SelectJoinStep<Record20<UUID, String, Subject, String, Origin, String, ContactDetails, Consent, String,
            String, OffsetDateTime, Moderation, Set<ThemeId>, Assignment, Response, Closure, SafeguardingFlag,
            OffsetDateTime, List<Transition>, Long>> selectViews() {
        return dsl.select(FEEDBACK.ID, FEEDBACK.REFERENCE, SUBJECT, FEEDBACK.CONTRIBUTOR_ROLE, ORIGIN,
                        FEEDBACK.ORIGINAL_TEXT, CONTACT, CONSENT, FEEDBACK.POSTCODE_DISTRICT,
                        FEEDBACK.TRACKING_TOKEN_HASH, FEEDBACK.RECEIVED_AT, MODERATION, THEMES, ASSIGNMENT, RESPONSE,
                        CLOSURE, SAFEGUARDING, FEEDBACK.ERASED_AT, HISTORY, FEEDBACK.VERSION)
                .from(FEEDBACK);
    }

    private static Condition about(Subject subject) {
        Condition kind = FEEDBACK.SUBJECT_KIND.eq(subject.kind());
        return switch (subject) {
            case Subject.AboutProgramme programme -> kind;
            case Subject.AboutCommunity community -> kind.and(FEEDBACK.COMMUNITY_ID.eq(community.community().value()));
            case Subject.AboutWorkstream workstream ->
                    kind.and(FEEDBACK.WORKSTREAM_ID.eq(workstream.workstream().value()));
            case Subject.AboutNetwork network -> kind.and(FEEDBACK.NETWORK_ID.eq(network.network().value()));
        };
    }

    private static List<Row2<UUID, UUID>> themeRows(Feedback feedback) {
        return FeedbackRows.themes(feedback).stream()
                .map(theme -> row(theme.getFeedbackId(), theme.getThemeId()))
                .toList();
    }

    private static List<Row6<UUID, Integer, OffsetDateTime, UUID, String, String>> transitionRows(Feedback feedback,
                                                                                                 int from) {
        return FeedbackRows.transitions(feedback, from).stream()
                .map(step -> row(step.getFeedbackId(), step.getPosition(), step.getAt(), step.getByStaffId(),
                        step.getKind(), step.getDetail()))
                .toList();
    }

    private void insertThemes(Feedback feedback) {
        List<Row2<UUID, UUID>> themes = themeRows(feedback);
        if (!themes.isEmpty()) {
            dsl.insertInto(FEEDBACK_THEME, FEEDBACK_THEME.FEEDBACK_ID, FEEDBACK_THEME.THEME_ID)
                    .valuesOfRows(themes)
                    .execute();
        }
    }

    private void insertTransitions(Feedback feedback, int from) {
        List<Row6<UUID, Integer, OffsetDateTime, UUID, String, String>> steps = transitionRows(feedback, from);
        if (!steps.isEmpty()) {
            dsl.insertInto(FEEDBACK_TRANSITION, FEEDBACK_TRANSITION.FEEDBACK_ID, FEEDBACK_TRANSITION.POSITION,
                            FEEDBACK_TRANSITION.AT, FEEDBACK_TRANSITION.BY_STAFF_ID, FEEDBACK_TRANSITION.KIND,
                            FEEDBACK_TRANSITION.DETAIL)
                    .valuesOfRows(steps)
                    .execute();
        }
    }

    private static void requireLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
    }

    /** The unique key of views' references (V1). */
    private static final String REFERENCE_KEY = "feedback_reference_key";

    private static <T> T refusedWithoutValues(String what, Supplier<T> write) {
        try {
            return write.get();
        } catch (DataAccessException refused) {
            DatabaseRefusal refusal = DatabaseRefusal.of(refused);
            if (refusal.brokeUnique(REFERENCE_KEY)) {
                throw new ReferenceTakenException();
            }
            throw refusal.withoutValues(what);
        }
    }

    // Rows to views ---------------------------------------------------------------------------------------------

    private static Feedback feedback(UUID id, String reference, Subject subject, String role, Origin origin,
                                     String text, ContactDetails contact, Consent consent, String postcodeDistrict,
                                     String trackingTokenHash, OffsetDateTime receivedAt, Moderation moderation,
                                     Set<ThemeId> themes, Assignment assignment, Response response, Closure closure,
                                     SafeguardingFlag safeguarding, OffsetDateTime erasedAt, List<Transition> history,
                                     Long version) {
        return new Feedback(new FeedbackId(id), new FeedbackReference(reference), subject,
                ContributorRole.valueOf(role), origin, Optional.ofNullable(text).map(ViewText::new),
                contact == null ? ContactDetails.none() : contact, consent,
                Optional.ofNullable(postcodeDistrict).map(PostcodeDistrict::new), trackingTokenHash,
                receivedAt.toInstant(), moderation, themes, Optional.ofNullable(assignment),
                Optional.ofNullable(response), Optional.ofNullable(closure), Optional.ofNullable(safeguarding),
                Optional.ofNullable(erasedAt).map(OffsetDateTime::toInstant), history, version);
    }

    private static Subject subject(String kind, UUID community, UUID workstream, UUID network) {
        return switch (kind) {
            case "community" -> new Subject.AboutCommunity(new CommunityId(community));
            case "workstream" -> new Subject.AboutWorkstream(new WorkstreamId(workstream));
            case "network" -> new Subject.AboutNetwork(new NetworkId(network));
            default -> Subject.of(kind, Optional.empty());
        };
    }

    private static Origin origin(String channel, LocalDate receivedOn, String eventOrBatch, UUID enteredBy,
                                 UUID meeting) {
        return new Origin(Channel.valueOf(channel), receivedOn, Optional.ofNullable(eventOrBatch),
                Optional.ofNullable(enteredBy).map(StaffMemberId::new),
                Optional.ofNullable(meeting).map(MeetingId::new));
    }

    private static ContactDetails contact(String name, String email, String phone) {
        return new ContactDetails(Optional.ofNullable(name), Optional.ofNullable(email).map(EmailAddress::new),
                Optional.ofNullable(phone).map(PhoneNumber::new));
    }

    private static Moderation moderation(String decision, String publicText, OffsetDateTime publishedAt,
                                         UUID publishedBy, String withholdReason, String withholdNote,
                                         OffsetDateTime withheldAt, UUID withheldBy) {
        return switch (decision) {
            case PENDING -> new Moderation.Pending();
            case PUBLISHED -> new Moderation.Published(new PublicText(publicText), publishedAt.toInstant(),
                    new StaffMemberId(publishedBy));
            case WITHHELD -> new Moderation.Withheld(WithholdReason.valueOf(withholdReason),
                    Optional.ofNullable(withholdNote), withheldAt.toInstant(), new StaffMemberId(withheldBy));
            default -> throw new IllegalStateException("unknown moderation " + decision + " in the feedback table");
        };
    }

    private static Transition transition(OffsetDateTime at, UUID by, String kind, String detail) {
        return new Transition(at.toInstant(), Optional.ofNullable(by).map(StaffMemberId::new),
                Transition.Kind.valueOf(kind), detail);
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
