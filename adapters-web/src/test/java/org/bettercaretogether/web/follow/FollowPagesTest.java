package org.bettercaretogether.web.follow;

import org.bettercaretogether.application.consultation.ConsultationDraft;
import org.bettercaretogether.application.consultation.ConsultationSummary;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.mail.OutgoingMail;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.web.Answers;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Following by email as pages: the form of a consultation, a community and a workstream, its error summary, the
 * check-your-email page; the confirmation link, which confirms only by its button; the unsubscribe link, whose
 * button and a mail client's one-click POST (no cookie, no origin, RFC 8058) both end the subscription. The address
 * given is never shown on a page after the form.
 */
class FollowPagesTest {

    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2027-03-27T10:00:00Z"));
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final Pattern CONFIRM = Pattern.compile("http://localhost:7070(/follow/confirm/\\S+)");

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb(CLOCK, SecuritySettings.defaults(), false);

    private final Actor officer = new Actor(StaffMemberId.random(), MorecambeBay.CLINICAL_COMMISSIONING_GROUP,
            Set.of(Role.ENGAGEMENT_OFFICER));

    @Test
    void the_pages_of_a_consultation_a_community_and_a_workstream_lead_to_their_forms() {
        String consultation = "/consultations/" + scheduled();
        for (String page : List.of(consultation, "/communities/kendal", "/workstreams/women-s-and-children-s-services")) {
            assertThat(Html.links(Answers.page(web.get(page), 200))).as(page)
                    .anyMatch(link -> link.href().equals(page + "/follow"));
            String form = Answers.page(web.get(page + "/follow"), 200);
            assertThat(Html.h1(form)).isEqualTo("Get email updates");
            assertThat(form).contains("action=\"" + page + "/follow\"", "name=\"email\"", "autocomplete=\"email\"");
        }
    }

    @Test
    void a_malformed_address_shows_the_form_again_with_an_error_summary_and_stores_nothing() {
        int before = mails().size();

        String html = Answers.page(web.browser().post("/communities/kendal/follow", "email", "not-an-address"), 422);

        assertThat(Html.title(html)).startsWith("Error: ");
        assertThat(html).contains("govuk-error-summary",
                "<a href=\"#email\">Enter an email address in the correct format, like name@example.com</a>",
                "value=\"not-an-address\"");
        assertThat(mails()).hasSize(before);
    }

    @Test
    void an_unknown_thing_to_follow_and_a_draft_consultation_are_not_found() {
        Answers.page(web.get("/communities/atlantis/follow"), 404);
        Answers.page(web.browser().post("/workstreams/no-such-review/follow", "email", "jo@example.org"), 404);
        String draft = "draft-" + NAMES.incrementAndGet();
        web.application().runConsultations().draft(officer, draft(draft)).orElseThrow();
        Answers.page(web.get("/consultations/" + draft + "/follow"), 404);
    }

    @Test
    void following_sends_to_check_your_email_and_confirming_takes_the_button_not_the_link_alone() {
        String email = "follower" + NAMES.incrementAndGet() + "@example.org";
        HttpResponse<String> asked = web.browser().post("/workstreams/women-s-and-children-s-services/follow",
                "email", email);
        assertThat(asked.statusCode()).isEqualTo(303);
        assertThat(asked.headers().firstValue("Location")).hasValue("/follow/check-your-email");
        assertThat(Answers.page(web.get("/follow/check-your-email"), 200)).contains("Check your email")
                .doesNotContain(email);

        String confirm = confirmLink(email);
        String page = Answers.page(web.get(confirm), 200);
        assertThat(page).contains("Confirm you want email updates", "action=\"" + confirm + "\"")
                .doesNotContain(email);
        assertThat(web.get(confirm).headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(Html.text(Answers.page(web.browser().post(confirm), 200)))
                .contains("You are following Women's and Children's Services");
        assertThat(Answers.page(web.get(confirm), 200)).contains("You are following");
        Answers.page(web.get("/follow/confirm/bctf_not-a-token"), 404);
    }

    @Test
    void a_mail_clients_one_click_post_ends_the_subscription_without_a_cookie_or_an_origin() {
        String unsubscribe = confirmedSubscription();
        assertThat(Answers.page(web.get(unsubscribe), 200)).contains("Stop email updates",
                "name=\"List-Unsubscribe\" value=\"One-Click\"", "action=\"" + unsubscribe + "\"");

        HttpResponse<String> oneClick = web.send(HttpRequest.newBuilder(web.uri(unsubscribe))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://mail.example.net")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build());

        assertThat(Answers.page(oneClick, 200)).contains("You have unsubscribed");
        Answers.page(web.get(unsubscribe), 404);
        assertThat(Answers.page(web.browser().post(unsubscribe, "List-Unsubscribe", "One-Click"), 200))
                .as("a second click").contains("You have unsubscribed");
    }

    @Test
    void the_unsubscribe_pages_button_ends_the_subscription() {
        String unsubscribe = confirmedSubscription();

        assertThat(Answers.page(web.browser().post(unsubscribe, "List-Unsubscribe", "One-Click"), 200))
                .contains("You have unsubscribed");
        Answers.page(web.get(unsubscribe), 404);
    }

    /** The unsubscribe path of a confirmed subscription to Kendal, from the mail that says it is followed already. */
    private String confirmedSubscription() {
        String email = "clicker" + NAMES.incrementAndGet() + "@example.org";
        web.browser().post("/communities/kendal/follow", "email", email);
        web.browser().post(confirmLink(email));
        web.browser().post("/communities/kendal/follow", "email", email);
        OutgoingMail already = mails().stream().filter(mail -> mail.to().value().equals(email))
                .filter(mail -> mail.subject().startsWith("You already follow")).findFirst().orElseThrow();
        return already.unsubscribe().orElseThrow().getPath();
    }

    private String confirmLink(String email) {
        OutgoingMail confirmation = mails().stream().filter(mail -> mail.to().value().equals(email)).findFirst()
                .orElseThrow();
        Matcher link = CONFIRM.matcher(confirmation.body());
        assertThat(link.find()).as(confirmation.body()).isTrue();
        return link.group(1);
    }

    private List<OutgoingMail> mails() {
        return web.application().feedback().outbox().all();
    }

    private String scheduled() {
        String slug = "followed-" + NAMES.incrementAndGet();
        ConsultationSummary drafted = web.application().runConsultations().draft(officer, draft(slug)).orElseThrow();
        web.application().runConsultations().schedule(officer, drafted.consultation().id(),
                drafted.consultation().version()).orElseThrow();
        return slug;
    }

    private static ConsultationDraft draft(String slug) {
        return new ConsultationDraft(new Slug(slug), new ViewAbout(ViewAbout.Kind.WORKSTREAM,
                Optional.of(new Slug("women-s-and-children-s-services"))), "Maternity care",
                "How care should be arranged across the Bay.", List.of(), "Where midwife-led births take place",
                MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY,
                new OpeningTimes(CLOCK.instant().plus(Duration.ofDays(1)), CLOCK.instant().plus(Duration.ofDays(30))),
                List.of(new Question(new QuestionId("support"), "Do you support the proposal?", Optional.empty(), true,
                        QuestionKind.Scale.agreement())));
    }
}
