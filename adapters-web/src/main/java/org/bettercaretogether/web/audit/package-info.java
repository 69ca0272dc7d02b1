/**
 * The audit log on the web, for administrators: {@code /staff/audit-log}, newest first a page at a time, and
 * {@code /api/v1/staff/audit-log}. Who acted is shown by name on the page (administrators may see it) and by
 * staff id in the API; what changed, field by field, before and after.
 */
package org.bettercaretogether.web.audit;
