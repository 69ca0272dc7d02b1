package org.bettercaretogether.web.audit;

import java.util.List;

/**
 * The model of {@code /staff/audit-log}: a page of entries, newest first, and the links to older entries and
 * back to the newest ({@code null} where there is nowhere to go).
 */
public record AuditLogPage(List<Row> entries, String olderHref, String newestHref) {

    public static final String HEADING = "Audit log";

    /** One entry as the table shows it: when (UK time), who, what, to which record, and what changed. */
    public record Row(String when, String who, String action, String record, List<Change> changes) {
    }

    /** One field changed, with its values in words ("None" where there was, or is, none). */
    public record Change(String field, String before, String after) {
    }
}
