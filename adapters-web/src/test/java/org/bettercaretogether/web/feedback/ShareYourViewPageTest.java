package org.bettercaretogether.web.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.page;

import java.net.http.HttpResponse;
import java.util.Map;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackStatus;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A member of the public gives a view with the "Share your view" form, without JavaScript: it is received and they
 * are given its reference and private tracking link; anything wrong is shown against its field, every problem at
 * once, with their answers kept, and nothing is stored.
 */
class ShareYourViewPageTest {

    @RegisterExtension
    static final RunningPublicWeb web = FeedbackFixtures.server();

    private final FeedbackFixtures views = new FeedbackFixtures(web);

    @Test
    void the_form_asks_what_the_view_is_about_who_gives_it_and_what_they_agree_to_with_nothing_agreed_yet() {
        String html = page(web.get("/share-your-view"), 200);

        assertThat(Html.h1(html)).isEqualTo("Share your view");
        assertThat(html).contains("<form method=\"post\" action=\"/share-your-view\" novalidate>")
                .contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">What is your view about?</legend>")
                .contains("id=\"about\" name=\"about\" type=\"radio\" value=\"programme\"")
                .contains("<option value=\"kendal\">Kendal</option>")
                .contains("<option value=\"elective-care\">")
                .contains("<option value=\"furness\">")
                .contains("value=\"MEMBER_OF_PUBLIC\"").contains("Voluntary organisation")
                .contains("data-module=\"govuk-character-count\" data-maxlength=\"5000\"")
                .contains("You can enter up to 5,000 characters")
                .contains("id=\"consent-to-contact\" name=\"consent-to-contact\" type=\"checkbox\" value=\"true\" aria-describedby")
                .contains("id=\"consent-to-publish\" name=\"consent-to-publish\" type=\"checkbox\" value=\"true\" aria-describedby")
                .contains("The first half of your postcode, like LA9")
                .contains("<a class=\"govuk-link\" href=\"/privacy\">privacy notice</a>")
                .doesNotContain("checked")
                .doesNotContain("<script>");
        // Every select stays visible, with or without JavaScript: GOV.UK Frontend's script would hide those not
        // chosen, but marks each radio aria-expanded, which a radio may not carry (WCAG 4.1.2, axe aria-allowed-attr).
        assertThat(html).contains("class=\"govuk-radios__conditional\" id=\"conditional-about-2\"")
                .doesNotContain("data-aria-controls").doesNotContain("govuk-radios__conditional--hidden");
    }

    @Test
    void a_link_from_a_community_page_chooses_that_community() {
        String html = page(web.get("/share-your-view?about=community&slug=kendal"), 200);

        assertThat(html).contains("id=\"about-2\" name=\"about\" type=\"radio\" value=\"community\" checked")
                .contains("<option value=\"kendal\" selected>Kendal</option>")
                .contains("class=\"govuk-radios__conditional\" id=\"conditional-about-2\"");
    }

    @Test
    void a_view_sent_with_the_form_is_received_and_the_person_is_shown_its_reference_and_private_link() {
        int before = views.stored();
        Map<String, String> fields = FeedbackFixtures.form();
        fields.put("text", "  The minor injuries unit\r\nin Kendal should open at weekends.  ");
        fields.put("name", "Pat Example");
        fields.put("email", "Pat.Example@example.org");
        fields.put("phone", "01539 123456");
        fields.put("consent-to-contact", "true");

        HttpResponse<String> sent = web.browser().post("/share-your-view", FeedbackFixtures.flat(fields));

        assertThat(sent.statusCode()).isEqualTo(303);
        String location = sent.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/track/v[A-Za-z0-9_-]{43}\\?new=1");
        String confirmation = page(web.get(location), 200);
        assertThat(Html.h1(confirmation)).isEqualTo("View received");
        assertThat(confirmation).contains("<div class=\"govuk-panel govuk-panel--confirmation\">")
                .containsPattern("Your reference is<br><strong>BCT-[0-9A-Z]{4}-[0-9A-Z]{4}</strong>")
                .contains(web.uri(location.substring(0, location.indexOf('?'))).toString())
                .contains("What happens next").contains("about 20 working days")
                .contains("<strong class=\"govuk-tag govuk-tag--blue\">Received, waiting for moderation</strong>");
        assertThat(views.stored()).isEqualTo(before + 1);
        Feedback stored = views.find(views.referenceOn(location));
        assertThat(stored.status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(stored.text().orElseThrow().value()).isEqualTo("The minor injuries unit\nin Kendal should open at weekends.");
        assertThat(stored.role()).isEqualTo(ContributorRole.PATIENT);
        assertThat(stored.contact().name()).hasValue("Pat Example");
        assertThat(stored.contact().email().orElseThrow().value()).isEqualTo("pat.example@example.org");
        assertThat(stored.contact().phone().orElseThrow().value()).isEqualTo("01539 123456");
        assertThat(stored.consent().toContact()).isTrue();
        assertThat(stored.consent().toPublish()).isTrue();
        assertThat(stored.postcodeDistrict().orElseThrow().value()).isEqualTo("LA9");
    }

    @Test
    void a_view_about_the_programme_ignores_the_selects_of_the_other_kinds() {
        Map<String, String> fields = FeedbackFixtures.form();
        fields.put("about", "programme");
        fields.put("community", "kendal");

        String tracking = views.share(fields);

        assertThat(Html.text(page(web.get(tracking), 200))).contains("About The programme as a whole");
    }

    @Test
    void the_same_form_sent_twice_gives_one_view_and_the_same_tracking_page() {
        Map<String, String> fields = FeedbackFixtures.form();
        int before = views.stored();

        String first = views.share(fields);
        String again = views.share(fields);

        assertThat(again).isEqualTo(first);
        assertThat(views.stored()).isEqualTo(before + 1);
    }

    @Test
    void a_form_already_used_for_one_view_and_changed_asks_to_be_sent_again_and_then_gives_a_second_view() {
        Map<String, String> fields = FeedbackFixtures.form();
        views.share(fields);
        int before = views.stored();
        fields.put("text", "Something else entirely about parking at the hospital.");

        String html = page(web.browser().post("/share-your-view", FeedbackFixtures.flat(fields)), 422);

        assertThat(html).contains("<a href=\"#text\">This form has already sent a different view.");
        assertThat(views.stored()).isEqualTo(before);
        String newKey = html.replaceAll("(?s).*name=\"submission\" value=\"([^\"]+)\".*", "$1");
        assertThat(newKey).isNotEqualTo(fields.get("submission"));
        fields.put("submission", newKey);
        views.share(fields);
        assertThat(views.stored()).isEqualTo(before + 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no subject chosen           | about      |                  | about    | Select what your view is about",
            "a community without which   | community  |                  | community| Select the Integrated Care Community your view is about",
            "an unknown community        | community  | atlantis         | community| There is no Integrated Care Community called 'atlantis'.",
            "no role                     | role       |                  | role     | Select which of these best describes you",
            "no words                    | text       | '   '            | text     | Enter your view",
            "an invalid email address    | email      | pat@example      | email    | Enter an email address in the correct format, like name@example.com",
            "an invalid telephone number | phone      | 12345            | phone    | Enter a telephone number, like 01539 123456",
            "an invalid postcode district| postcode-district | Kendal    | postcode-district | Enter the first half of your postcode, like LA9",
            "a whole postcode            | postcode-district | LA9 4AB   | postcode-district | Enter only the first half of your postcode, like LA9"})
    void a_field_in_error_is_shown_against_it_with_the_answers_kept_and_nothing_is_stored(
            String problem, String field, String value, String id, String message) {
        Map<String, String> fields = FeedbackFixtures.form();
        fields.put("text", "A view that must be kept: " + problem);
        fields.put(field, value == null ? "" : value);
        int before = views.stored();

        String html = page(web.browser().post("/share-your-view", FeedbackFixtures.flat(fields)), 422);

        assertThat(Html.title(html)).isEqualTo("Error: Share your view");
        assertThat(html).contains("<a href=\"#" + id + "\">" + message + "</a>")
                .contains("<p id=\"" + id + "-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> " + message);
        if (!field.equals("text")) {
            assertThat(html).contains("A view that must be kept: " + problem + "</textarea>");
        }
        if (value != null && !value.isBlank() && !field.equals("community")) {
            assertThat(html).contains("value=\"" + value + "\"");
        }
        assertThat(views.stored()).isEqualTo(before);
    }

    @Test
    void a_view_of_5001_characters_is_refused_with_the_words_kept_and_one_of_5000_is_received() {
        Map<String, String> fields = FeedbackFixtures.form();
        fields.put("text", "a".repeat(5_001));
        int before = views.stored();

        String html = page(web.browser().post("/share-your-view", FeedbackFixtures.flat(fields)), 422);

        assertThat(html).contains("<a href=\"#text\">Your view must be 5,000 characters or fewer</a>")
                .contains(">" + "a".repeat(5_001) + "</textarea>");
        assertThat(views.stored()).isEqualTo(before);
        fields.put("text", " " + "a".repeat(5_000) + "\n");
        views.share(fields);
        assertThat(views.stored()).isEqualTo(before + 1);
    }

    @Test
    void consent_to_be_contacted_without_an_email_address_or_telephone_number_is_refused() {
        Map<String, String> fields = FeedbackFixtures.form();
        fields.put("consent-to-contact", "true");
        fields.put("name", "Pat Example");
        int before = views.stored();

        String html = page(web.browser().post("/share-your-view", FeedbackFixtures.flat(fields)), 422);

        assertThat(html).contains("<a href=\"#consent-to-contact\">To be contacted about your view, enter an email "
                        + "address or a telephone number, or untick the box</a>")
                .contains("id=\"consent-to-contact\" name=\"consent-to-contact\" type=\"checkbox\" value=\"true\" checked")
                .contains("value=\"Pat Example\"");
        assertThat(views.stored()).isEqualTo(before);
    }

    @Test
    void an_empty_form_shows_every_problem_at_once_in_the_order_of_the_page() {
        int before = views.stored();

        String html = page(web.browser().post("/share-your-view", "submission", "x"), 422);

        assertThat(Html.links(html).stream().filter(link -> link.href().startsWith("#"))
                .map(Html.Link::href).toList()).containsExactly("#main-content", "#about", "#role", "#text");
        assertThat(views.stored()).isEqualTo(before);
    }

    @Test
    void every_problem_of_a_form_is_listed_together() {
        Map<String, String> fields = FeedbackFixtures.form();
        fields.put("community", "atlantis");
        fields.put("role", "");
        fields.put("text", "x".repeat(5_001));
        fields.put("email", "not-an-address");
        fields.put("phone", "phone me");
        fields.put("postcode-district", "99");
        fields.put("consent-to-contact", "true");

        String html = page(web.browser().post("/share-your-view", FeedbackFixtures.flat(fields)), 422);

        assertThat(Html.links(html).stream().map(Html.Link::href).filter(href -> href.startsWith("#")).toList())
                .containsExactly("#main-content", "#community", "#role", "#text", "#email", "#phone",
                        "#postcode-district");
    }

    @Test
    void a_form_posted_from_another_site_is_refused_and_nothing_is_stored() {
        int before = views.stored();

        HttpResponse<String> refused = web.browser().header("Origin", "https://elsewhere.example")
                .post("/share-your-view", FeedbackFixtures.flat(FeedbackFixtures.form()));
        HttpResponse<String> crossSite = web.browser().header("Sec-Fetch-Site", "cross-site")
                .post("/share-your-view", FeedbackFixtures.flat(FeedbackFixtures.form()));

        assertThat(Html.text(page(refused, 403))).contains("The form did not come from this service.");
        page(crossSite, 403);
        assertThat(views.stored()).isEqualTo(before);
    }

    @Test
    void a_form_posted_from_this_service_with_its_origin_is_received() {
        int before = views.stored();

        HttpResponse<String> sent = web.browser().header("Origin", web.uri("").toString())
                .header("Sec-Fetch-Site", "same-origin")
                .post("/share-your-view", FeedbackFixtures.flat(FeedbackFixtures.form()));

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        assertThat(views.stored()).isEqualTo(before + 1);
    }

    @Test
    void the_home_page_invites_everyone_to_share_their_view() {
        String html = page(web.get("/"), 200);

        assertThat(Html.links(html)).anySatisfy(link -> {
            assertThat(link.href()).isEqualTo("/share-your-view");
            assertThat(link.text()).isEqualTo("Share your view");
        });
        assertThat(html).contains("class=\"govuk-button govuk-button--start\"");
    }

}
