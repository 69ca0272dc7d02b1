package org.bettercaretogether.web.developers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.page;

import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A developer finds the directory's open standards on the API reference page, each with its operations. */
class ApiReferencePageTest {

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb();

    @Test
    void the_reference_names_hsds_and_fhir_and_links_each_to_its_operations() {
        String reference = page(web.get("/developers"), 200);

        assertThat(reference).contains("Open Referral HSDS 3.0", "href=\"#HSDS-3.0\"", "id=\"HSDS-3.0\"",
                "href=\"#FHIR-R4\"", "id=\"FHIR-R4\"", "https://fhir.nhs.uk/Id/ods-organization-code");
        assertThat(reference).contains("GET /api/hsds/organizations/{id}", "GET /api/hsds/services",
                "GET /fhir/Organization", "GET /fhir/Location/{id}");
    }

    @Test
    void the_reference_lists_each_member_a_staff_request_takes_with_its_type_and_whether_it_is_required() {
        String reference = page(web.get("/developers"), 200);
        String publish = reference.substring(reference.indexOf("POST /api/v1/staff/feedback/{id}/publish"));
        publish = publish.substring(0, publish.indexOf("govuk-summary-card__title-wrapper"));

        assertThat(publish).contains("<code>version</code> (integer, required)",
                "<code>publicText</code> (string, at most 5000 characters, required)");
        assertThat(reference).contains("<code>reason</code> (one of NO_CONSENT, PERSONAL_DETAILS, ABUSIVE, OFF_TOPIC, "
                + "DUPLICATE, SAFEGUARDING, required)", "<code>roles</code> (list of one of MODERATOR, RESPONDER, "
                + "ENGAGEMENT_OFFICER, ADMIN, required)");
    }
}
