package org.bettercaretogether.web.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bettercaretogether.application.feedback.FeedbackForStaff;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;

/**
 * What the feedback tests share: a server that lets one address post as often as a test needs, a valid form and
 * JSON view to vary, the views stored behind the use cases, and the staff steps (through the in-memory use cases)
 * that move a view on: publish, withhold, answer.
 */
final class FeedbackFixtures {

    private final RunningPublicWeb web;
    private StaffAccounts.Account moderator;

    FeedbackFixtures(RunningPublicWeb web) {
        this.web = web;
    }

    /** The public web server on {@code clock}, with room for many submissions from the test's one address. */
    static RunningPublicWeb server(Clock clock) {
        var defaults = SecuritySettings.defaults();
        return new RunningPublicWeb(clock, RunningPublicWeb.securitySettings(defaults.signInsPerSource(),
                defaults.failedSignInsPerAccount(), new Limit(100_000, Duration.ofMinutes(10))), false);
    }

    static RunningPublicWeb server() {
        return server(Clock.systemUTC());
    }

    /** A valid form about Kendal, as names and values, to change field by field. */
    static Map<String, String> form() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("submission", UUID.randomUUID().toString());
        fields.put("about", "community");
        fields.put("community", "kendal");
        fields.put("workstream", "");
        fields.put("network", "");
        fields.put("role", "PATIENT");
        fields.put("text", "The new evening clinic at the health centre made it easy to see a nurse.");
        fields.put("name", "");
        fields.put("email", "");
        fields.put("phone", "");
        fields.put("consent-to-publish", "true");
        fields.put("postcode-district", "LA9");
        return fields;
    }

    static String[] flat(Map<String, String> fields) {
        List<String> flat = new ArrayList<>();
        fields.forEach((name, value) -> {
            flat.add(name);
            flat.add(value);
        });
        return flat.toArray(String[]::new);
    }

    /** A valid JSON view about Kendal, with {@code text}. */
    static String json(String text) {
        return "{\"about\": \"community\", \"slug\": \"kendal\", \"role\": \"PATIENT\", \"text\": \"" + text + "\", "
                + "\"consentToContact\": false, \"consentToPublish\": true}";
    }

    /** How many views the application holds. */
    int stored() {
        return web.application().feedback().allViews().size();
    }

    Feedback find(String reference) {
        return web.application().feedback().feedbackLog().findByReference(new FeedbackReference(reference))
                .orElseThrow();
    }

    /** Sends the form, asserts it was received, and answers the private tracking page it leads to. */
    String share(Map<String, String> fields) {
        HttpResponse<String> response = web.browser().post("/share-your-view", flat(fields));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/track/").endsWith("?new=1");
        return location.substring(0, location.indexOf('?'));
    }

    /** The reference a tracking page shows. */
    String referenceOn(String trackingPage) {
        String body = web.get(trackingPage).body();
        var matcher = Pattern.compile("BCT-[0-9A-Z]{4}-[0-9A-Z]{4}").matcher(body);
        assertThat(matcher.find()).as("a reference on " + trackingPage).isTrue();
        return matcher.group();
    }

    Feedback publish(String reference, String publicText) {
        Feedback view = find(reference);
        return done(web.application().moderateFeedback().publish(moderator().actor(), view.id(), view.version(),
                publicText));
    }

    Feedback withhold(String reference, WithholdReason reason) {
        Feedback view = find(reference);
        return done(web.application().moderateFeedback().withhold(moderator().actor(), view.id(), view.version(),
                reason, Optional.empty()));
    }

    /** Gives a moderated view to {@code partner} to answer. */
    Feedback assign(String reference, PartnerId partner) {
        Feedback view = find(reference);
        return done(web.application().moderateFeedback().assign(moderator().actor(), view.id(), view.version(),
                partner));
    }

    /** A responder of the partner the view is assigned to answers it; answers that responder's account. */
    StaffAccounts.Account answer(String reference, String answer) {
        Feedback view = find(reference);
        StaffAccounts.Account responder = web.staff().member(view.assignment().orElseThrow().partner(), Role.RESPONDER);
        done(web.application().respondToFeedback().respond(responder.actor(), view.id(), view.version(), answer));
        return responder;
    }

    StaffAccounts.Account moderator() {
        if (moderator == null) {
            moderator = web.staff().member(Role.MODERATOR);
        }
        return moderator;
    }

    private static Feedback done(Outcome<FeedbackForStaff> outcome) {
        return outcome.orElseThrow().feedback();
    }
}
