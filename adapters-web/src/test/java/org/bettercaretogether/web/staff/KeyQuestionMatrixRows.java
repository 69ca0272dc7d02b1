package org.bettercaretogether.web.staff;

import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.form;
import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.json;
import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.only;
import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.row;

import java.util.List;
import org.bettercaretogether.domain.staff.Role;

/**
 * The rows of {@link AuthorizationMatrixTest} for the key questions: engagement officers and administrators only. The
 * samples change nothing: a new question has no answer (422), and the random ids of the other rows are no key
 * question (404).
 */
final class KeyQuestionMatrixRows {

    private static final AuthorizationMatrixTest.Rule KEEPERS = only(Role.ENGAGEMENT_OFFICER, Role.ADMIN);

    private KeyQuestionMatrixRows() {
    }

    static List<AuthorizationMatrixTest.Row> rows() {
        return List.of(
                row("GET /staff/key-questions", KEEPERS),
                row("GET /staff/key-questions/new", KEEPERS),
                row("POST /staff/key-questions/new", KEEPERS).body(form("question", "Matrix?", "answer", "")),
                row("GET /staff/key-questions/{id}", KEEPERS),
                row("POST /staff/key-questions/{id}", KEEPERS).body(form("version", "1", "question", "Matrix?",
                        "answer", "Matrix.")),
                row("POST /staff/key-questions/{id}/move-up", KEEPERS).body(form("version", "1")),
                row("POST /staff/key-questions/{id}/move-down", KEEPERS).body(form("version", "1")),
                row("POST /staff/key-questions/{id}/remove", KEEPERS).body(form("version", "1")),
                row("GET /api/v1/staff/key-questions", KEEPERS),
                row("POST /api/v1/staff/key-questions", KEEPERS).body(json("{\"question\": \"Matrix?\"}")),
                row("GET /api/v1/staff/key-questions/{id}", KEEPERS),
                row("PUT /api/v1/staff/key-questions/{id}", KEEPERS).body(json("{\"version\": 1, "
                        + "\"question\": \"Matrix?\", \"answer\": \"Matrix.\"}")),
                row("DELETE /api/v1/staff/key-questions/{id}", KEEPERS),
                row("POST /api/v1/staff/key-questions/{id}/move-up", KEEPERS).body(json("{\"version\": 1}")),
                row("POST /api/v1/staff/key-questions/{id}/move-down", KEEPERS).body(json("{\"version\": 1}")));
    }
}
