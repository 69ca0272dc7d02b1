package org.bettercaretogether.web.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.page;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.feedback.PersonalDetails;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;
import org.bettercaretogether.web.staff.StaffServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staff handle one view on its page: moderators publish it with personal details removed, or withhold it; themes are
 * tagged and the view assigned for an answer; the responder of the assigned partner answers it; it is closed. Each
 * form refuses what breaks a rule with an error summary, and a change to a view changed meanwhile with a 409.
 */
class ModeratingAViewTest {

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    private static Views views;
    private static StaffAccounts.Account moderator;

    @BeforeAll
    static void a_moderator() {
        views = new Views(web);
        moderator = web.staff().member(Role.MODERATOR);
    }

    @Test
    void the_page_shows_the_whole_view_to_staff_only_and_is_not_stored_by_the_browser() {
        Feedback view = views.given("The minor injuries unit in Kendal should open at weekends.",
                Views.contact("Pat Example", "pat@example.com", "01539 123456"), new Consent(true, true));
        Browser browser = web.browser().signInAs(moderator);

        var response = browser.get(Views.page(view));

        String html = page(response, 200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(Html.h1(html)).isEqualTo("View " + view.reference().value());
        assertThat(Html.text(html)).contains("The minor injuries unit in Kendal should open at weekends.")
                .contains("Name Pat Example").contains("Email address pat@example.com").contains("Telephone 01539 123456")
                .contains("Agreed to be contacted Yes").contains("Agreed to publication Yes")
                .contains("About Kendal").contains("Came in Online").contains("Waiting for moderation");
        assertThat(web.get(Views.page(view)).statusCode()).isEqualTo(303);
    }

    @Test
    void publishing_the_suggested_redacted_text_puts_it_among_the_community_s_published_views() {
        String words = "The bus from Kendal to the hospital is always late. Ring me on 01539 123456 or write to "
                + "sam@example.com about it.";
        Feedback view = views.given(words, ContactDetails.none(), new Consent(false, true));
        Browser browser = web.browser().signInAs(moderator);
        String html = page(browser.get(Views.page(view)), 200);
        String suggested = Views.textarea(html, "public-text");

        var published = views.post(browser, view, "publish", "public-text", suggested);

        assertThat(Html.text(html)).contains("Their words contain personal details: a telephone number, an email address");
        assertThat(suggested).isEqualTo(PersonalDetails.redacted(words)).contains("[email address removed]")
                .contains("[telephone number removed]").doesNotContain("sam@example.com");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
        assertThat(published.headers().firstValue("Location")).hasValue(Views.page(view) + "?done=publish");
        assertThat(Html.text(page(browser.get(Views.page(view) + "?done=publish"), 200)))
                .contains("The view has been published.").contains("Public text " + suggested);
        var onThePublicSide = web.application().readPublishedFeedback()
                .published(Optional.of(ViewAbout.community(new Slug("kendal"))), Optional.empty(), 100).orElseThrow()
                .items().stream().filter(item -> item.reference().equals(view.reference())).findFirst().orElseThrow();
        assertThat(onThePublicSide.text()).isEqualTo(suggested);
        assertThat(onThePublicSide.toString()).doesNotContain("sam@example.com").doesNotContain("01539 123456");
    }

    @Test
    void a_view_without_consent_to_publish_says_so_and_refuses_publication_with_409() {
        Feedback view = views.given("Please do not publish this: the new rota is unfair.", ContactDetails.none(),
                Consent.none());
        Browser browser = web.browser().signInAs(moderator);

        String html = page(browser.get(Views.page(view)), 200);
        var refused = views.post(browser, view, "publish", "public-text", "The new rota is unfair.");

        assertThat(Html.text(html)).contains("This view cannot be published: the person did not agree to publication.");
        assertThat(html).doesNotContain("action=\"" + Views.page(view) + "/publish\"")
                .contains("action=\"" + Views.page(view) + "/withhold\"");
        assertThat(Html.text(page(refused, 409))).contains("the person did not agree to publication");
        assertThat(views.current(view.id()).moderation()).isInstanceOf(Moderation.Pending.class);
    }

    @Test
    void a_public_text_still_holding_an_email_address_or_a_phone_number_is_refused_against_its_field() {
        Feedback view = views.given("Parking at the Westmorland General is impossible.");
        Browser browser = web.browser().signInAs(moderator);

        var withEmail = views.post(browser, view, "publish", "public-text", "Parking is impossible, jo@example.com");
        var withPhone = views.post(browser, view, "publish", "public-text", "Parking is impossible, call 07700 900123");

        String html = page(withEmail, 422);
        assertThat(Html.title(html)).isEqualTo("Error: View " + view.reference().value());
        assertThat(html).contains("<a href=\"#public-text\">Public text still contains an email address; remove it "
                + "before publishing</a>");
        assertThat(Views.textarea(html, "public-text")).isEqualTo("Parking is impossible, jo@example.com");
        assertThat(page(withPhone, 422)).contains("<a href=\"#public-text\">Public text still contains a telephone "
                + "number; remove it before publishing</a>");
        assertThat(views.current(view.id()).moderation()).isInstanceOf(Moderation.Pending.class);
    }

    @Test
    void withholding_needs_a_reason_and_keeps_the_view_from_the_public() {
        Feedback view = views.given("You are all useless and I hope you know it.");
        Browser browser = web.browser().signInAs(moderator);

        var noReason = views.post(browser, view, "withhold", "withhold-note", "Rude");
        var withheld = views.post(browser, view, "withhold", "withhold-reason", "ABUSIVE", "withhold-note",
                "Nothing to act on");

        assertThat(page(noReason, 422)).contains("<a href=\"#withhold-reason\">Select why the view is kept from the "
                + "public</a>").contains("value=\"ABUSIVE\"");
        assertThat(withheld.statusCode()).isEqualTo(303);
        var decision = (Moderation.Withheld) views.current(view.id()).moderation();
        assertThat(decision.reason()).isEqualTo(WithholdReason.ABUSIVE);
        assertThat(decision.note()).hasValue("Nothing to act on");
        assertThat(Html.text(page(browser.get(Views.page(view)), 200))).contains("Decision Withheld")
                .contains("Reason Abusive or offensive").contains("Note Nothing to act on");
    }

    @Test
    void an_engagement_officer_tags_themes_from_the_list_in_use() {
        var officer = web.staff().member(Role.ENGAGEMENT_OFFICER);
        Theme travel = web.application().manageThemes().add(officer.actor(), "Travel and transport").orElseThrow();
        Theme waiting = web.application().manageThemes().add(officer.actor(), "Waiting times").orElseThrow();
        Feedback view = views.given("It takes two buses and three hours to reach the clinic.");
        Browser browser = web.browser().signInAs(officer);
        String before = page(browser.get(Views.page(view)), 200);

        var tagged = views.post(browser, view, "themes", "themes", travel.id().toString(), "themes",
                waiting.id().toString());
        var retagged = views.post(browser, view, "themes", "themes", travel.id().toString());

        assertThat(before).contains("value=\"" + travel.id() + "\"").contains("Waiting times")
                .doesNotContain("action=\"" + Views.page(view) + "/publish\"");
        assertThat(tagged.statusCode()).isEqualTo(303);
        assertThat(retagged.statusCode()).isEqualTo(303);
        assertThat(views.current(view.id()).themes()).containsExactly(travel.id());
        assertThat(Html.text(page(browser.get(Views.page(view) + "?done=themes"), 200)))
                .contains("The view's themes have been saved.").contains("Themes Travel and transport");
    }

    @Test
    void assigning_a_view_makes_its_answer_due_twenty_working_days_after_it_was_received_bank_holidays_aside() {
        // 7 April 2025: Good Friday, Easter Monday and the early May bank holiday fall within 20 working days
        Feedback view = views.entered("The Easter opening hours of the pharmacy were not on the door.",
                LocalDate.of(2025, 4, 7));
        Browser browser = web.browser().signInAs(moderator);

        var assigned = views.post(browser, view, "assign", "partner", Views.OWN_PARTNER.toString());

        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(303);
        assertThat(views.current(view.id()).assignment().orElseThrow().dueOn()).isEqualTo(LocalDate.of(2025, 5, 8));
        assertThat(Html.text(page(browser.get(Views.page(view)), 200)))
                .contains("Assigned to University Hospitals of Morecambe Bay NHS Foundation Trust")
                .contains("Answer due by 8 May 2025");
    }

    @Test
    void assigning_needs_a_partner() {
        Feedback view = views.given("Who answers this?");
        Browser browser = web.browser().signInAs(moderator);

        assertThat(page(views.post(browser, view, "assign", "partner", ""), 422))
                .contains("<a href=\"#partner\">Select the partner organisation that is to answer the view</a>");
    }

    @Test
    void the_responder_of_the_assigned_partner_answers_and_a_responder_of_another_partner_may_not() {
        Feedback view = views.assigned(views.published(views.given("Will the new scanner come to Kendal?")),
                Views.OWN_PARTNER);
        Browser ours = web.browser().signInAs(web.staff().member(Views.OWN_PARTNER, Role.RESPONDER));
        Browser theirs = web.browser().signInAs(web.staff().member(Views.ANOTHER_PARTNER, Role.RESPONDER));

        String form = page(ours.get(Views.page(view)), 200);
        var refusedPage = theirs.get(Views.page(view));
        var refusedAnswer = views.post(theirs, views.current(view.id()), "response", "response", "Not ours to say.");
        var answered = views.post(ours, view, "response", "response", "Yes: it arrives in the spring.");

        assertThat(form).contains("action=\"" + Views.page(view) + "/response\"")
                .doesNotContain("action=\"" + Views.page(view) + "/assign\"");
        assertThat(refusedPage.statusCode()).isEqualTo(403);
        assertThat(refusedAnswer.statusCode()).isEqualTo(403);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(303);
        assertThat(views.current(view.id()).response().orElseThrow().text()).isEqualTo("Yes: it arrives in the spring.");
        assertThat(Html.text(page(ours.get(Views.page(view) + "?done=response"), 200)))
                .contains("Your organisation's answer has been saved.").contains("Answer Yes: it arrives in the spring.");
    }

    @Test
    void an_answer_before_the_view_is_moderated_is_refused() {
        Feedback view = views.assigned(views.given("Why did my appointment move?"), Views.OWN_PARTNER);
        Browser responder = web.browser().signInAs(web.staff().member(Views.OWN_PARTNER, Role.RESPONDER));

        String html = page(responder.get(Views.page(view)), 200);
        var refused = views.post(responder, view, "response", "response", "Because of staffing.");

        assertThat(Html.text(html)).contains("This view can be answered once a moderator has published or withheld it.");
        assertThat(html).doesNotContain("action=\"" + Views.page(view) + "/response\"");
        assertThat(Html.text(page(refused, 409))).contains("This view must be moderated before it is answered.");
        assertThat(views.current(view.id()).response()).isEmpty();
    }

    @Test
    void closing_a_view_that_was_not_answered_needs_a_reason() {
        Feedback view = views.published(views.given("Thank you to the district nurses."));
        Browser browser = web.browser().signInAs(moderator);

        var noReason = views.post(browser, view, "close", "close-reason", "");
        var closed = views.post(browser, view, "close", "close-reason", "A thank-you: nothing to answer.");

        assertThat(page(noReason, 422)).contains("<a href=\"#close-reason\">Reason is required to close a view that "
                + "has not been answered</a>");
        assertThat(closed.statusCode()).isEqualTo(303);
        assertThat(views.current(view.id()).closure().orElseThrow().reason()).hasValue("A thank-you: nothing to answer.");
        String after = page(browser.get(Views.page(view)), 200);
        assertThat(Html.text(after)).contains("Closed on").contains("Reason A thank-you: nothing to answer.");
        assertThat(after).doesNotContain("action=\"" + Views.page(view) + "/close\"");
    }

    @Test
    void flagging_a_safeguarding_concern_emails_every_administrator_the_reference_without_the_view_s_words() {
        var admins = Set.of(web.staff().member(Role.ADMIN), web.staff().member(Role.ADMIN));
        String words = "My neighbour has not been seen for a week and his curtains stay shut.";
        Feedback view = views.given(words);
        Browser browser = web.browser().signInAs(moderator);

        var flagged = views.post(browser, view, "safeguarding", "safeguarding-note", "Someone may be at risk at home.");
        web.application().deliverMail().deliverDue(1000);

        assertThat(flagged.statusCode()).isEqualTo(303);
        var everyAdmin = web.application().security().staffMembers().all().stream()
                .filter(member -> member.active() && member.holds(Role.ADMIN)).toList();
        assertThat(everyAdmin).hasSizeGreaterThanOrEqualTo(admins.size());
        for (var admin : everyAdmin) {
            var mail = web.application().mailbox().sentTo(admin.email().value()).stream()
                    .filter(sent -> sent.subject().contains(view.reference().value())).toList();
            assertThat(mail).as("mail to an administrator").hasSize(1);
            assertThat(mail.getFirst().body()).contains(view.reference().value()).doesNotContain(words)
                    .doesNotContain("curtains").doesNotContain("Someone may be at risk");
        }
        Browser admin = web.browser().signInAs(admins.iterator().next());
        assertThat(Html.text(page(admin.get("/staff/feedback/safeguarding"), 200)))
                .contains(view.reference().value() + " Kendal").contains("Someone may be at risk at home.");
        assertThat(Html.text(page(browser.get(Views.page(view)), 200))).contains("Safeguarding concern")
                .doesNotContain("Flag as a safeguarding concern");
    }

    @Test
    void a_change_made_on_a_version_someone_else_changed_since_is_refused_with_409_and_changes_nothing() {
        Feedback view = views.given("The car park barrier is broken again.");
        Browser browser = web.browser().signInAs(moderator);
        String stale = Long.toString(view.version());
        views.assigned(view, Views.OWN_PARTNER);

        var refused = browser.submit(Views.page(view), Views.page(view) + "/withhold", "version", stale,
                "withhold-reason", "OFF_TOPIC", "withhold-note", "Not for us");

        String html = page(refused, 409);
        assertThat(html).contains("<a href=\"#version\">The view was changed by someone else since you read it")
                .contains("Reload the page to see the current details</a>")
                .contains("value=\"OFF_TOPIC\" checked").contains("Not for us");
        assertThat(views.current(view.id()).moderation()).isInstanceOf(Moderation.Pending.class);
    }

    @Test
    void a_view_that_does_not_exist_is_404_and_an_id_that_is_no_id_is_400() {
        Browser browser = web.browser().signInAs(moderator);

        assertThat(page(browser.get("/staff/feedback/00000000-0000-4000-8000-000000000000"), 404)).isNotEmpty();
        assertThat(page(browser.get("/staff/feedback/not-an-id"), 400)).isNotEmpty();
    }

}
