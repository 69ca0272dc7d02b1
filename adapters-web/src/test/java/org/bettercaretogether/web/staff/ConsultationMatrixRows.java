package org.bettercaretogether.web.staff;

import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.json;
import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.only;
import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.row;

import java.util.List;
import org.bettercaretogether.domain.staff.Role;

/**
 * The rows of {@link AuthorizationMatrixTest} for running consultations: engagement officers and administrators only.
 * The samples change nothing: the random ids of the rows are no consultation (404).
 */
final class ConsultationMatrixRows {

    private static final AuthorizationMatrixTest.Rule RUNNERS = only(Role.ENGAGEMENT_OFFICER, Role.ADMIN);

    private ConsultationMatrixRows() {
    }

    static List<AuthorizationMatrixTest.Row> rows() {
        return List.of(
                row("GET /api/v1/staff/consultations", RUNNERS),
                row("GET /api/v1/staff/consultations/{id}", RUNNERS),
                row("POST /api/v1/staff/consultations/{id}/schedule", RUNNERS).body(json("{\"version\": 1}")),
                row("POST /api/v1/staff/consultations/{id}/extend", RUNNERS).body(json("{\"version\": 1, "
                        + "\"closesAt\": \"2030-01-01T12:00\", \"reason\": \"Matrix\"}")),
                row("POST /api/v1/staff/consultations/{id}/close-early", RUNNERS).body(json("{\"version\": 1, "
                        + "\"reason\": \"Matrix\"}")),
                row("POST /api/v1/staff/consultations/{id}/results", RUNNERS).body(json("{\"version\": 1, "
                        + "\"summary\": \"Matrix\"}")),
                row("GET /api/v1/staff/consultations/{id}/results", RUNNERS));
    }
}
