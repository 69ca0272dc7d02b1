package org.bettercaretogether.web.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Html.h1;
import static org.bettercaretogether.web.Html.links;
import static org.bettercaretogether.web.Html.text;
import static org.bettercaretogether.web.Html.title;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.Duration;
import org.bettercaretogether.application.privacy.RetentionSettings;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningServer;
import org.bettercaretogether.web.platform.WebServer;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A person follows the footer to the accessibility statement, the privacy notice or the contact page. */
class ContentPagesTest {

    private static final Pattern MAIN = Pattern.compile("<main[^>]*>(.*)</main>", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("<h([1-6])[^>]*>");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\\.[A-Za-z]");

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb();

    @Test
    void the_accessibility_statement_names_its_standard_its_status_and_the_enforcement_bodies() {
        String html = page(web.get("/accessibility"), 200);

        assertThat(h1(html)).isEqualTo("Accessibility statement for Better Care Together");
        assertThat(title(html)).isEqualTo("Accessibility statement");
        assertThat(text(main(html)))
                .contains("Better Care Together runs this website on behalf of its partners")
                .contains("without JavaScript", "using just a keyboard", "screen reader", "zoom in up to 400%",
                        "320 pixels wide")
                .contains("GOV.UK Frontend")
                .contains("WCAG version 2.2 at level AA")
                .contains("This website is partially compliant with WCAG 2.2 AA")
                .contains("Equality and Human Rights Commission (EHRC)")
                .contains("Equality Advisory and Support Service (EASS)")
                .contains("This statement was prepared on 29 November 2026. It was last reviewed on 29 November 2026.");
    }

    @Test
    void the_accessibility_statement_lists_its_known_issues_honestly() {
        String text = text(main(page(web.get("/accessibility"), 200)));

        assertThat(text)
                .contains("They do not yet run the pages in a real browser")
                .contains("you have to scroll it sideways")
                .contains("how accessible it is there is up to that app");
    }

    @Test
    void the_accessibility_statement_sends_people_who_cannot_use_the_website_to_the_contact_page() {
        String main = main(page(web.get("/accessibility"), 200));

        assertThat(links(main)).contains(new Html.Link("/contact", "ways to contact Better Care Together"));
        assertThat(main).doesNotContainPattern(EMAIL).doesNotContain("mailto:");
    }

    @Test
    void the_privacy_notice_says_who_is_responsible_and_what_is_kept_for_views_meetings_and_staff() {
        String html = page(web.get("/privacy"), 200);

        assertThat(h1(html)).isEqualTo("Privacy notice");
        assertThat(text(main(html)))
                .contains("the ten partner organisations of Better Care Together")
                .contains("your name, email address and telephone number, each only if you give it")
                .contains("your view in your own words")
                .contains("used only to count how many views come from each area")
                .contains("your name, your email address, how many places you asked for and any access needs")
                .contains("Only the staff who organise meetings see them")
                .contains("work email address, organisation and roles")
                .contains("Your email address, when you ask for email updates Until you unsubscribe; if you never "
                        + "confirm, 7 days");
    }

    @Test
    void the_privacy_notice_explains_the_lawful_basis_who_sees_the_data_and_what_erasure_removes() {
        String text = text(main(page(web.get("/privacy"), 200)));

        assertThat(text)
                .contains("only if you agreed to each of those things", "You give those two agreements separately")
                .contains("public task")
                .contains("Only staff of the partner organisations", "It is never published",
                        "never written into the website's logs")
                .contains("your registrations for meetings are removed")
                .contains("any email waiting to be sent to you is removed too")
                .contains("the published version of your view, which has no personal details in it, stays")
                .contains("if a personal detail is found in it, or in the published answer, the view is taken down")
                .contains("your view's history says that your data was erased");
    }

    @Test
    void the_privacy_notice_says_how_long_each_kind_of_personal_data_is_kept_as_the_retention_keeps_it() {
        String text = text(main(page(web.get("/privacy"), 200)));

        assertThat(text)
                .contains("How long we keep each kind of personal data")
                .contains("Until a year after we close your view")
                .contains("Until 30 days after the meeting ends, whether or not you cancelled")
                .contains("One we could not deliver is kept for 30 days")
                .contains("a copy of each is kept for 30 days")
                .contains("For a day, so that sending it twice by mistake does not make a second one")
                .contains("a token until 30 days after it ends")
                .contains("the website removes it on its own");
    }

    @Test
    void the_privacy_notice_states_the_times_this_installation_keeps_data_for_not_the_defaults() {
        RetentionSettings shorter = new RetentionSettings(Duration.ofDays(730), Duration.ofDays(7),
                Duration.ofDays(14), Duration.ofDays(2), Duration.ofHours(12), Duration.ofDays(1), Duration.ofHours(1));
        try (RunningServer installation = new RunningServer() {
            @Override
            protected WebServer newServer() {
                return new WebServer(List.of(new ContentWeb(shorter)), () -> true);
            }
        }) {
            installation.start();
            String text = text(main(page(installation.get("/privacy"), 200)));

            assertThat(text).contains("Until 2 years after we close your view", "Until 7 days after the meeting ends",
                    "kept for 14 days", "a copy of each is kept for 2 days", "For 12 hours, so that sending it twice",
                    "a token until a day after it ends");
        }
    }

    @Test
    void the_privacy_notice_says_how_to_ask_for_erasure_and_where_to_complain() {
        String main = main(page(web.get("/privacy"), 200));

        assertThat(text(main))
                .contains("have it erased", "ask for a copy", "have it corrected", "object to how we use it")
                .contains("Asking for a copy", "as a page you can read and as a file that a computer can read")
                .contains("Asking for your data to be erased")
                .contains("Tell us the email address or telephone number you gave us")
                .contains("quote the reference you were given when you shared your view")
                .contains("Information Commissioner's Office (ICO)");
        assertThat(links(main))
                .contains(new Html.Link("/contact", "ways to contact Better Care Together"))
                .contains(new Html.Link("https://ico.org.uk/make-a-complaint/", "make a complaint to the ICO"));
    }

    @Test
    void the_public_get_no_cookies_and_staff_only_the_ones_the_privacy_notice_names() {
        String notice = text(main(page(web.get("/privacy"), 200)));
        assertThat(notice).contains("we do not put any cookies on your device", "no analytics and no tracking");

        for (String path : List.of("/", "/privacy", "/contact", "/accessibility", "/share-your-view", "/find",
                "/meetings", "/communities/kendal")) {
            assertThat(web.get(path).headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        List<String> staffCookies = web.get("/staff/sign-in").headers().allValues("Set-Cookie");
        assertThat(staffCookies).isNotEmpty();
        for (String cookie : staffCookies) {
            assertThat(notice).contains(cookie.substring(0, cookie.indexOf('=')));
        }
        assertThat(notice).contains("bct-session");
        assertThat(notice).contains("The one exception is when you answer a consultation on this website")
                .contains("bct-answers");
    }

    @Test
    void the_contact_page_says_it_is_not_for_medical_help_and_gives_999_111_and_the_gp_practice() {
        String html = page(web.get("/contact"), 200);

        assertThat(h1(html)).isEqualTo("Contact Better Care Together");
        assertThat(text(main(html)))
                .contains("This website is not for medical help")
                .contains("In an emergency, when a life is at risk, call 999.")
                .contains("call 111")
                .contains("For an appointment with a GP, contact your GP practice.");
        assertThat(links(html)).contains(new Html.Link("https://111.nhs.uk/", "NHS 111 online"));
    }

    @Test
    void the_contact_page_points_to_every_way_of_reaching_the_programme() {
        String main = main(page(web.get("/contact"), 200));

        assertThat(links(main)).extracting(Html.Link::href)
                .contains("/share-your-view", "/meetings", "/find", "/partners", "/privacy", "/accessibility");
        assertThat(text(main)).contains("private link", "reference");
    }

    @Test
    void the_contact_page_invents_no_telephone_number_or_email_address_for_the_programme() {
        String main = main(page(web.get("/contact"), 200));

        assertThat(main).doesNotContainPattern(EMAIL).doesNotContain("mailto:", "tel:");
        // 999 and 111 are the only numbers to call, and BCT-7KQ3-M9XD only shows what a reference looks like.
        assertThat(text(main).replace("BCT-7KQ3-M9XD", "")).doesNotContainPattern("\\d{4,}|\\d{3}[ -]\\d{3}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/accessibility", "/privacy", "/contact"})
    void every_link_on_the_page_resolves_and_makes_sense_on_its_own(String path) {
        String html = page(web.get(path), 200);

        List<String> broken = new ArrayList<>();
        for (Html.Link link : links(main(html))) {
            assertThat(link.text()).as(link.href()).isNotBlank().hasSizeGreaterThan(8)
                    .doesNotContainIgnoringCase("click here").isNotEqualToIgnoringCase("read more");
            if (link.href().startsWith("/")) {
                HttpResponse<String> answer = web.get(link.href());
                if (answer.statusCode() != 200) {
                    broken.add(answer.statusCode() + " " + link.href());
                }
            } else {
                assertThat(link.href()).as("an address outside the website").startsWith("https://");
            }
        }
        for (Html.Link link : links(html)) {
            if (link.href().startsWith("/") && web.get(link.href()).statusCode() == 404) {
                broken.add("404 " + link.href());
            }
        }
        assertThat(broken).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/accessibility", "/privacy", "/contact"})
    void the_headings_go_down_one_level_at_a_time(String path) {
        Matcher headings = HEADING.matcher(main(page(web.get(path), 200)));
        List<Integer> levels = new ArrayList<>();
        while (headings.find()) {
            levels.add(Integer.parseInt(headings.group(1)));
        }

        assertThat(levels).first().isEqualTo(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %d after %s", i + 1, levels.subList(0, i))
                    .isBetween(2, levels.get(i - 1) + 1);
        }
    }

    private static String main(String html) {
        Matcher matcher = MAIN.matcher(html);
        assertThat(matcher.find()).as("a main element").isTrue();
        return matcher.group(1);
    }
}
