package org.bettercaretogether.web.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Html.h1;
import static org.bettercaretogether.web.Html.links;
import static org.bettercaretogether.web.Html.text;
import static org.bettercaretogether.web.Html.title;

import java.util.UUID;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public reads the directory as pages: the home page, partners, networks, communities, workstreams. */
class DirectoryPagesTest {

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb();

    @Test
    void home_page_says_what_the_programme_is_its_aim_and_who_it_serves() {
        String html = page(web.get("/"), 200);
        String text = text(html);

        assertThat(h1(html)).isEqualTo("Health and care working together in Morecambe Bay");
        assertThat(title(html)).isEqualTo("Health and care working together in Morecambe Bay");
        assertThat(text)
                .contains("partnership of 10 health and care organisations")
                .contains("about 365,000 people")
                .contains("as healthy as they can be")
                .contains("Better population health", "Better quality services", "Delivered at a lower cost",
                        "Higher staff morale")
                .contains("12 local teams")
                .contains("3 clinical networks");
    }

    @Test
    void home_page_links_every_partner_by_name() {
        String html = page(web.get("/"), 200);

        assertThat(links(html)).contains(
                new Html.Link("/partners/" + MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY,
                        "University Hospitals of Morecambe Bay NHS Foundation Trust"),
                new Html.Link("/partners/" + MorecambeBay.NORTH_WEST_AMBULANCE_SERVICE,
                        "North West Ambulance Service NHS Trust"));
        assertThat(links(html).stream().filter(link -> link.href().startsWith("/partners/"))).hasSize(10);
    }

    @Test
    void home_page_has_the_find_form_with_its_label_and_hint() {
        String html = page(web.get("/"), 200);

        assertThat(html)
                .contains("<h2 class=\"govuk-heading-l\">Find your Integrated Care Community</h2>")
                .contains("<form action=\"/find\" method=\"get\" novalidate>")
                .contains("<label class=\"govuk-label govuk-label--s\" for=\"place\">Town or postcode</label>")
                .contains("<div id=\"place-hint\" class=\"govuk-hint\">A town, such as Kendal, or a postcode, such as LA9 4AB</div>")
                .containsPattern("<input [^>]*id=\"place\" name=\"place\" type=\"text\"[^>]*aria-describedby=\"place-hint\">");
    }

    @Test
    void partners_page_is_a_table_of_the_ten_partners() {
        String html = page(web.get("/partners"), 200);

        assertThat(h1(html)).isEqualTo("Partners");
        assertThat(html).contains("<table class=\"govuk-table\">");
        assertThat(html.split("<tr class=\"govuk-table__row\">").length - 1).as("header row and 10 partners").isEqualTo(11);
        assertThat(text(html)).contains("Abolished in 2023").contains("RTX").contains("Acute hospital trust");
    }

    @Test
    void partner_page_shows_its_kind_codes_website_and_role() {
        String html = page(web.get("/partners/" + MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY), 200);

        assertThat(h1(html)).isEqualTo("University Hospitals of Morecambe Bay NHS Foundation Trust");
        assertThat(title(html)).isEqualTo("University Hospitals of Morecambe Bay NHS Foundation Trust");
        assertThat(text(html))
                .contains("Kind of organisation Acute hospital trust")
                .contains("RTX (NHS ODS code)")
                .contains("Website Not recorded")
                .contains("Runs the hospitals in Lancaster, Barrow-in-Furness and Kendal")
                .contains("Status Active");
        assertThat(html).contains("class=\"govuk-summary-list\"");
    }

    @Test
    void partner_page_marks_a_code_that_sources_disagree_on_as_unverified() {
        String html = page(web.get("/partners/" + MorecambeBay.CUMBRIA_PARTNERSHIP), 200);

        assertThat(text(html)).contains("RNN (NHS ODS code) Unverified");
        assertThat(html).contains("<strong class=\"govuk-tag govuk-tag--yellow\">Unverified</strong>");
    }

    @Test
    void partner_page_shows_its_history_and_former_name() {
        String renamed = text(page(web.get("/partners/" + MorecambeBay.LANCASHIRE_CARE), 200));
        assertThat(renamed)
                .contains("Formerly known as Lancashire Care NHS Foundation Trust")
                .contains("Date not recorded Renamed. Its name before was Lancashire Care NHS Foundation Trust.");

        String abolished = text(page(web.get("/partners/" + MorecambeBay.CUMBRIA_COUNTY_COUNCIL), 200));
        assertThat(abolished)
                .contains("This organisation no longer exists on its own")
                .contains("Status Abolished in 2023")
                .contains("2023 Abolished.");
    }

    @Test
    void communities_page_groups_the_communities_by_network() {
        String html = page(web.get("/communities"), 200);

        assertThat(h1(html)).isEqualTo("Integrated Care Communities");
        assertThat(html).containsSubsequence(
                "<h2 class=\"govuk-heading-m\">Furness</h2>", "Alfred Barrow Integrated Care Community", "Millom",
                "<h2 class=\"govuk-heading-m\">North Lancashire</h2>", "Garstang Integrated Care Community",
                "<h2 class=\"govuk-heading-m\">South Lakes</h2>", "Kendal Integrated Care Community");
        assertThat(links(html).stream().filter(link -> link.href().startsWith("/communities/"))).hasSize(12);
        assertThat(links(html)).contains(new Html.Link("/networks/furness", "About the Furness clinical network"));
    }

    @Test
    void community_page_shows_its_network_coverage_marked_approximate_and_what_is_not_recorded() {
        String html = page(web.get("/communities/kendal"), 200);
        String text = text(html);

        assertThat(h1(html)).isEqualTo("Kendal");
        assertThat(title(html)).isEqualTo("Kendal Integrated Care Community");
        assertThat(links(html)).contains(new Html.Link("/networks/south-lakes", "South Lakes clinical network"));
        assertThat(text)
                .contains("Towns and villages Kendal, Burneside and Staveley Approximate")
                .contains("Postcode districts LA8 and LA9 Approximate")
                .contains("Population Not recorded")
                .contains("Development stage Not recorded")
                .contains("The towns and postcode districts are a guide");
        assertThat(html).contains("class=\"govuk-inset-text\"");
    }

    @Test
    void community_page_shows_a_recorded_population() {
        String text = text(page(web.get("/communities/garstang"), 200));

        assertThat(text).contains("Population 18,192 people (Registered GP practice population)");
    }

    @Test
    void network_page_lists_its_communities_and_says_the_grouping_is_unconfirmed() {
        String html = page(web.get("/networks/furness"), 200);

        assertThat(h1(html)).isEqualTo("Furness clinical network");
        assertThat(text(html)).contains("Grouping unconfirmed").contains("has not yet been confirmed");
        assertThat(links(html)).contains(
                new Html.Link("/communities/alfred-barrow", "Alfred Barrow Integrated Care Community"),
                new Html.Link("/communities/barrow-town", "Barrow Town Integrated Care Community"),
                new Html.Link("/communities/dalton-and-ulverston", "Dalton & Ulverston Integrated Care Community"),
                new Html.Link("/communities/millom", "Millom Integrated Care Community"));
    }

    @Test
    void workstreams_page_lists_the_three_workstreams_with_their_phase() {
        String html = page(web.get("/workstreams"), 200);

        assertThat(h1(html)).isEqualTo("Service review workstreams");
        assertThat(links(html)).contains(
                new Html.Link("/workstreams/elective-care", "Elective Care"),
                new Html.Link("/workstreams/out-of-hospital-care", "Out of Hospital Care"),
                new Html.Link("/workstreams/women-s-and-children-s-services", "Women's and Children's Services"));
        assertThat(text(html)).contains("Engaging the public and staff");
    }

    @Test
    void workstream_page_shows_its_scope_settings_phase_and_partners() {
        String html = page(web.get("/workstreams/out-of-hospital-care"), 200);

        assertThat(h1(html)).isEqualTo("Out of Hospital Care");
        assertThat(text(html))
                .contains("Phase Engaging the public and staff")
                .contains("In hospital In the community At GP surgeries In people's homes")
                .contains("Lead partner Not recorded");
        assertThat(links(html)).contains(new Html.Link("/partners/" + MorecambeBay.CLINICAL_COMMISSIONING_GROUP,
                "NHS Morecambe Bay Clinical Commissioning Group"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/communities/atlantis", "/networks/atlantis", "/workstreams/atlantis"})
    void unknown_slug_answers_the_404_page(String address) {
        String html = page(web.get(address), 404);

        assertThat(h1(html)).isEqualTo("Page not found");
        assertThat(text(html)).contains("'atlantis'");
    }

    @Test
    void unknown_partner_answers_the_404_page() {
        String html = page(web.get("/partners/" + UUID.randomUUID()), 404);

        assertThat(h1(html)).isEqualTo("Page not found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/communities/Kendal", "/networks/south%20lakes", "/workstreams/ELECTIVE-CARE", "/partners/42"})
    void malformed_address_answers_the_400_page_with_the_error_summary(String address) {
        String html = page(web.get(address), 400);

        assertThat(h1(html)).isEqualTo("There is a problem with your request");
        assertThat(html).contains("class=\"govuk-error-summary\"");
    }
}
