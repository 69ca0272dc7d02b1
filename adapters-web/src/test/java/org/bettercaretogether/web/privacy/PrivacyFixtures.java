package org.bettercaretogether.web.privacy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.Optional;
import org.bettercaretogether.application.feedback.ShareAView;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.meeting.MeetingDraft;
import org.bettercaretogether.application.meeting.NewRegistration;
import org.bettercaretogether.memory.InMemoryApplication;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.PhoneNumber;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;

/**
 * An administrator of the running server, and what a person leaves behind, given through the application's own use
 * cases, for the tests of their requests.
 */
final class PrivacyFixtures {

    private final InMemoryApplication app;
    private final StaffAccounts.Account admin;

    PrivacyFixtures(RunningPublicWeb web) {
        this.app = web.application();
        this.admin = web.staff().member(Role.ADMIN);
    }

    InMemoryApplication app() {
        return app;
    }

    /** An administrator, who may make every request about a person's data. */
    StaffAccounts.Account admin() {
        return admin;
    }

    /** A view about Kendal from a person who gave these details (any may be null) and agreed to everything. */
    Feedback given(String words, String name, String email, String phone) {
        var receipt = app.submitFeedback().submit(new ShareAView(ViewAbout.community(new Slug("kendal")),
                ContributorRole.PATIENT, new ViewText(words), new ContactDetails(Optional.ofNullable(name),
                        Optional.ofNullable(email).map(EmailAddress::new), Optional.ofNullable(phone).map(PhoneNumber::new)),
                new Consent(true, true), Optional.empty()), Optional.empty()).orElseThrow();
        return app.feedback().feedbackLog().findByReference(receipt.reference()).orElseThrow();
    }

    /** A meeting in Kendal a week from now, online, with 30 places. */
    MeetingId meetingInKendal() {
        LocalDateTime start = LocalDateTime.now().plusDays(7).withHour(18).withMinute(0).withSecond(0).withNano(0);
        return app.scheduleMeetings().schedule(admin.actor(), new MeetingDraft(Optional.of(new Slug("kendal")),
                Optional.empty(), "Kendal listening event", "Hear what Kendal thinks.", start, start.plusHours(2),
                Optional.empty(), Optional.of(URI.create("https://meet.example.org/kendal")), 30))
                .orElseThrow().meeting().meeting().id();
    }

    /** A registration for one place, with these access needs. */
    void register(MeetingId meeting, String name, String email, String accessNeeds) {
        app.registerForMeeting().register(meeting, new NewRegistration(name, new EmailAddress(email), 1,
                Optional.ofNullable(accessNeeds))).orElseThrow();
    }

    /** A JSON body sent to the staff API at {@code path} with an API token. */
    static HttpResponse<String> post(RunningPublicWeb web, String path, String token, String json) {
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
