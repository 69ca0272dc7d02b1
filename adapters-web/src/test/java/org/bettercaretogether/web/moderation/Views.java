package org.bettercaretogether.web.moderation;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bettercaretogether.application.feedback.EnteredView;
import org.bettercaretogether.application.feedback.ShareAView;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.memory.InMemoryApplication;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.PhoneNumber;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.RunningPublicWeb;

/** Views for the staff side's tests, given and moved on through the application's own use cases. */
final class Views {

    /** The organisation of the staff the tests sign in as, unless they say otherwise. */
    static final PartnerId OWN_PARTNER = MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY;
    static final PartnerId ANOTHER_PARTNER = MorecambeBay.CUMBRIA_PARTNERSHIP;

    /** An actor with every role but responder, for moving views on behind the tests' backs. */
    static final Actor STAFF = new Actor(StaffMemberId.random(), OWN_PARTNER,
            Set.of(Role.MODERATOR, Role.ENGAGEMENT_OFFICER, Role.ADMIN));

    private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]* id=\"([^\"]+)\"[^>]*>(.*?)</textarea>",
            Pattern.DOTALL);

    private final InMemoryApplication app;

    Views(RunningPublicWeb web) {
        this.app = web.application();
    }

    /** A view given online about Kendal, with these words, contact details and consent. */
    Feedback given(String text, ContactDetails contact, Consent consent) {
        var receipt = app.submitFeedback().submit(new ShareAView(ViewAbout.community(new Slug("kendal")),
                ContributorRole.PATIENT, new ViewText(text), contact, consent, Optional.empty()), Optional.empty())
                .orElseThrow();
        return byReference(receipt.reference());
    }

    /** A view given online about Kendal, agreeing to publication, without contact details. */
    Feedback given(String text) {
        return given(text, ContactDetails.none(), new Consent(false, true));
    }

    /** A view that came by letter on {@code receivedOn}, entered by staff. */
    Feedback entered(String text, LocalDate receivedOn) {
        FeedbackReference reference = app.enterFeedback().enter(STAFF, new EnteredView(new ShareAView(
                ViewAbout.programme(), ContributorRole.MEMBER_OF_PUBLIC, new ViewText(text), ContactDetails.none(),
                new Consent(false, true), Optional.empty()), Channel.LETTER, receivedOn, Optional.empty())).orElseThrow();
        return byReference(reference);
    }

    Feedback published(Feedback view) {
        return app.moderateFeedback().publish(STAFF, view.id(), current(view.id()).version(), "Published words.")
                .orElseThrow().feedback();
    }

    Feedback assigned(Feedback view, PartnerId partner) {
        return app.moderateFeedback().assign(STAFF, view.id(), current(view.id()).version(), partner).orElseThrow()
                .feedback();
    }

    /** The view as it is stored now. */
    Feedback current(FeedbackId id) {
        return app.feedback().feedbackLog().find(id).orElseThrow();
    }

    Feedback byReference(FeedbackReference reference) {
        return app.feedback().feedbackLog().findByReference(reference).orElseThrow();
    }

    static ContactDetails contact(String name, String email, String phone) {
        return new ContactDetails(Optional.of(name), Optional.of(new EmailAddress(email)),
                Optional.of(new PhoneNumber(phone)));
    }

    static String page(Feedback view) {
        return "/staff/feedback/" + view.id();
    }

    static String api(Feedback view) {
        return "/api/v1/staff/feedback/" + view.id();
    }

    /** Posts a form of a view's page, with the page's CSRF token and the version the view has now. */
    HttpResponse<String> post(Browser browser, Feedback view, String action, String... fields) {
        String[] all = new String[fields.length + 2];
        all[0] = "version";
        all[1] = Long.toString(current(view.id()).version());
        System.arraycopy(fields, 0, all, 2, fields.length);
        return browser.submit(page(view), page(view) + "/" + action, all);
    }

    /** What the textarea {@code id} of a page holds, as a person would read it. */
    static String textarea(String html, String id) {
        Matcher matcher = TEXTAREA.matcher(html);
        while (matcher.find()) {
            if (matcher.group(1).equals(id)) {
                return matcher.group(2).replace("&#39;", "'").replace("&#34;", "\"").replace("&quot;", "\"")
                        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
            }
        }
        throw new AssertionError("no textarea " + id);
    }

    /** A multipart/form-data request carrying {@code file} as the field {@code file}, with the CSRF token. */
    static HttpRequest.Builder upload(Browser browser, String path, String csrf, String filename, byte[] file) {
        String boundary = "----bct" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return browser.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }
}
