package org.bettercaretogether.persistence.project;

import org.bettercaretogether.application.project.CommunityProjects;
import org.bettercaretogether.application.project.ProjectPosition;
import org.bettercaretogether.application.project.ProjectSearch;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.meeting.AccessFeature;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.project.CommunityProject;
import org.bettercaretogether.domain.project.Cost;
import org.bettercaretogether.domain.project.JoiningRoute;
import org.bettercaretogether.domain.project.Organiser;
import org.bettercaretogether.domain.project.ProjectCategory;
import org.bettercaretogether.domain.project.ProjectDetails;
import org.bettercaretogether.domain.project.ProjectId;
import org.bettercaretogether.domain.project.ProjectStatus;
import org.bettercaretogether.domain.project.Session;
import org.bettercaretogether.domain.project.Suggester;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.persistence.jooq.tables.records.CommunityProjectRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY_PROJECT;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY_PROJECT_COMMUNITY;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY_PROJECT_SESSION;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

/**
 * The community projects in {@code community_project}, with the communities each serves and its weekly sessions read
 * in the same query (no query per project). Each change rewrites the project's communities and sessions. Rows become
 * projects in {@link #project} and projects rows in {@link #row}, nowhere else.
 */
public final class JooqCommunityProjects implements CommunityProjects {

    /** Names sort as Java's {@code String.compareTo} does, whatever the database's own collation. */
    private static final String BY_CODE_POINT = "C";

    private static final Field<List<CommunityId>> COMMUNITIES = multiset(
            select(COMMUNITY_PROJECT_COMMUNITY.COMMUNITY_ID)
                    .from(COMMUNITY_PROJECT_COMMUNITY)
                    .where(COMMUNITY_PROJECT_COMMUNITY.PROJECT_ID.eq(COMMUNITY_PROJECT.ID)))
            .as("communities")
            .convertFrom(rows -> rows.map(community -> new CommunityId(community.value1())));

    private static final Field<List<Session>> SESSIONS = multiset(
            select(COMMUNITY_PROJECT_SESSION.DAY_OF_WEEK, COMMUNITY_PROJECT_SESSION.STARTS_AT,
                    COMMUNITY_PROJECT_SESSION.ENDS_AT)
                    .from(COMMUNITY_PROJECT_SESSION)
                    .where(COMMUNITY_PROJECT_SESSION.PROJECT_ID.eq(COMMUNITY_PROJECT.ID))
                    .orderBy(COMMUNITY_PROJECT_SESSION.POSITION))
            .as("sessions")
            .convertFrom(rows -> rows.map(session -> new Session(DayOfWeek.of(session.value1()), session.value2(),
                    session.value3())));

    private final DSLContext dsl;

    public JooqCommunityProjects(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public CommunityProject add(CommunityProject project) {
        CommunityProject stored = project.withVersion(1);
        dsl.insertInto(COMMUNITY_PROJECT).set(row(stored)).execute();
        writeChildren(stored);
        return stored;
    }

    @Override
    public Optional<CommunityProject> update(CommunityProject project) {
        CommunityProject stored = project.withVersion(project.version() + 1);
        int updated = dsl.update(COMMUNITY_PROJECT).set(row(stored))
                .where(COMMUNITY_PROJECT.ID.eq(project.id().value())
                        .and(COMMUNITY_PROJECT.VERSION.eq(project.version())))
                .execute();
        if (updated != 1) {
            return Optional.empty();
        }
        dsl.deleteFrom(COMMUNITY_PROJECT_COMMUNITY)
                .where(COMMUNITY_PROJECT_COMMUNITY.PROJECT_ID.eq(project.id().value())).execute();
        dsl.deleteFrom(COMMUNITY_PROJECT_SESSION)
                .where(COMMUNITY_PROJECT_SESSION.PROJECT_ID.eq(project.id().value())).execute();
        writeChildren(stored);
        return Optional.of(stored);
    }

    @Override
    public Optional<CommunityProject> find(ProjectId id) {
        return where(COMMUNITY_PROJECT.ID.eq(id.value()), List.of(COMMUNITY_PROJECT.ID.asc()), 1).stream()
                .findFirst();
    }

    @Override
    public List<CommunityProject> listed(ProjectSearch search, Optional<ProjectPosition> after, int limit) {
        Field<String> name = COMMUNITY_PROJECT.NAME.collate(BY_CODE_POINT);
        Condition condition = COMMUNITY_PROJECT.STATUS.eq(ProjectStatus.LISTED.name()).and(matching(search));
        if (after.isPresent()) {
            condition = condition.and(DSL.row(name, COMMUNITY_PROJECT.ID)
                    .gt(after.get().name(), after.get().id()));
        }
        return where(condition, List.of(name.asc(), COMMUNITY_PROJECT.ID.asc()), limit);
    }

    @Override
    public List<CommunityProject> withStatus(ProjectStatus status, int most) {
        return where(COMMUNITY_PROJECT.STATUS.eq(status.name()),
                List.of(COMMUNITY_PROJECT.RECEIVED_AT.asc(), COMMUNITY_PROJECT.ID.asc()), most);
    }

    @Override
    public List<CommunityProject> suggestedBy(EmailAddress email) {
        return where(DSL.lower(COMMUNITY_PROJECT.SUGGESTER_EMAIL).eq(DSL.lower(DSL.val(email.value()))),
                List.of(COMMUNITY_PROJECT.RECEIVED_AT.asc(), COMMUNITY_PROJECT.ID.asc()), Integer.MAX_VALUE);
    }

    @Override
    public List<CommunityProject> listedCheckedBy(LocalDate day, int most) {
        return where(COMMUNITY_PROJECT.STATUS.eq(ProjectStatus.LISTED.name())
                        .and(COMMUNITY_PROJECT.LAST_CHECKED.le(day)),
                List.of(COMMUNITY_PROJECT.LAST_CHECKED.asc(), COMMUNITY_PROJECT.ID.asc()), most);
    }

    private static Condition matching(ProjectSearch search) {
        Condition condition = noCondition();
        if (!search.communities().isEmpty()) {
            condition = condition.and(exists(selectOne().from(COMMUNITY_PROJECT_COMMUNITY)
                    .where(COMMUNITY_PROJECT_COMMUNITY.PROJECT_ID.eq(COMMUNITY_PROJECT.ID))
                    .and(COMMUNITY_PROJECT_COMMUNITY.COMMUNITY_ID.in(
                            search.communities().stream().map(CommunityId::value).toList()))));
        }
        if (search.category().isPresent()) {
            condition = condition.and(COMMUNITY_PROJECT.CATEGORY.eq(search.category().get().name()));
        }
        if (search.day().isPresent()) {
            condition = condition.and(exists(selectOne().from(COMMUNITY_PROJECT_SESSION)
                    .where(COMMUNITY_PROJECT_SESSION.PROJECT_ID.eq(COMMUNITY_PROJECT.ID))
                    .and(COMMUNITY_PROJECT_SESSION.DAY_OF_WEEK.eq((short) search.day().get().getValue()))));
        }
        if (search.freeOnly()) {
            condition = condition.and(COMMUNITY_PROJECT.FREE.isTrue());
        }
        return condition;
    }

    private List<CommunityProject> where(Condition condition, List<SortField<?>> order, int limit) {
        return dsl.select(COMMUNITY_PROJECT.asterisk(), COMMUNITIES, SESSIONS)
                .from(COMMUNITY_PROJECT)
                .where(condition)
                .orderBy(order)
                .limit(limit)
                .fetch(JooqCommunityProjects::project);
    }

    private static CommunityProject project(Record found) {
        CommunityProjectRecord row = found.into(COMMUNITY_PROJECT);
        Optional<Venue> venue = Optional.ofNullable(row.getVenueName()).map(venueName -> new Venue(venueName,
                row.getVenueAddress(), Arrays.stream(row.getVenueAccess()).map(AccessFeature::valueOf)
                .collect(Collectors.toSet()), Optional.ofNullable(row.getVenueAccessNotes())));
        ProjectDetails details = new ProjectDetails(row.getName(), row.getOffer(), row.getForWhom(),
                ProjectCategory.valueOf(row.getCategory()),
                new Organiser(Organiser.Kind.valueOf(row.getOrganiserKind()), row.getOrganiser()),
                Set.copyOf(found.get(COMMUNITIES)), venue, row.getOnline(), found.get(SESSIONS),
                Optional.ofNullable(row.getTimesNote()),
                new JoiningRoute(JoiningRoute.Way.valueOf(row.getJoinBy()), row.getJoinDetails()),
                new Cost(row.getFree(), Optional.ofNullable(row.getCharge())));
        Suggester suggester = new Suggester(Optional.ofNullable(row.getSuggesterName()),
                Optional.ofNullable(row.getSuggesterEmail()).map(EmailAddress::new));
        return new CommunityProject(new ProjectId(row.getId()), details, ProjectStatus.valueOf(row.getStatus()),
                suggester.isEmpty() ? Optional.empty() : Optional.of(suggester), row.getLastChecked(),
                row.getReceivedAt().toInstant(), row.getChangedAt().toInstant(), row.getVersion());
    }

    private CommunityProjectRecord row(CommunityProject project) {
        ProjectDetails details = project.details();
        CommunityProjectRecord row = dsl.newRecord(COMMUNITY_PROJECT);
        row.setId(project.id().value());
        row.setName(details.name());
        row.setOffer(details.offer());
        row.setForWhom(details.forWhom());
        row.setCategory(details.category().name());
        row.setOrganiserKind(details.organiser().kind().name());
        row.setOrganiser(details.organiser().name());
        row.setVenueName(details.venue().map(Venue::name).orElse(null));
        row.setVenueAddress(details.venue().map(Venue::address).orElse(null));
        row.setVenueAccess(details.venue().map(venue -> venue.access().stream().map(AccessFeature::name).sorted()
                .toArray(String[]::new)).orElse(new String[0]));
        row.setVenueAccessNotes(details.venue().flatMap(Venue::accessNotes).orElse(null));
        row.setOnline(details.online());
        row.setTimesNote(details.timesNote().orElse(null));
        row.setJoinBy(details.joining().way().name());
        row.setJoinDetails(details.joining().details());
        row.setFree(details.cost().free());
        row.setCharge(details.cost().charge().orElse(null));
        row.setStatus(project.status().name());
        row.setSuggesterName(project.suggester().flatMap(Suggester::name).orElse(null));
        row.setSuggesterEmail(project.suggester().flatMap(Suggester::email).map(EmailAddress::value).orElse(null));
        row.setLastChecked(project.lastChecked());
        row.setReceivedAt(project.receivedAt().atOffset(ZoneOffset.UTC));
        row.setChangedAt(project.changedAt().atOffset(ZoneOffset.UTC));
        row.setVersion(project.version());
        return row;
    }

    private void writeChildren(CommunityProject project) {
        UUID id = project.id().value();
        var communities = dsl.insertInto(COMMUNITY_PROJECT_COMMUNITY, COMMUNITY_PROJECT_COMMUNITY.PROJECT_ID,
                COMMUNITY_PROJECT_COMMUNITY.COMMUNITY_ID);
        for (CommunityId community : project.details().communities()) {
            communities = communities.values(id, community.value());
        }
        communities.execute();
        List<Session> sessions = project.details().sessions();
        if (sessions.isEmpty()) {
            return;
        }
        var rows = dsl.insertInto(COMMUNITY_PROJECT_SESSION, COMMUNITY_PROJECT_SESSION.PROJECT_ID,
                COMMUNITY_PROJECT_SESSION.POSITION, COMMUNITY_PROJECT_SESSION.DAY_OF_WEEK,
                COMMUNITY_PROJECT_SESSION.STARTS_AT, COMMUNITY_PROJECT_SESSION.ENDS_AT);
        for (int position = 0; position < sessions.size(); position++) {
            Session session = sessions.get(position);
            rows = rows.values(id, position, (short) session.day().getValue(), session.starts(), session.ends());
        }
        rows.execute();
    }
}
