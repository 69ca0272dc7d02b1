package org.bettercaretogether.web.staff;

import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.form;
import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.only;
import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.row;

import java.util.List;
import org.bettercaretogether.domain.staff.Role;

/**
 * The rows of {@link AuthorizationMatrixTest} for the review of community projects and the guides to online
 * consultations: engagement officers and administrators only. The samples change nothing: the random ids of the rows
 * are no project and no report (404), and a guide without its explanation is refused (422).
 */
final class ProjectMatrixRows {

    private static final AuthorizationMatrixTest.Rule KEEPERS = only(Role.ENGAGEMENT_OFFICER, Role.ADMIN);

    private ProjectMatrixRows() {
    }

    static List<AuthorizationMatrixTest.Row> rows() {
        return List.of(
                row("GET /staff/projects", KEEPERS),
                row("GET /staff/projects/new", KEEPERS),
                row("POST /staff/projects/new", KEEPERS).body(form("name", "Matrix")),   // the rest missing: 422
                row("GET /staff/projects/{id}/edit", KEEPERS),
                row("POST /staff/projects/{id}/edit", KEEPERS).body(form("version", "1", "name", "Matrix")),
                row("GET /staff/projects/{id}", KEEPERS),
                row("POST /staff/projects/{id}/accept", KEEPERS).body(form("version", "1")),
                row("POST /staff/projects/{id}/decline", KEEPERS).body(form("version", "1")),
                row("POST /staff/projects/{id}/checked", KEEPERS).body(form("version", "1")),
                row("POST /staff/projects/{id}/close", KEEPERS).body(form("version", "1")),
                row("POST /staff/projects/reports/{id}/resolve", KEEPERS).body(form("version", "1")),
                row("GET /staff/online-consultations", KEEPERS),
                row("GET /staff/online-consultations/{slug}", KEEPERS).path("/staff/online-consultations/kendal"),
                // no explanation: 422, nothing written
                row("POST /staff/online-consultations/{slug}", KEEPERS).path("/staff/online-consultations/kendal")
                        .body(form("version", "0", "nhs-service", "https://www.nhs.uk/")));
    }
}
