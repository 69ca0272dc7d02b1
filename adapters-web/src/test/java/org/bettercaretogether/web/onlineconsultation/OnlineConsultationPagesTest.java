package org.bettercaretogether.web.onlineconsultation;

import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.page;

/**
 * An engagement officer writes a community's guide to online consultations; the community's page shows it with the
 * link to the NHS's own service and says, next to it, that this site never takes clinical details; the Out of Hospital
 * workstream's page links to it. An address that is not the NHS's is refused on the form.
 */
class OnlineConsultationPagesTest {

    private static final Limit PLENTY = new Limit(1_000, Duration.ofMinutes(1));

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb(Clock.systemUTC(),
            RunningPublicWeb.securitySettings(PLENTY, PLENTY, PLENTY), false);

    private static final String FORM = "/staff/online-consultations/kendal";

    @Test
    void a_guide_written_by_an_officer_is_shown_on_the_community_page_and_listed_on_the_out_of_hospital_page() {
        Browser officer = web.browser().signInAs(web.staff().member(Role.ENGAGEMENT_OFFICER));

        var saved = officer.submit(FORM, FORM, "version", "0", "explanation",
                "Every practice in Kendal takes requests through an online form.\r\n\r\nVideo calls are offered "
                        + "when a clinician thinks one will do.", "nhs-service",
                "https://www.nhs.uk/nhs-services/gps/using-online-services/");

        assertThat(saved.statusCode()).isEqualTo(303);
        String community = page(web.get("/communities/kendal"), 200);
        assertThat(Html.text(community)).contains("Seeing a clinician online")
                .contains("Every practice in Kendal takes requests through an online form.")
                .contains("This website never asks for clinical details");
        assertThat(Html.links(community)).extracting(Html.Link::href)
                .contains("https://www.nhs.uk/nhs-services/gps/using-online-services/");
        String outOfHospital = page(web.get("/workstreams/out-of-hospital-care"), 200);
        assertThat(Html.links(outOfHospital)).extracting(Html.Link::href)
                .contains("/communities/kendal#online-consultations");
        assertThat(Html.text(page(web.get("/workstreams/elective-care"), 200)))
                .doesNotContain("New ways to see a clinician");
    }

    @Test
    void an_address_that_is_not_the_nhs_s_or_no_explanation_is_refused_on_the_form_keeping_what_was_typed() {
        Browser officer = web.browser().signInAs(web.staff().member(Role.ENGAGEMENT_OFFICER));

        String html = page(officer.submit("/staff/online-consultations/lancaster", "/staff/online-consultations/lancaster",
                "version", "0", "explanation", "", "nhs-service", "https://example.org/consult"), 422);

        assertThat(html).contains("<a href=\"#explanation\">").contains("<a href=\"#nhs-service\">")
                .contains("value=\"https://example.org/consult\"");
        assertThat(web.application().readOnlineConsultationGuides().all()).noneMatch(guide ->
                guide.nhsService().toString().contains("example.org"));
    }

    @Test
    void a_community_without_a_guide_still_points_to_the_nhs_and_says_no_clinical_details_are_taken() {
        String html = page(web.get("/communities/millom"), 200);

        assertThat(Html.text(html)).contains("Seeing a clinician online")
                .contains("This website never asks for clinical details");
    }
}
