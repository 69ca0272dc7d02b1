package org.bettercaretogether.web.staff;

import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.form;
import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.json;
import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.only;
import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.row;

import java.util.List;
import org.bettercaretogether.domain.staff.Role;

/**
 * The rows of {@link AuthorizationMatrixTest} for a person's requests about their data: administrators only. Erasure
 * asks for a reference no view has (404), so nothing is erased; subject access asks about an address nothing is held
 * for, so an export of nothing is made.
 */
final class PrivacyMatrixRows {

    private static final AuthorizationMatrixTest.Rule ADMINISTRATORS = only(Role.ADMIN);
    private static final String UNKNOWN_REFERENCE = "BCT-2222-2222";
    private static final String NOBODY = "nobody.held@example.org";

    private PrivacyMatrixRows() {
    }

    static List<AuthorizationMatrixTest.Row> rows() {
        return List.of(
                row("GET /staff/erasure", ADMINISTRATORS),
                row("POST /staff/erasure", ADMINISTRATORS).body(form("reference", UNKNOWN_REFERENCE)),
                row("POST /staff/erasure/confirm", ADMINISTRATORS).body(form("reference", UNKNOWN_REFERENCE)),
                row("POST /api/v1/staff/erasure", ADMINISTRATORS).body(json("{\"reference\": \""
                        + UNKNOWN_REFERENCE + "\"}")),
                row("GET /staff/subject-access", ADMINISTRATORS),
                row("POST /staff/subject-access", ADMINISTRATORS).body(form("email", NOBODY)),
                row("POST /staff/subject-access/download", ADMINISTRATORS).body(form("email", NOBODY)),
                row("POST /api/v1/staff/subject-access", ADMINISTRATORS).body(json("{\"email\": \"" + NOBODY
                        + "\"}")));
    }
}
