package org.bettercaretogether.persistence.opendata;

import org.bettercaretogether.application.opendata.OpenDataRecords;
import org.bettercaretogether.application.opendata.OpenDataSet;
import org.bettercaretogether.application.opendata.OpenDataSink;
import org.bettercaretogether.persistence.shared.ConnectionLoss;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.bettercaretogether.persistence.jooq.Tables.CHANGE_MADE;
import static org.bettercaretogether.persistence.jooq.Tables.CHANGE_THEME;
import static org.bettercaretogether.persistence.jooq.Tables.CHANGE_VIEW;
import static org.bettercaretogether.persistence.jooq.Tables.CLINICAL_NETWORK;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY_POSTCODE_DISTRICT;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY_PROJECT;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY_PROJECT_COMMUNITY;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY_PROJECT_SESSION;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY_TOWN;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK_THEME;
import static org.bettercaretogether.persistence.jooq.Tables.INTEGRATED_TEAM;
import static org.bettercaretogether.persistence.jooq.Tables.INTEGRATED_TEAM_ROLE;
import static org.bettercaretogether.persistence.jooq.Tables.KEY_QUESTION;
import static org.bettercaretogether.persistence.jooq.Tables.LOCAL_PRIORITY;
import static org.bettercaretogether.persistence.jooq.Tables.LOCAL_PRIORITY_DIMENSION;
import static org.bettercaretogether.persistence.jooq.Tables.LOCAL_PRIORITY_STATUS_STEP;
import static org.bettercaretogether.persistence.jooq.Tables.MEETING;
import static org.bettercaretogether.persistence.jooq.Tables.MEETING_ACCESS_FEATURE;
import static org.bettercaretogether.persistence.jooq.Tables.PARTNER;
import static org.bettercaretogether.persistence.jooq.Tables.PARTNER_IDENTIFIER;
import static org.bettercaretogether.persistence.jooq.Tables.PROFESSION;
import static org.bettercaretogether.persistence.jooq.Tables.THEME;
import static org.bettercaretogether.persistence.jooq.Tables.VANGUARD;
import static org.bettercaretogether.persistence.jooq.Tables.WORKSTREAM;
import static org.bettercaretogether.persistence.jooq.Tables.WORKSTREAM_CARE_SETTING;
import static org.bettercaretogether.persistence.jooq.Tables.WORKSTREAM_PARTNER;
import static org.jooq.impl.DSL.arrayAgg;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;

/**
 * Reads the open data sets in one read-only, repeatable-read transaction, so every set is as it stood at the same
 * moment, each through a cursor that fetches {@link #ROWS_PER_FETCH} rows at a time: the largest set never sits whole
 * in memory, here or in the driver. The statement time limit of the service's connections is lifted for this
 * transaction alone, as reading every published view may take longer than any request should.
 *
 * <p>Each query selects exactly the public columns of its {@link OpenDataSet}, in their order; a list column is read
 * as an array aggregated in the query. What it reads is public by construction: views and answers only where
 * {@code moderation = 'PUBLISHED'}, and nothing from the contact, original-text or registration columns.
 */
public final class JooqOpenDataRecords implements OpenDataRecords {

    /** Names sort as Java's {@code String.compareTo} does, whatever the database's own collation. */
    private static final String BY_CODE_POINT = "C";

    static final int ROWS_PER_FETCH = 500;

    private static final Condition PUBLISHED = FEEDBACK.MODERATION.eq("PUBLISHED");

    private final DSLContext dsl;

    public JooqOpenDataRecords(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Instant readAll(OpenDataSink sink) {
        try {
            return dsl.transactionResult(() -> {
                dsl.execute("set transaction isolation level repeatable read, read only");
                dsl.execute("set local statement_timeout = 0");
                Instant asOf = dsl.select(currentOffsetDateTime()).fetchSingle().value1().toInstant();
                for (OpenDataSet set : OpenDataSet.values()) {
                    sink.start(set, asOf);
                    try (Cursor<? extends Record> rows = query(set).fetchSize(ROWS_PER_FETCH).fetchLazy()) {
                        for (Record row : rows) {
                            sink.row(values(row));
                        }
                    }
                    sink.finish(set);
                }
                return asOf;
            });
        } catch (DataAccessException failure) {
            throw ConnectionLoss.translated(failure);
        }
    }

    private ResultQuery<? extends Record> query(OpenDataSet set) {
        return switch (set) {
            case PUBLISHED_VIEWS -> publishedViews();
            case ANSWERS -> answers();
            case CHANGES_MADE -> changesMade();
            case PRIORITIES -> priorities();
            case TEAM_MIX -> teamMix();
            case MEETINGS -> meetings();
            case COMMUNITY_PROJECTS -> projects();
            case KEY_QUESTIONS -> keyQuestions();
            case PARTNERS -> partners();
            case NETWORKS -> networks();
            case COMMUNITIES -> communities();
            case WORKSTREAMS -> workstreams();
        };
    }

    private ResultQuery<? extends Record> publishedViews() {
        return dsl.select(FEEDBACK.REFERENCE, FEEDBACK.SUBJECT_KIND,
                        coalesce(COMMUNITY.SLUG, WORKSTREAM.SLUG, CLINICAL_NETWORK.SLUG),
                        coalesce(COMMUNITY.NAME, WORKSTREAM.NAME, CLINICAL_NETWORK.NAME, programmeName()),
                        FEEDBACK.CONTRIBUTOR_ROLE, FEEDBACK.CHANNEL, FEEDBACK.RECEIVED_ON, FEEDBACK.PUBLISHED_AT,
                        FEEDBACK.PUBLIC_TEXT,
                        field(select(arrayAgg(THEME.NAME).orderBy(THEME.NAME)).from(FEEDBACK_THEME)
                                .join(THEME).on(THEME.ID.eq(FEEDBACK_THEME.THEME_ID))
                                .where(FEEDBACK_THEME.FEEDBACK_ID.eq(FEEDBACK.ID))),
                        FEEDBACK.RESPONDED_AT.isNotNull())
                .from(FEEDBACK)
                .leftJoin(COMMUNITY).on(COMMUNITY.ID.eq(FEEDBACK.COMMUNITY_ID))
                .leftJoin(WORKSTREAM).on(WORKSTREAM.ID.eq(FEEDBACK.WORKSTREAM_ID))
                .leftJoin(CLINICAL_NETWORK).on(CLINICAL_NETWORK.ID.eq(FEEDBACK.NETWORK_ID))
                .where(PUBLISHED)
                .orderBy(FEEDBACK.PUBLISHED_AT, FEEDBACK.ID);
    }

    private ResultQuery<? extends Record> answers() {
        return dsl.select(FEEDBACK.REFERENCE, FEEDBACK.RESPONSE_PARTNER_ID, PARTNER.NAME, FEEDBACK.RESPONDED_AT,
                        FEEDBACK.RESPONSE_TEXT)
                .from(FEEDBACK)
                .join(PARTNER).on(PARTNER.ID.eq(FEEDBACK.RESPONSE_PARTNER_ID))
                .where(PUBLISHED.and(FEEDBACK.RESPONDED_AT.isNotNull()))
                .orderBy(FEEDBACK.PUBLISHED_AT, FEEDBACK.ID);
    }

    private ResultQuery<? extends Record> changesMade() {
        return dsl.select(CHANGE_MADE.ID, CHANGE_MADE.TITLE, CHANGE_MADE.DESCRIPTION,
                        when(CHANGE_MADE.COMMUNITY_ID.isNotNull(), inline("community"))
                                .when(CHANGE_MADE.WORKSTREAM_ID.isNotNull(), inline("workstream"))
                                .otherwise(inline("programme")),
                        coalesce(COMMUNITY.SLUG, WORKSTREAM.SLUG),
                        coalesce(COMMUNITY.NAME, WORKSTREAM.NAME, programmeName()),
                        CHANGE_MADE.STATUS, CHANGE_MADE.PLANNED_ON, CHANGE_MADE.STARTED_ON, CHANGE_MADE.MADE_ON,
                        field(select(arrayAgg(THEME.NAME).orderBy(THEME.NAME)).from(CHANGE_THEME)
                                .join(THEME).on(THEME.ID.eq(CHANGE_THEME.THEME_ID))
                                .where(CHANGE_THEME.CHANGE_ID.eq(CHANGE_MADE.ID))),
                        field(select(count()).from(CHANGE_VIEW).where(CHANGE_VIEW.CHANGE_ID.eq(CHANGE_MADE.ID))),
                        field(select(arrayAgg(FEEDBACK.REFERENCE).orderBy(FEEDBACK.REFERENCE)).from(CHANGE_VIEW)
                                .join(FEEDBACK).on(FEEDBACK.ID.eq(CHANGE_VIEW.FEEDBACK_ID))
                                .where(CHANGE_VIEW.CHANGE_ID.eq(CHANGE_MADE.ID).and(PUBLISHED))))
                .from(CHANGE_MADE)
                .leftJoin(COMMUNITY).on(COMMUNITY.ID.eq(CHANGE_MADE.COMMUNITY_ID))
                .leftJoin(WORKSTREAM).on(WORKSTREAM.ID.eq(CHANGE_MADE.WORKSTREAM_ID))
                .orderBy(CHANGE_MADE.PLANNED_ON, CHANGE_MADE.ID);
    }

    private ResultQuery<? extends Record> priorities() {
        var latest = LOCAL_PRIORITY_STATUS_STEP.as("latest");
        Condition lastStep = latest.PRIORITY_ID.eq(LOCAL_PRIORITY.ID).and(latest.POSITION.eq(
                select(LOCAL_PRIORITY_STATUS_STEP.POSITION.max()).from(LOCAL_PRIORITY_STATUS_STEP)
                        .where(LOCAL_PRIORITY_STATUS_STEP.PRIORITY_ID.eq(LOCAL_PRIORITY.ID))));
        return dsl.select(LOCAL_PRIORITY.ID, COMMUNITY.SLUG, COMMUNITY.NAME, LOCAL_PRIORITY.RANK, LOCAL_PRIORITY.TITLE,
                        LOCAL_PRIORITY.DESCRIPTION, LOCAL_PRIORITY.RATIONALE, THEME.NAME, PARTNER.NAME,
                        field(select(arrayAgg(LOCAL_PRIORITY_DIMENSION.DIMENSION)
                                .orderBy(LOCAL_PRIORITY_DIMENSION.DIMENSION)).from(LOCAL_PRIORITY_DIMENSION)
                                .where(LOCAL_PRIORITY_DIMENSION.PRIORITY_ID.eq(LOCAL_PRIORITY.ID))),
                        latest.STATUS, latest.STATUS_ON)
                .from(LOCAL_PRIORITY)
                .join(COMMUNITY).on(COMMUNITY.ID.eq(LOCAL_PRIORITY.COMMUNITY_ID))
                .join(PARTNER).on(PARTNER.ID.eq(LOCAL_PRIORITY.OWNER_ID))
                .leftJoin(THEME).on(THEME.ID.eq(LOCAL_PRIORITY.THEME_ID))
                .leftJoin(latest).on(lastStep)
                .orderBy(COMMUNITY.NAME, LOCAL_PRIORITY.RANK);
    }

    private ResultQuery<? extends Record> teamMix() {
        return dsl.select(COMMUNITY.SLUG, COMMUNITY.NAME, INTEGRATED_TEAM.AS_OF, PROFESSION.NAME, PARTNER.NAME,
                        INTEGRATED_TEAM_ROLE.HEADCOUNT, INTEGRATED_TEAM_ROLE.WHOLE_TIME_EQUIVALENTS)
                .from(INTEGRATED_TEAM_ROLE)
                .join(INTEGRATED_TEAM).on(INTEGRATED_TEAM.COMMUNITY_ID.eq(INTEGRATED_TEAM_ROLE.COMMUNITY_ID))
                .join(COMMUNITY).on(COMMUNITY.ID.eq(INTEGRATED_TEAM_ROLE.COMMUNITY_ID))
                .join(PROFESSION).on(PROFESSION.ID.eq(INTEGRATED_TEAM_ROLE.PROFESSION_ID))
                .join(PARTNER).on(PARTNER.ID.eq(INTEGRATED_TEAM_ROLE.EMPLOYER_ID))
                .orderBy(COMMUNITY.NAME, INTEGRATED_TEAM_ROLE.POSITION);
    }

    private ResultQuery<? extends Record> meetings() {
        return dsl.select(MEETING.ID,
                        when(MEETING.COMMUNITY_ID.isNotNull(), inline("community")).otherwise(inline("workstream")),
                        coalesce(COMMUNITY.SLUG, WORKSTREAM.SLUG), coalesce(COMMUNITY.NAME, WORKSTREAM.NAME),
                        MEETING.TITLE, MEETING.PURPOSE, MEETING.STARTS_AT, MEETING.ENDS_AT, MEETING.VENUE_NAME,
                        MEETING.VENUE_ADDRESS, MEETING.VENUE_ACCESS_NOTES,
                        field(select(arrayAgg(MEETING_ACCESS_FEATURE.FEATURE).orderBy(MEETING_ACCESS_FEATURE.FEATURE))
                                .from(MEETING_ACCESS_FEATURE).where(MEETING_ACCESS_FEATURE.MEETING_ID.eq(MEETING.ID))),
                        MEETING.ONLINE_LINK.isNotNull(), MEETING.CAPACITY, MEETING.STATUS,
                        MEETING.CANCELLATION_REASON, MEETING.ATTENDANCE, MEETING.SUMMARY)
                .from(MEETING)
                .leftJoin(COMMUNITY).on(COMMUNITY.ID.eq(MEETING.COMMUNITY_ID))
                .leftJoin(WORKSTREAM).on(WORKSTREAM.ID.eq(MEETING.WORKSTREAM_ID))
                .orderBy(MEETING.STARTS_AT, MEETING.ID);
    }

    /** Listed and closed projects by name ("C"), then id; a session written as TUESDAY 10:00-11:30. */
    private ResultQuery<? extends Record> projects() {
        Field<String> session = field("(array['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', "
                        + "'SUNDAY'])[{0}] || ' ' || to_char({1}, 'HH24:MI') || '-' || to_char({2}, 'HH24:MI')",
                String.class, COMMUNITY_PROJECT_SESSION.DAY_OF_WEEK, COMMUNITY_PROJECT_SESSION.STARTS_AT,
                COMMUNITY_PROJECT_SESSION.ENDS_AT);
        return dsl.select(COMMUNITY_PROJECT.ID, COMMUNITY_PROJECT.NAME, COMMUNITY_PROJECT.CATEGORY,
                        COMMUNITY_PROJECT.ORGANISER, COMMUNITY_PROJECT.ORGANISER_KIND,
                        field(select(arrayAgg(COMMUNITY.SLUG).orderBy(COMMUNITY.SLUG.collate(BY_CODE_POINT)))
                                .from(COMMUNITY_PROJECT_COMMUNITY).join(COMMUNITY)
                                .on(COMMUNITY.ID.eq(COMMUNITY_PROJECT_COMMUNITY.COMMUNITY_ID))
                                .where(COMMUNITY_PROJECT_COMMUNITY.PROJECT_ID.eq(COMMUNITY_PROJECT.ID))),
                        COMMUNITY_PROJECT.OFFER, COMMUNITY_PROJECT.FOR_WHOM, COMMUNITY_PROJECT.VENUE_NAME,
                        COMMUNITY_PROJECT.VENUE_ADDRESS,
                        field("nullif({0}, '{}'::text[])", String[].class, COMMUNITY_PROJECT.VENUE_ACCESS),
                        COMMUNITY_PROJECT.ONLINE,
                        field(select(arrayAgg(session).orderBy(COMMUNITY_PROJECT_SESSION.POSITION))
                                .from(COMMUNITY_PROJECT_SESSION)
                                .where(COMMUNITY_PROJECT_SESSION.PROJECT_ID.eq(COMMUNITY_PROJECT.ID))),
                        COMMUNITY_PROJECT.TIMES_NOTE, COMMUNITY_PROJECT.JOIN_BY, COMMUNITY_PROJECT.JOIN_DETAILS,
                        COMMUNITY_PROJECT.FREE, COMMUNITY_PROJECT.CHARGE, COMMUNITY_PROJECT.STATUS,
                        COMMUNITY_PROJECT.LAST_CHECKED)
                .from(COMMUNITY_PROJECT)
                .where(COMMUNITY_PROJECT.STATUS.in("LISTED", "CLOSED"))
                .orderBy(COMMUNITY_PROJECT.NAME.collate(BY_CODE_POINT), COMMUNITY_PROJECT.ID);
    }

    private ResultQuery<? extends Record> keyQuestions() {
        return dsl.select(KEY_QUESTION.POSITION, KEY_QUESTION.QUESTION, KEY_QUESTION.ANSWER, KEY_QUESTION.CHANGED_AT)
                .from(KEY_QUESTION)
                .orderBy(KEY_QUESTION.POSITION);
    }

    private ResultQuery<? extends Record> partners() {
        return dsl.select(PARTNER.ID, PARTNER.NAME, PARTNER.KIND, code("ODS"), code("GSS"), PARTNER.WEBSITE,
                        PARTNER.ROLE)
                .from(PARTNER)
                .orderBy(PARTNER.NAME, PARTNER.ID);
    }

    private static Field<String> code(String scheme) {
        return field(select(PARTNER_IDENTIFIER.VALUE).from(PARTNER_IDENTIFIER)
                .where(PARTNER_IDENTIFIER.PARTNER_ID.eq(PARTNER.ID).and(PARTNER_IDENTIFIER.SCHEME.eq(scheme)))
                .orderBy(PARTNER_IDENTIFIER.POSITION).limit(1));
    }

    private ResultQuery<? extends Record> networks() {
        return dsl.select(CLINICAL_NETWORK.ID, CLINICAL_NETWORK.SLUG, CLINICAL_NETWORK.NAME,
                        CLINICAL_NETWORK.DESCRIPTION)
                .from(CLINICAL_NETWORK)
                .orderBy(CLINICAL_NETWORK.NAME);
    }

    private ResultQuery<? extends Record> communities() {
        return dsl.select(COMMUNITY.ID, COMMUNITY.SLUG, COMMUNITY.NAME, CLINICAL_NETWORK.SLUG,
                        field(select(arrayAgg(COMMUNITY_TOWN.NAME).orderBy(COMMUNITY_TOWN.POSITION))
                                .from(COMMUNITY_TOWN).where(COMMUNITY_TOWN.COMMUNITY_ID.eq(COMMUNITY.ID))),
                        field(select(arrayAgg(COMMUNITY_POSTCODE_DISTRICT.DISTRICT)
                                .orderBy(COMMUNITY_POSTCODE_DISTRICT.POSITION)).from(COMMUNITY_POSTCODE_DISTRICT)
                                .where(COMMUNITY_POSTCODE_DISTRICT.COMMUNITY_ID.eq(COMMUNITY.ID))),
                        COMMUNITY.POPULATION, COMMUNITY.STAGE, COMMUNITY.STAGE_REACHED_ON)
                .from(COMMUNITY)
                .join(CLINICAL_NETWORK).on(CLINICAL_NETWORK.ID.eq(COMMUNITY.NETWORK_ID))
                .orderBy(COMMUNITY.NAME);
    }

    private ResultQuery<? extends Record> workstreams() {
        var lead = PARTNER.as("lead");
        return dsl.select(WORKSTREAM.ID, WORKSTREAM.SLUG, WORKSTREAM.NAME, WORKSTREAM.SCOPE, WORKSTREAM.PHASE,
                        field(select(arrayAgg(WORKSTREAM_CARE_SETTING.SETTING).orderBy(WORKSTREAM_CARE_SETTING.SETTING))
                                .from(WORKSTREAM_CARE_SETTING)
                                .where(WORKSTREAM_CARE_SETTING.WORKSTREAM_ID.eq(WORKSTREAM.ID))),
                        lead.NAME,
                        field(select(arrayAgg(PARTNER.NAME).orderBy(PARTNER.NAME)).from(WORKSTREAM_PARTNER)
                                .join(PARTNER).on(PARTNER.ID.eq(WORKSTREAM_PARTNER.PARTNER_ID))
                                .where(WORKSTREAM_PARTNER.WORKSTREAM_ID.eq(WORKSTREAM.ID))))
                .from(WORKSTREAM)
                .leftJoin(lead).on(lead.ID.eq(WORKSTREAM.LEAD_PARTNER_ID))
                .orderBy(WORKSTREAM.NAME);
    }

    private static Field<String> programmeName() {
        return field(select(VANGUARD.NAME).from(VANGUARD).limit(1));
    }

    /** The row's values as the sink takes them: instants in UTC, ids and codes as text, arrays as lists. */
    private static List<Object> values(Record row) {
        List<Object> values = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            values.add(switch (row.get(i)) {
                case null -> null;
                case OffsetDateTime at -> at.toInstant();
                case UUID id -> id.toString();
                case Integer number -> number.longValue();
                case Object[] items -> Arrays.stream(items).map(String::valueOf).toList();
                case Object other -> other;
            });
        }
        return values;
    }
}
