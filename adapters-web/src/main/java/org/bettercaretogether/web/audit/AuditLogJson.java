package org.bettercaretogether.web.audit;

import java.util.List;

/**
 * A page of the audit log in the staff API, newest first: {@code {"items": [...], "next": "..."}}, where
 * {@code next} is the cursor of the page of older entries and is absent on the last page.
 */
public record AuditLogJson(List<AuditEntryJson> items, String next) {

    public AuditLogJson {
        items = List.copyOf(items);
    }
}
