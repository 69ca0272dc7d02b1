package org.bettercaretogether.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.security.SignedIn;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;
import org.bettercaretogether.web.platform.RegisteredRoute;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.bettercaretogether.web.platform.StaffAccess;

/**
 * Who may call each staff route, checked over HTTP for every route the server declares under {@code /staff}
 * and {@code /api/v1/staff}: a stranger, a member of staff of each role, and a responder of another partner.
 *
 * <p><b>Adding a staff route?</b> Add its row to {@link #ROUTES}: the method and path exactly as declared, the
 * {@link Rule} ({@link #OPEN}, {@link #ANY_STAFF}, {@link #only(Role...)}, {@link #RESPONDER_OF_OWN_PARTNER}, or
 * one of your own) and, for a route that reads a body, a sample: {@code form("field", "value", ...)} or
 * {@code json("{...}")}. Path parameters are filled with a random UUID unless the row gives a
 * {@code path(...)}. A route without a row fails {@link #every_staff_route}; a row without a route fails
 * {@link #every_row_is_a_declared_route()}.
 *
 * <p>What the answers must be: {@link Answer#SIGN_IN} is a 303 to the sign-in page on pages and a 401 on the
 * API; {@link Answer#FORBIDDEN} a 403; {@link Answer#ALLOWED} anything but 401, 403, a server fault or a
 * redirect to sign in or to change one's password. A sample that is not valid input (a random id that does not
 * exist, a wrong current password) still counts as allowed when it answers another 4xx: the request got past the
 * door and the rules, and only the input was refused.
 */
class AuthorizationMatrixTest {

    /** Who calls. */
    enum Caller {
        ANONYMOUS, MODERATOR, RESPONDER, ENGAGEMENT_OFFICER, ADMIN, RESPONDER_OF_ANOTHER_PARTNER
    }

    /** What the caller must get. */
    enum Answer {
        SIGN_IN, ALLOWED, FORBIDDEN
    }

    /** Who may call a route. */
    @FunctionalInterface
    interface Rule {
        Answer expect(Caller caller);
    }

    /** Anyone, signed in or not (the sign-in page). */
    static final Rule OPEN = caller -> Answer.ALLOWED;

    /** Any signed-in member of staff, whatever their roles: one's own account, password and tokens. */
    static final Rule ANY_STAFF = caller -> caller == Caller.ANONYMOUS ? Answer.SIGN_IN : Answer.ALLOWED;

    /** No one: the staff API does not make API tokens (a token is made on the staff pages, signed in). */
    static final Rule NO_ONE = caller -> caller == Caller.ANONYMOUS ? Answer.SIGN_IN : Answer.FORBIDDEN;

    /** A responder, for their own organisation only (the sample records belong to {@link #OWN_PARTNER}). */
    static final Rule RESPONDER_OF_OWN_PARTNER = caller -> switch (caller) {
        case ANONYMOUS -> Answer.SIGN_IN;
        case RESPONDER -> Answer.ALLOWED;
        default -> Answer.FORBIDDEN;
    };

    /** Members of staff holding one of {@code roles}. */
    static Rule only(Role... roles) {
        return caller -> {
            if (caller == Caller.ANONYMOUS) {
                return Answer.SIGN_IN;
            }
            return Arrays.stream(roles).anyMatch(ROLES.get(caller)::contains) ? Answer.ALLOWED : Answer.FORBIDDEN;
        };
    }

    /** The roles and organisation of each caller. */
    private static final Map<Caller, Set<Role>> ROLES = new EnumMap<>(Map.of(
            Caller.ANONYMOUS, Set.of(),
            Caller.MODERATOR, Set.of(Role.MODERATOR),
            Caller.RESPONDER, Set.of(Role.RESPONDER),
            Caller.ENGAGEMENT_OFFICER, Set.of(Role.ENGAGEMENT_OFFICER),
            Caller.ADMIN, Set.of(Role.ADMIN),
            Caller.RESPONDER_OF_ANOTHER_PARTNER, Set.of(Role.RESPONDER)));
    static final org.bettercaretogether.domain.partner.PartnerId OWN_PARTNER =
            MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY;
    static final org.bettercaretogether.domain.partner.PartnerId ANOTHER_PARTNER = MorecambeBay.CUMBRIA_PARTNERSHIP;

    private static final String PARTNER_PAGE = "/staff/reference-data/partners/" + OWN_PARTNER;
    private static final String PARTNER_API = "/api/v1/staff/partners/" + OWN_PARTNER;

    /**
     * Every staff route, with who may call it and a sample request: the rows below, then the feedback loop's rows in
     * {@link ModerationMatrixRows}, the changes made and themes rows in {@link ChangeMatrixRows}, the rows of a
     * community's life (priorities, teams, history, meetings) in {@link CommunityLifeMatrixRows}, the key
     * questions' rows in {@link KeyQuestionMatrixRows}, the review of community projects in
     * {@link ProjectMatrixRows}, erasure and subject access in {@link PrivacyMatrixRows}, and running consultations
     * in {@link ConsultationMatrixRows}.
     */
    private static final Map<String, Row> ROUTES = rows(List.of(ModerationMatrixRows.rows(), ChangeMatrixRows.rows(),
            CommunityLifeMatrixRows.rows(), KeyQuestionMatrixRows.rows(), ProjectMatrixRows.rows(),
            PrivacyMatrixRows.rows(), ConsultationMatrixRows.rows()),
            row("GET /staff/sign-in", OPEN),
            row("POST /staff/sign-in", OPEN).body(form("email", "someone@example.nhs.uk")), // no password: 400
            row("POST /staff/sign-out", ANY_STAFF),
            row("GET /staff/sign-in/code", ANY_STAFF),
            row("POST /staff/sign-in/code", ANY_STAFF).body(form("code", "123456")),
            row("GET /staff/second-factor", ANY_STAFF),
            row("POST /staff/second-factor", ANY_STAFF).body(form("code", "123456")),
            row("POST /staff/second-factor/recovery-codes", ANY_STAFF),
            row("GET /staff", ANY_STAFF),
            row("GET /staff/password", ANY_STAFF),
            row("POST /staff/password", ANY_STAFF).body(form("current-password", "not the password",
                    "new-password", "a long enough new password", "confirm-password", "a long enough new password")),
            row("GET /staff/tokens", ANY_STAFF),
            row("POST /staff/tokens", ANY_STAFF).body(form("label", "matrix")),
            row("POST /staff/tokens/{id}/revoke", ANY_STAFF),
            row("GET /api/v1/staff/me", ANY_STAFF),
            row("GET /api/v1/staff/tokens", ANY_STAFF),
            row("POST /api/v1/staff/tokens", NO_ONE).body(json("{\"label\": \"matrix\"}")),
            row("DELETE /api/v1/staff/tokens/{id}", ANY_STAFF),
            // staff accounts: a random id is no account (404), which an administrator gets past the door to learn
            row("GET /staff/accounts", only(Role.ADMIN)),
            row("GET /staff/accounts/new", only(Role.ADMIN)),
            row("POST /staff/accounts/new", only(Role.ADMIN)).body(form("email", "matrix.page@example.nhs.uk",
                    "name", "Matrix Page", "partner", OWN_PARTNER.toString(), "roles", "MODERATOR")),
            row("GET /staff/accounts/{id}", only(Role.ADMIN)),
            row("POST /staff/accounts/{id}", only(Role.ADMIN)).body(form("version", "1", "name", "Matrix",
                    "partner", OWN_PARTNER.toString(), "roles", "MODERATOR", "active", "true")),
            row("POST /staff/accounts/{id}/reset-password", only(Role.ADMIN)),
            row("GET /api/v1/staff/accounts", only(Role.ADMIN)),
            row("POST /api/v1/staff/accounts", only(Role.ADMIN)).body(json("{\"email\": \"matrix.api@example.nhs.uk\", "
                    + "\"name\": \"Matrix Api\", \"partner\": \"" + OWN_PARTNER + "\", \"roles\": [\"MODERATOR\"]}")),
            row("GET /api/v1/staff/accounts/{id}", only(Role.ADMIN)),
            row("PUT /api/v1/staff/accounts/{id}", only(Role.ADMIN)).body(json("{\"version\": 1, \"name\": \"Matrix\", "
                    + "\"partner\": \"" + OWN_PARTNER + "\", \"roles\": [], \"active\": true}")),
            row("POST /api/v1/staff/accounts/{id}/password-reset", only(Role.ADMIN)),
            // the audit log
            row("GET /staff/audit-log", only(Role.ADMIN)),
            row("GET /api/v1/staff/audit-log", only(Role.ADMIN)),
            // undelivered mail: a random id is no undelivered message (404), past the door
            row("GET /staff/undelivered-mail", only(Role.ADMIN)),
            row("POST /staff/undelivered-mail/{id}/send-again", only(Role.ADMIN)),
            row("GET /api/v1/staff/undelivered-mail", only(Role.ADMIN)),
            row("POST /api/v1/staff/undelivered-mail/{id}/send-again", only(Role.ADMIN)),
            // corrections to the reference data: real records, but version 0 is stale, so nothing changes (409)
            row("GET /staff/reference-data", only(Role.ADMIN)),
            row("GET /staff/reference-data/partners/{id}", only(Role.ADMIN)).path(PARTNER_PAGE),
            row("POST /staff/reference-data/partners/{id}", only(Role.ADMIN)).path(PARTNER_PAGE).body(form(
                    "version", "0", "name", "University Hospitals of Morecambe Bay NHS Foundation Trust",
                    "kind", "ACUTE_HOSPITAL_TRUST", "website", "", "role", "Runs the hospitals.",
                    "identifiers-0-scheme", "ODS", "identifiers-0-value", "RTX", "identifiers-0-source", "ODS")),
            row("GET /staff/reference-data/networks/{slug}", only(Role.ADMIN)).path("/staff/reference-data/networks/furness"),
            row("POST /staff/reference-data/networks/{slug}", only(Role.ADMIN)).path("/staff/reference-data/networks/furness")
                    .body(form("version", "0", "name", "Furness", "description", "The Furness peninsula.",
                            "grouping-source", "A programme source")),
            row("GET /staff/reference-data/communities/{slug}", only(Role.ADMIN)).path("/staff/reference-data/communities/kendal"),
            row("POST /staff/reference-data/communities/{slug}", only(Role.ADMIN)).path("/staff/reference-data/communities/kendal")
                    .body(form("version", "0", "name", "Kendal", "network", "south-lakes", "towns", "Kendal",
                            "postcode-districts", "LA9", "coverage-source", "A programme source")),
            row("GET /staff/reference-data/workstreams/{slug}", only(Role.ADMIN)).path("/staff/reference-data/workstreams/elective-care"),
            row("POST /staff/reference-data/workstreams/{slug}", only(Role.ADMIN)).path("/staff/reference-data/workstreams/elective-care")
                    .body(form("version", "0", "name", "Elective Care", "scope", "Planned care.",
                            "care-settings", "HOSPITAL", "phase", "ENGAGEMENT")),
            row("GET /api/v1/staff/partners/{id}", only(Role.ADMIN)).path(PARTNER_API),
            row("PUT /api/v1/staff/partners/{id}", only(Role.ADMIN)).path(PARTNER_API).body(json("{\"version\": 0, "
                    + "\"name\": \"UHMB\", \"kind\": \"ACUTE_HOSPITAL_TRUST\", \"role\": \"Runs the hospitals.\", "
                    + "\"identifiers\": []}")),
            row("GET /api/v1/staff/networks/{slug}", only(Role.ADMIN)).path("/api/v1/staff/networks/furness"),
            row("PUT /api/v1/staff/networks/{slug}", only(Role.ADMIN)).path("/api/v1/staff/networks/furness")
                    .body(json("{\"version\": 0, \"name\": \"Furness\", \"description\": \"The peninsula.\", "
                            + "\"grouping\": {\"source\": \"A programme source\", \"verified\": true}}")),
            row("GET /api/v1/staff/communities/{slug}", only(Role.ADMIN)).path("/api/v1/staff/communities/kendal"),
            row("PUT /api/v1/staff/communities/{slug}", only(Role.ADMIN)).path("/api/v1/staff/communities/kendal")
                    .body(json("{\"version\": 0, \"name\": \"Kendal\", \"network\": \"south-lakes\", "
                            + "\"towns\": [\"Kendal\"], \"postcodeDistricts\": [\"LA9\"], "
                            + "\"coverage\": {\"source\": \"A programme source\"}}")),
            row("GET /api/v1/staff/workstreams/{slug}", only(Role.ADMIN)).path("/api/v1/staff/workstreams/elective-care"),
            row("PUT /api/v1/staff/workstreams/{slug}", only(Role.ADMIN)).path("/api/v1/staff/workstreams/elective-care")
                    .body(json("{\"version\": 0, \"name\": \"Elective Care\", \"scope\": \"Planned care.\", "
                            + "\"careSettings\": [\"HOSPITAL\"], \"phase\": \"ENGAGEMENT\", \"involved\": []}")));

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    private static final Map<Caller, StaffAccounts.Account> ACCOUNTS = new EnumMap<>(Caller.class);
    private static final Map<Caller, String> TOKENS = new EnumMap<>(Caller.class);

    @BeforeAll
    static void one_account_and_api_token_per_caller() {
        for (Caller caller : Caller.values()) {
            if (caller == Caller.ANONYMOUS) {
                continue;
            }
            var partner = caller == Caller.RESPONDER_OF_ANOTHER_PARTNER ? ANOTHER_PARTNER : OWN_PARTNER;
            var account = web.staff().member(partner, ROLES.get(caller).toArray(Role[]::new));
            ACCOUNTS.put(caller, account);
            TOKENS.put(caller, web.staff().apiToken(account));
        }
        ModerationMatrixRows.seed(web.application());
    }

    @TestFactory
    Stream<DynamicTest> every_staff_route() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RegisteredRoute route : staffRoutes()) {
            Row row = ROUTES.get(route.toString());
            if (row == null) {
                tests.add(dynamicTest(route + " has a rule", () -> {
                    throw new AssertionError(route + " has no row in AuthorizationMatrixTest.ROUTES: say who may call it");
                }));
                continue;
            }
            for (Caller caller : Caller.values()) {
                Answer expected = row.rule().expect(caller);
                tests.add(dynamicTest(route + " as " + caller + " is " + expected, () -> check(row, caller, expected)));
            }
        }
        return tests.stream();
    }

    @Test
    void every_row_is_a_declared_route() {
        Set<String> declared = new TreeSet<>(staffRoutes().stream().map(RegisteredRoute::toString).toList());

        assertThat(declared).containsAll(ROUTES.keySet());
    }

    @Test
    void every_staff_page_but_password_and_sign_out_sends_someone_with_a_one_time_password_to_change_it() {
        var account = web.staff().withOneTimePassword(OWN_PARTNER, Role.ADMIN);
        Set<String> open = Set.of("GET /staff/sign-in", "POST /staff/sign-in", "GET /staff/password",
                "POST /staff/password", "POST /staff/sign-out");
        List<String> wrong = new ArrayList<>();
        for (RegisteredRoute route : staffRoutes()) {
            if (!StaffAddresses.isStaffPage(route.path()) || open.contains(route.toString())) {
                continue;
            }
            SignedIn session = web.application().signIn()
                    .signIn(account.email(), account.password(), "192.0.2.200").orElseThrow();
            var response = send(ROUTES.get(route.toString()), session);
            if (response.statusCode() != 303
                    || !response.headers().firstValue("Location").orElse("").equals("/staff/password")) {
                wrong.add(route + " answered " + response.statusCode() + " " + response.headers().firstValue("Location").orElse(""));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void every_staff_form_without_its_csrf_token_is_refused() {
        var account = ACCOUNTS.get(Caller.ADMIN);
        List<String> accepted = new ArrayList<>();
        for (RegisteredRoute route : staffRoutes()) {
            if (!StaffAddresses.isStaffPage(route.path()) || route.method().equals("GET")) {
                continue;
            }
            Row row = ROUTES.get(route.toString());
            Browser browser = web.browser().cookie("bct-session", web.staff().signIn(account).sessionToken())
                    .cookie("bct-sign-in-csrf", "a".repeat(43));
            var response = browser.send(browser.request(row.path())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .method(row.method(), HttpRequest.BodyPublishers.ofString(formBody(row.fields()))));
            if (response.statusCode() != 403) {
                accepted.add(route + " answered " + response.statusCode());
            }
        }
        assertThat(accepted).isEmpty();
    }

    private static void check(Row row, Caller caller, Answer expected) {
        HttpResponse<String> response = call(row, caller);
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        String said = row.route() + " as " + caller + " answered " + status + " " + location;
        switch (expected) {
            case SIGN_IN -> {
                if (row.api()) {
                    assertThat(status).as(said).isEqualTo(401);
                } else {
                    assertThat(status).as(said).isEqualTo(303);
                    assertThat(location).as(said).isEqualTo("/staff/sign-in");
                }
            }
            case FORBIDDEN -> assertThat(status).as(said).isEqualTo(403);
            case ALLOWED -> {
                assertThat(status).as(said).isNotIn(401, 403).isLessThan(500);
                assertThat(location).as(said).isNotIn("/staff/sign-in", "/staff/password");
            }
        }
    }

    private static HttpResponse<String> call(Row row, Caller caller) {
        if (caller == Caller.ANONYMOUS) {
            return send(row, null);
        }
        if (row.api()) {
            return sendApi(row, TOKENS.get(caller));
        }
        return send(row, web.staff().signIn(ACCOUNTS.get(caller)));
    }

    /** A page request, in a session if {@code session} is given, carrying its CSRF token if it posts a form. */
    private static HttpResponse<String> send(Row row, SignedIn session) {
        Browser browser = web.browser();
        List<String> fields = new ArrayList<>(row.fields());
        if (row.route().equals("POST " + StaffAccess.SIGN_IN)) {
            String doubleSubmit = "a".repeat(43);
            browser.cookie("bct-sign-in-csrf", doubleSubmit);
            fields.addAll(List.of("csrf", doubleSubmit));
        } else if (session != null) {
            browser.cookie("bct-session", session.sessionToken());
            fields.addAll(List.of("csrf", session.csrfToken()));
        }
        if (row.method().equals("GET")) {
            return browser.get(row.path());
        }
        return browser.send(browser.request(row.path()).header("Content-Type", "application/x-www-form-urlencoded")
                .method(row.method(), HttpRequest.BodyPublishers.ofString(formBody(fields))));
    }

    private static HttpResponse<String> sendApi(Row row, String token) {
        var request = HttpRequest.newBuilder(web.uri(row.path())).header("Authorization", "Bearer " + token);
        if (row.json() != null) {
            request.header("Content-Type", "application/json");
        }
        return web.send(request.method(row.method(), row.json() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(row.json())).build());
    }

    private static List<RegisteredRoute> staffRoutes() {
        return web.server().routes().stream().filter(route -> StaffAddresses.isStaff(route.path())).toList();
    }

    // --- the table's vocabulary ---

    /** One row of the table: the route as declared, its rule, and the sample request. */
    record Row(String route, Rule rule, String samplePath, List<String> fields, String json) {

        String method() {
            return route.substring(0, route.indexOf(' '));
        }

        String declaredPath() {
            return route.substring(route.indexOf(' ') + 1);
        }

        boolean api() {
            return StaffAddresses.isStaffApi(declaredPath());
        }

        /** The address to call: the row's own, or the declared path with each parameter a random UUID. */
        String path() {
            return samplePath != null ? samplePath : declaredPath().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }

        /** The same row, calling {@code path} (the declared path with its parameters filled in). */
        Row path(String path) {
            return new Row(route, rule, path, fields, json);
        }

        Row body(Body body) {
            return new Row(route, rule, samplePath, body.fields(), body.json());
        }
    }

    /** A sample body: form fields (names and values in turn) or a JSON document. */
    record Body(List<String> fields, String json) {
    }

    static Row row(String route, Rule rule) {
        return new Row(route, rule, null, List.of(), null);
    }

    static Body form(String... fieldsAndValues) {
        return new Body(List.of(fieldsAndValues), null);
    }

    static Body json(String json) {
        return new Body(List.of(), json);
    }

    private static Map<String, Row> rows(List<List<Row>> more, Row... rows) {
        Map<String, Row> table = new LinkedHashMap<>();
        List<Row> all = new ArrayList<>(List.of(rows));
        more.forEach(all::addAll);
        for (Row row : all) {
            if (table.put(row.route(), row) != null) {
                throw new IllegalStateException("Two rows for " + row.route());
            }
        }
        return table;
    }

    private static String formBody(List<String> fields) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < fields.size(); i += 2) {
            pairs.add(java.net.URLEncoder.encode(fields.get(i), java.nio.charset.StandardCharsets.UTF_8) + "="
                    + java.net.URLEncoder.encode(fields.get(i + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return String.join("&", pairs);
    }
}
