package org.bettercaretogether.persistence.project;

import org.bettercaretogether.application.project.ProjectReports;
import org.bettercaretogether.domain.project.ProjectId;
import org.bettercaretogether.domain.project.ProjectReport;
import org.bettercaretogether.domain.project.ReportId;
import org.bettercaretogether.persistence.jooq.tables.records.ProjectReportRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.bettercaretogether.persistence.jooq.Tables.PROJECT_REPORT;

/**
 * The public's reports about community projects in {@code project_report}; the open ones are read oldest first
 * through a partial index. Rows become reports in {@link #report} and reports rows in {@link #row}, nowhere else.
 */
public final class JooqProjectReports implements ProjectReports {

    private final DSLContext dsl;

    public JooqProjectReports(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public ProjectReport add(ProjectReport report) {
        ProjectReport stored = report.withVersion(1);
        dsl.insertInto(PROJECT_REPORT).set(row(stored)).execute();
        return stored;
    }

    @Override
    public Optional<ProjectReport> update(ProjectReport report) {
        ProjectReport stored = report.withVersion(report.version() + 1);
        int updated = dsl.update(PROJECT_REPORT).set(row(stored))
                .where(PROJECT_REPORT.ID.eq(report.id().value()).and(PROJECT_REPORT.VERSION.eq(report.version())))
                .execute();
        return updated == 1 ? Optional.of(stored) : Optional.empty();
    }

    @Override
    public Optional<ProjectReport> find(ReportId id) {
        return where(PROJECT_REPORT.ID.eq(id.value()), 1).stream().findFirst();
    }

    @Override
    public List<ProjectReport> open(int most) {
        return where(PROJECT_REPORT.RESOLVED_AT.isNull(), most);
    }

    private List<ProjectReport> where(Condition condition, int most) {
        return dsl.selectFrom(PROJECT_REPORT).where(condition)
                .orderBy(PROJECT_REPORT.RECEIVED_AT, PROJECT_REPORT.ID)
                .limit(most)
                .fetch(JooqProjectReports::report);
    }

    private static ProjectReport report(ProjectReportRecord row) {
        return new ProjectReport(new ReportId(row.getId()), new ProjectId(row.getProjectId()),
                ProjectReport.Problem.valueOf(row.getProblem()), row.getDetails(), row.getReceivedAt().toInstant(),
                Optional.ofNullable(row.getResolvedAt()).map(OffsetDateTime::toInstant), row.getVersion());
    }

    private ProjectReportRecord row(ProjectReport report) {
        ProjectReportRecord row = dsl.newRecord(PROJECT_REPORT);
        row.setId(report.id().value());
        row.setProjectId(report.project().value());
        row.setProblem(report.problem().name());
        row.setDetails(report.details());
        row.setReceivedAt(report.receivedAt().atOffset(ZoneOffset.UTC));
        row.setResolvedAt(report.resolvedAt().map(at -> at.atOffset(ZoneOffset.UTC)).orElse(null));
        row.setVersion(report.version());
        return row;
    }
}
