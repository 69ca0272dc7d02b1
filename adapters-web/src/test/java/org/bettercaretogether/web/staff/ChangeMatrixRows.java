package org.bettercaretogether.web.staff;

import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.form;
import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.json;
import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.only;
import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.row;

import java.util.List;
import org.bettercaretogether.domain.staff.Role;

/**
 * The rows of {@link AuthorizationMatrixTest} for changes made and the managed list of themes: engagement officers
 * and administrators only. The samples change nothing: a new change names a view that does not exist and a new
 * theme has no name (both 422), and the random ids of the other rows are no change or theme (404).
 */
final class ChangeMatrixRows {

    private static final AuthorizationMatrixTest.Rule KEEPERS = only(Role.ENGAGEMENT_OFFICER, Role.ADMIN);
    private static final String NO_SUCH_VIEW = "BCT-2222-2222";

    private ChangeMatrixRows() {
    }

    static List<AuthorizationMatrixTest.Row> rows() {
        return List.of(
                row("GET /staff/changes", KEEPERS),
                row("GET /staff/changes/new", KEEPERS),
                row("POST /staff/changes/new", KEEPERS).body(form("title", "Matrix", "description", "Matrix",
                        "where", "programme", "views", NO_SUCH_VIEW)),
                row("GET /staff/changes/{id}", KEEPERS),
                row("POST /staff/changes/{id}", KEEPERS).body(form("version", "1", "title", "Matrix",
                        "description", "Matrix", "where", "programme")),
                row("POST /staff/changes/{id}/status", KEEPERS).body(form("version", "1", "status", "MADE",
                        "day-day", "1", "day-month", "1", "day-year", "2026")),
                row("GET /api/v1/staff/changes", KEEPERS),
                row("POST /api/v1/staff/changes", KEEPERS).body(json("{\"title\": \"Matrix\", \"description\": "
                        + "\"Matrix\", \"views\": [\"" + NO_SUCH_VIEW + "\"], \"themes\": []}")),
                row("GET /api/v1/staff/changes/{id}", KEEPERS),
                row("PUT /api/v1/staff/changes/{id}", KEEPERS).body(json("{\"version\": 1, \"title\": \"Matrix\", "
                        + "\"description\": \"Matrix\", \"views\": [], \"themes\": []}")),
                row("POST /api/v1/staff/changes/{id}/status", KEEPERS).body(json("{\"version\": 1, "
                        + "\"status\": \"MADE\", \"day\": \"2026-01-01\"}")),
                row("GET /staff/themes", KEEPERS),
                row("POST /staff/themes", KEEPERS).body(form("name", "")),
                row("POST /staff/themes/{id}", KEEPERS).body(form("version", "1", "in-use", "false")),
                row("GET /api/v1/staff/themes", KEEPERS),
                row("POST /api/v1/staff/themes", KEEPERS).body(json("{\"name\": \"\"}")),
                row("PUT /api/v1/staff/themes/{id}", KEEPERS).body(json("{\"version\": 1, \"inUse\": false}")));
    }
}
