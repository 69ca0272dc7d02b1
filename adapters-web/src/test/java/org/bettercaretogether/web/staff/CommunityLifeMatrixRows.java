package org.bettercaretogether.web.staff;

import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.form;
import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.json;
import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.only;
import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.row;

import java.util.List;
import org.bettercaretogether.domain.staff.Role;

/**
 * The rows of {@link AuthorizationMatrixTest} for a community's life: priorities, teams, history and meetings, all for
 * engagement officers and administrators only. The samples change nothing: on a real community (Kendal) a stage, a
 * name, a merger, a priority, a profession or a meeting is refused for a missing field (422) and a team for a stale
 * version (409); the random ids of the other rows are no priority, profession or meeting (404).
 */
final class CommunityLifeMatrixRows {

    private static final AuthorizationMatrixTest.Rule KEEPERS = only(Role.ENGAGEMENT_OFFICER, Role.ADMIN);
    private static final String KENDAL = "/staff/communities/kendal";
    private static final String KENDAL_API = "/api/v1/staff/communities/kendal";

    private CommunityLifeMatrixRows() {
    }

    static List<AuthorizationMatrixTest.Row> rows() {
        return List.of(
                // communities: their staff pages, stages, renamings and mergers
                row("GET /staff/communities", KEEPERS),
                row("GET /staff/communities/{slug}", KEEPERS).path(KENDAL),
                row("POST /staff/communities/{slug}/stage", KEEPERS).path(KENDAL + "/stage").body(form("stage", "",
                        "reached-on-day", "1", "reached-on-month", "1", "reached-on-year", "2026")),
                row("POST /staff/communities/{slug}/rename", KEEPERS).path(KENDAL + "/rename").body(form("name", "",
                        "slug", "", "renamed-on-day", "1", "renamed-on-month", "1", "renamed-on-year", "2026")),
                row("POST /staff/communities/{slug}/merge", KEEPERS).path(KENDAL + "/merge").body(form("into", "",
                        "merged-on-day", "1", "merged-on-month", "1", "merged-on-year", "2026", "confirmed", "yes")),
                row("POST /api/v1/staff/communities/{slug}/stage", KEEPERS).path(KENDAL_API + "/stage")
                        .body(json("{\"stage\": \"DEVELOPING\"}")),
                row("POST /api/v1/staff/communities/{slug}/rename", KEEPERS).path(KENDAL_API + "/rename")
                        .body(json("{\"name\": \"\", \"effectiveOn\": \"2026-01-01\"}")),
                row("POST /api/v1/staff/communities/{slug}/merge", KEEPERS).path(KENDAL_API + "/merge")
                        .body(json("{\"into\": \"\", \"effectiveOn\": \"2026-01-01\"}")),
                // priorities
                row("POST /staff/communities/{slug}/priorities", KEEPERS).path(KENDAL + "/priorities")
                        .body(form("title", "", "description", "Matrix")),
                row("GET /staff/priorities/{id}", KEEPERS),
                row("POST /staff/priorities/{id}", KEEPERS).body(form("version", "1", "title", "Matrix")),
                row("POST /staff/priorities/{id}/status", KEEPERS).body(form("version", "1", "status", "AGREED",
                        "status-on-day", "1", "status-on-month", "1", "status-on-year", "2026")),
                row("POST /staff/priorities/{id}/rank", KEEPERS).body(form("version", "1", "rank", "1")),
                row("GET /api/v1/staff/communities/{slug}/priorities", KEEPERS).path(KENDAL_API + "/priorities"),
                row("POST /api/v1/staff/communities/{slug}/priorities", KEEPERS).path(KENDAL_API + "/priorities")
                        .body(json("{\"title\": \"\"}")),
                row("GET /api/v1/staff/priorities/{id}", KEEPERS),
                row("PUT /api/v1/staff/priorities/{id}", KEEPERS).body(json("{\"version\": 1, \"title\": \"\"}")),
                row("POST /api/v1/staff/priorities/{id}/status", KEEPERS).body(json("{\"version\": 1, "
                        + "\"status\": \"AGREED\", \"on\": \"2026-01-01\"}")),
                row("POST /api/v1/staff/priorities/{id}/rank", KEEPERS).body(json("{\"version\": 1, \"rank\": 1}")),
                // teams and professions
                row("GET /staff/communities/{slug}/team", KEEPERS).path(KENDAL + "/team"),
                row("POST /staff/communities/{slug}/team", KEEPERS).path(KENDAL + "/team").body(form("version", "999",
                        "as-of-day", "1", "as-of-month", "1", "as-of-year", "2026")),
                row("GET /api/v1/staff/communities/{slug}/team", KEEPERS).path(KENDAL_API + "/team"),
                row("PUT /api/v1/staff/communities/{slug}/team", KEEPERS).path(KENDAL_API + "/team")
                        .body(json("{\"version\": 999, \"asOf\": \"2026-01-01\", \"roles\": []}")),
                row("GET /staff/professions", KEEPERS),
                row("POST /staff/professions", KEEPERS).body(form("name", "")),
                row("POST /staff/professions/{id}", KEEPERS).body(form("version", "1", "in-use", "false")),
                row("GET /api/v1/staff/professions", KEEPERS),
                row("POST /api/v1/staff/professions", KEEPERS).body(json("{\"name\": \"\"}")),
                row("PUT /api/v1/staff/professions/{id}", KEEPERS).body(json("{\"version\": 1, \"inUse\": false}")),
                // meetings
                row("GET /staff/meetings", KEEPERS),
                row("GET /staff/meetings/new", KEEPERS),
                row("POST /staff/meetings/new", KEEPERS).body(form("host", "community", "community", "kendal",
                        "title", "")),
                row("GET /staff/meetings/{id}", KEEPERS),
                row("POST /staff/meetings/{id}", KEEPERS).body(form("version", "1", "title", "Matrix")),
                row("POST /staff/meetings/{id}/cancel", KEEPERS).body(form("version", "1", "reason", "Matrix",
                        "confirmed", "yes")),
                row("POST /staff/meetings/{id}/afterwards", KEEPERS).body(form("version", "1", "attendance", "1",
                        "summary", "Matrix")),
                row("GET /api/v1/staff/meetings", KEEPERS),
                row("POST /api/v1/staff/meetings", KEEPERS).body(json("{\"community\": \"kendal\", \"title\": \"\"}")),
                row("GET /api/v1/staff/meetings/{id}", KEEPERS),
                row("PUT /api/v1/staff/meetings/{id}", KEEPERS).body(json("{\"version\": 1, \"title\": \"\"}")),
                row("POST /api/v1/staff/meetings/{id}/cancel", KEEPERS).body(json("{\"version\": 1, "
                        + "\"reason\": \"Matrix\"}")),
                row("POST /api/v1/staff/meetings/{id}/afterwards", KEEPERS).body(json("{\"version\": 1, "
                        + "\"attendance\": 1, \"summary\": \"Matrix\"}")));
    }
}
