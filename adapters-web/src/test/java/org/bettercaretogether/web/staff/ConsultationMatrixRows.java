package org.bettercaretogether.web.staff;

import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.form;
import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.json;
import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.only;
import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.row;

import java.util.List;
import org.bettercaretogether.domain.staff.Role;

/**
 * The rows of {@link AuthorizationMatrixTest} for running consultations: engagement officers and administrators only;
 * moderating their free-text answers: moderators and administrators; entering paper responses: those who enter views.
 * The samples change nothing: a new consultation has no address (422), and the random ids of the other rows are no
 * consultation (404).
 */
final class ConsultationMatrixRows {

    private static final AuthorizationMatrixTest.Rule RUNNERS = only(Role.ENGAGEMENT_OFFICER, Role.ADMIN);
    /** Those who moderate views moderate free-text answers. */
    private static final AuthorizationMatrixTest.Rule MODERATORS = only(Role.MODERATOR, Role.ADMIN);
    /** Those who enter views received other than online enter paper responses. */
    private static final AuthorizationMatrixTest.Rule ENTERERS = only(Role.MODERATOR, Role.ENGAGEMENT_OFFICER, Role.ADMIN);

    private ConsultationMatrixRows() {
    }

    static List<AuthorizationMatrixTest.Row> rows() {
        return List.of(
                row("GET /staff/consultations", RUNNERS),
                row("GET /staff/consultations/new", RUNNERS),
                row("POST /staff/consultations/new", RUNNERS).body(form("title", "Matrix")),
                row("GET /staff/consultations/{id}", RUNNERS),
                row("POST /staff/consultations/{id}/questions", RUNNERS).body(form("version", "1", "id", "matrix",
                        "text", "Matrix?", "kind", "free-text")),
                row("POST /staff/consultations/{id}/questions/remove", RUNNERS).body(form("version", "1",
                        "question", "matrix")),
                row("POST /staff/consultations/{id}/questions/move-up", RUNNERS).body(form("version", "1",
                        "question", "matrix")),
                row("POST /staff/consultations/{id}/schedule", RUNNERS).body(form("version", "1")),
                row("POST /staff/consultations/{id}/extend", RUNNERS).body(form("version", "1", "closes-at-day", "1",
                        "closes-at-month", "1", "closes-at-year", "2030", "closes-at-time", "12:00",
                        "reason", "Matrix")),
                row("POST /staff/consultations/{id}/close-early", RUNNERS).body(form("version", "1",
                        "reason", "Matrix")),
                row("POST /staff/consultations/{id}/results", RUNNERS).body(form("version", "1",
                        "summary", "Matrix")),
                row("POST /staff/consultations/{id}/new-version", RUNNERS).body(form("version", "1",
                        "slug", "matrix-again")),
                row("GET /api/v1/staff/consultations", RUNNERS),
                row("POST /api/v1/staff/consultations", RUNNERS).body(json("{\"title\": \"Matrix\"}")),
                row("GET /api/v1/staff/consultations/{id}", RUNNERS),
                row("PUT /api/v1/staff/consultations/{id}/questions", RUNNERS).body(json("{\"version\": 1, "
                        + "\"questions\": []}")),
                row("POST /api/v1/staff/consultations/{id}/schedule", RUNNERS).body(json("{\"version\": 1}")),
                row("POST /api/v1/staff/consultations/{id}/extend", RUNNERS).body(json("{\"version\": 1, "
                        + "\"closesAt\": \"2030-01-01T12:00\", \"reason\": \"Matrix\"}")),
                row("POST /api/v1/staff/consultations/{id}/close-early", RUNNERS).body(json("{\"version\": 1, "
                        + "\"reason\": \"Matrix\"}")),
                row("POST /api/v1/staff/consultations/{id}/results", RUNNERS).body(json("{\"version\": 1, "
                        + "\"summary\": \"Matrix\"}")),
                row("POST /api/v1/staff/consultations/{id}/new-version", RUNNERS).body(json("{\"version\": 1, "
                        + "\"slug\": \"matrix-again\"}")),
                row("GET /api/v1/staff/consultations/{id}/results", RUNNERS),
                row("GET /api/v1/staff/consultations/{id}/free-text", MODERATORS),
                row("POST /api/v1/staff/consultation-free-text/{id}/publish", MODERATORS).body(json("{\"version\": 1, "
                        + "\"publicText\": \"Matrix\"}")),
                row("POST /api/v1/staff/consultation-free-text/{id}/withhold", MODERATORS).body(json("{\"version\": 1, "
                        + "\"reason\": \"OFF_TOPIC\"}")),
                row("POST /api/v1/staff/consultations/{id}/paper-responses", ENTERERS).body(json("{\"answers\": [], "
                        + "\"channel\": \"PAPER_FORM\", \"receivedOn\": \"2027-03-28\"}")),
                row("GET /staff/consultations/{id}/free-text", MODERATORS),
                row("POST /staff/consultation-free-text/{id}/publish", MODERATORS).body(form("version", "1")),
                row("POST /staff/consultation-free-text/{id}/withhold", MODERATORS).body(form("version", "1")),
                row("GET /staff/consultations/{id}/paper-responses", ENTERERS),
                row("POST /staff/consultations/{id}/paper-responses", ENTERERS).body(form("channel", "PAPER_FORM")));
    }
}
