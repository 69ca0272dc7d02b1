package org.bettercaretogether.web.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Html.h1;
import static org.bettercaretogether.web.Html.links;
import static org.bettercaretogether.web.Html.text;
import static org.bettercaretogether.web.Html.title;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A person types their town or postcode into the form and is shown their Integrated Care Community. */
class FindPageTest {

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb();

    @Test
    void find_without_a_place_shows_the_empty_form() {
        String html = page(web.get("/find"), 200);

        assertThat(h1(html)).isEqualTo("Find your Integrated Care Community");
        assertThat(title(html)).isEqualTo("Find your Integrated Care Community");
        assertThat(html)
                .contains("<label class=\"govuk-label govuk-label--s\" for=\"place\">Town or postcode</label>")
                .contains("A town, such as Kendal, or a postcode, such as LA9 4AB")
                .doesNotContain("govuk-error-summary");
    }

    @Test
    void a_postcode_shows_its_community_with_its_network_and_a_link_to_it() {
        String html = page(web.get("/find?place=" + encode("LA9 4AB")), 200);

        assertThat(h1(html)).isEqualTo("Find your Integrated Care Community");
        assertThat(title(html)).isEqualTo("Integrated Care Communities for LA9 4AB");
        assertThat(links(html)).contains(new Html.Link("/communities/kendal", "Kendal Integrated Care Community"));
        assertThat(text(html))
                .contains("1 community serves ‘LA9 4AB’")
                .contains("We used the postcode district LA9 to find your community.")
                .contains("Part of the South Lakes clinical network")
                .contains("These results are a guide");
        assertThat(html).contains("value=\"LA9 4AB\"");
    }

    @Test
    void a_town_served_by_two_communities_shows_both() {
        String html = page(web.get("/find?place=Barrow"), 200);

        assertThat(text(html)).contains("2 communities serve ‘Barrow’");
        assertThat(links(html)).contains(
                new Html.Link("/communities/alfred-barrow", "Alfred Barrow Integrated Care Community"),
                new Html.Link("/communities/barrow-town", "Barrow Town Integrated Care Community"));
    }

    @Test
    void a_place_no_community_serves_says_so_and_offers_the_form_again() {
        String html = page(web.get("/find?place=Atlantis"), 200);

        assertThat(h1(html)).isEqualTo("Find your Integrated Care Community");
        assertThat(title(html)).isEqualTo("No Integrated Care Community found for Atlantis");
        assertThat(text(html))
                .contains("No community found for ‘Atlantis’")
                .contains("Check the spelling, try the nearest town, or enter your postcode");
        assertThat(html).contains("value=\"Atlantis\"").contains("id=\"place-hint\"").doesNotContain("govuk-error-summary");
        assertThat(links(html)).contains(new Html.Link("/communities", "See all Integrated Care Communities"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''     | ''  | Enter a town or a postcode",
            "%20%20 | '  ' | Enter a town or a postcode",
            "123    | 123 | Enter a town, such as Kendal, or a postcode, such as LA9 4AB"})
    void an_invalid_place_answers_400_with_the_error_summary_linking_to_the_field(
            String query, String kept, String message) {
        String html = page(web.get("/find?place=" + query), 400);

        assertThat(h1(html)).isEqualTo("Find your Integrated Care Community");
        assertThat(title(html)).isEqualTo("Error: Find your Integrated Care Community");
        assertThat(html)
                .contains("class=\"govuk-error-summary\"")
                .contains("<li><a href=\"#place\">" + message + "</a></li>")
                .contains("<p id=\"place-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> " + message + "</p>")
                .contains("govuk-form-group--error")
                .containsPattern("<input class=\"[^\"]*govuk-input--error\" id=\"place\"[^>]*value=\"" + kept
                        + "\" aria-describedby=\"place-hint place-error\">");
    }

    @Test
    void a_place_too_long_to_be_one_says_how_long_it_may_be() {
        String html = page(web.get("/find?place=" + "a".repeat(101)), 400);

        assertThat(html).contains("Town or postcode must be 100 characters or fewer");
    }

    @Test
    void what_the_person_typed_is_shown_back_escaped() {
        String html = page(web.get("/find?place=" + encode("<script>alert(1)</script>")), 200);

        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
