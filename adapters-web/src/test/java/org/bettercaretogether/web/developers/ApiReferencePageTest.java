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
}
