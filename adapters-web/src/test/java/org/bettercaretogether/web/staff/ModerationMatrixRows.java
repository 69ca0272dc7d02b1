package org.bettercaretogether.web.staff;

import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.form;
import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.json;
import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.only;
import static org.bettercaretogether.web.staff.AuthorizationMatrixTest.row;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bettercaretogether.memory.InMemoryApplication;
import org.bettercaretogether.domain.feedback.Assignment;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.Origin;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMemberId;

/**
 * The rows of {@link AuthorizationMatrixTest} for the staff side of the feedback loop. Who may act on a view depends
 * on the view (a responder only on those assigned to their own organisation), so those rows call {@link #VIEW}, a view
 * assigned to {@link AuthorizationMatrixTest#OWN_PARTNER} that {@link #seed} stores; the changes quote version 0,
 * which no stored view has, so whoever may make one gets 409 and nothing changes.
 */
final class ModerationMatrixRows {

    /** The view every row about one view calls. */
    static final FeedbackId VIEW = new FeedbackId(UUID.fromString("00000000-0000-4000-8000-00000000feed"));

    /** Moderators, engagement officers and administrators read any view; a responder, their own organisation's. */
    private static final AuthorizationMatrixTest.Rule READER_OF_THE_VIEW = caller -> switch (caller) {
        case ANONYMOUS -> AuthorizationMatrixTest.Answer.SIGN_IN;
        case RESPONDER_OF_ANOTHER_PARTNER -> AuthorizationMatrixTest.Answer.FORBIDDEN;
        default -> AuthorizationMatrixTest.Answer.ALLOWED;
    };

    /** Moderators, administrators and a responder of the organisation the view is assigned to close it. */
    private static final AuthorizationMatrixTest.Rule CLOSER_OF_THE_VIEW = caller -> switch (caller) {
        case ANONYMOUS -> AuthorizationMatrixTest.Answer.SIGN_IN;
        case MODERATOR, ADMIN, RESPONDER -> AuthorizationMatrixTest.Answer.ALLOWED;
        default -> AuthorizationMatrixTest.Answer.FORBIDDEN;
    };

    private static final AuthorizationMatrixTest.Rule MODERATORS = only(Role.MODERATOR, Role.ADMIN);
    private static final AuthorizationMatrixTest.Rule TRIAGE = only(Role.MODERATOR, Role.ENGAGEMENT_OFFICER, Role.ADMIN);
    private static final String PAGE = "/staff/feedback/" + VIEW;
    private static final String API = "/api/v1/staff/feedback/" + VIEW;

    private ModerationMatrixRows() {
    }

    /** Stores {@link #VIEW}: received, not yet moderated, assigned to {@link AuthorizationMatrixTest#OWN_PARTNER}. */
    static void seed(InMemoryApplication application) {
        Instant now = Instant.now();
        Feedback received = Feedback.receive(VIEW, new FeedbackReference("BCT-MTRX-FEED"), Subject.programme(),
                ContributorRole.PATIENT, Origin.online(LocalDate.now()), new ViewText("The matrix's view."),
                ContactDetails.none(), new Consent(false, true), Optional.empty(), "0".repeat(64), now);
        application.feedback().feedbackLog().add(received.assign(new Assignment(AuthorizationMatrixTest.OWN_PARTNER,
                LocalDate.now().plusDays(28), now, StaffMemberId.random())));
    }

    static List<AuthorizationMatrixTest.Row> rows() {
        return List.of(
                // the lists
                row("GET /staff/feedback", MODERATORS),
                row("GET /staff/feedback/awaiting-answer", only(Role.RESPONDER, Role.MODERATOR,
                        Role.ENGAGEMENT_OFFICER, Role.ADMIN)),
                row("GET /staff/feedback/safeguarding", only(Role.ADMIN)),
                row("GET /api/v1/staff/feedback", MODERATORS),
                row("GET /api/v1/staff/feedback/awaiting-answer", only(Role.RESPONDER, Role.MODERATOR,
                        Role.ENGAGEMENT_OFFICER, Role.ADMIN)),
                row("GET /api/v1/staff/feedback/safeguarding", only(Role.ADMIN)),
                // entering views: an unknown community (422), so nothing is entered
                row("GET /staff/feedback/new", TRIAGE),
                row("POST /staff/feedback/new", TRIAGE).body(form("about", "community:nowhere", "role", "PATIENT",
                        "text", "A view.", "channel", "LETTER", "received-on-day", "1", "received-on-month", "3",
                        "received-on-year", "2025")),
                row("GET /staff/feedback/import", TRIAGE),
                row("POST /staff/feedback/import", TRIAGE), // no file: 422
                row("GET /staff/feedback/import/sample.csv", TRIAGE),
                row("POST /api/v1/staff/feedback", TRIAGE).body(json("{\"about\": \"community\", \"slug\": \"nowhere\", "
                        + "\"role\": \"PATIENT\", \"text\": \"A view.\", \"channel\": \"LETTER\", "
                        + "\"receivedOn\": \"2025-03-01\"}")),
                row("POST /api/v1/staff/feedback/import", TRIAGE).body(json("{}")), // not text/csv: 415
                // one view
                row("GET /staff/feedback/{id}", READER_OF_THE_VIEW).path(PAGE),
                row("POST /staff/feedback/{id}/publish", MODERATORS).path(PAGE + "/publish")
                        .body(form("version", "0", "public-text", "A view.")),
                row("POST /staff/feedback/{id}/withhold", MODERATORS).path(PAGE + "/withhold")
                        .body(form("version", "0", "withhold-reason", "OFF_TOPIC")),
                row("POST /staff/feedback/{id}/themes", TRIAGE).path(PAGE + "/themes").body(form("version", "0")),
                row("POST /staff/feedback/{id}/assign", TRIAGE).path(PAGE + "/assign")
                        .body(form("version", "0", "partner", AuthorizationMatrixTest.OWN_PARTNER.toString())),
                row("POST /staff/feedback/{id}/safeguarding", MODERATORS).path(PAGE + "/safeguarding")
                        .body(form("version", "0", "safeguarding-note", "A concern.")),
                row("POST /staff/feedback/{id}/response", AuthorizationMatrixTest.RESPONDER_OF_OWN_PARTNER)
                        .path(PAGE + "/response").body(form("version", "0", "response", "An answer.")),
                row("POST /staff/feedback/{id}/close", CLOSER_OF_THE_VIEW).path(PAGE + "/close")
                        .body(form("version", "0", "close-reason", "A reason.")),
                row("GET /api/v1/staff/feedback/{id}", READER_OF_THE_VIEW).path(API),
                row("POST /api/v1/staff/feedback/{id}/publish", MODERATORS).path(API + "/publish")
                        .body(json("{\"version\": 0, \"publicText\": \"A view.\"}")),
                row("POST /api/v1/staff/feedback/{id}/withhold", MODERATORS).path(API + "/withhold")
                        .body(json("{\"version\": 0, \"reason\": \"OFF_TOPIC\"}")),
                row("POST /api/v1/staff/feedback/{id}/themes", TRIAGE).path(API + "/themes")
                        .body(json("{\"version\": 0, \"themes\": []}")),
                row("POST /api/v1/staff/feedback/{id}/assign", TRIAGE).path(API + "/assign")
                        .body(json("{\"version\": 0, \"partner\": \"" + AuthorizationMatrixTest.OWN_PARTNER + "\"}")),
                row("POST /api/v1/staff/feedback/{id}/safeguarding", MODERATORS).path(API + "/safeguarding")
                        .body(json("{\"version\": 0, \"note\": \"A concern.\"}")),
                row("POST /api/v1/staff/feedback/{id}/response", AuthorizationMatrixTest.RESPONDER_OF_OWN_PARTNER)
                        .path(API + "/response").body(json("{\"version\": 0, \"text\": \"An answer.\"}")),
                row("POST /api/v1/staff/feedback/{id}/close", CLOSER_OF_THE_VIEW).path(API + "/close")
                        .body(json("{\"version\": 0, \"reason\": \"A reason.\"}")));
    }
}
