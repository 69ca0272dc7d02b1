package org.bettercaretogether.web.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bettercaretogether.application.directory.CommunityProfile;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.community.PostcodeDistrict;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.workstream.Workstream;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;
import org.bettercaretogether.web.staff.StaffServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Administrators correct the reference data on the staff pages: the corrections reach the public pages and the
 * API, are kept in the audit log, and a stale or invalid form changes nothing.
 */
class CorrectionPagesTest {

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    @Test
    void renaming_a_community_shows_on_its_public_page_in_the_api_and_in_the_audit_log() {
        StaffAccounts.Account account = web.staff().member(Role.ADMIN);
        Browser admin = web.browser().signInAs(account);
        Map<String, String> fields = communityForm("carnforth");
        fields.put("name", "Carnforth and Silverdale");

        var saved = admin.submit("/staff/reference-data/communities/carnforth",
                "/staff/reference-data/communities/carnforth", flat(fields));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue("/staff/reference-data?updated=communities/carnforth");
        assertThat(Html.text(page(admin.get("/staff/reference-data?updated=communities/carnforth"), 200)))
                .contains("Carnforth and Silverdale has been corrected.");
        assertThat(Html.h1(page(web.get("/communities/carnforth"), 200))).isEqualTo("Carnforth and Silverdale");
        assertThat(json(web.get("/api/v1/communities/carnforth"), 200).get("name").asString())
                .isEqualTo("Carnforth and Silverdale");
        String log = Html.text(page(admin.get("/staff/audit-log"), 200));
        assertThat(log).contains(account.member().name() + " community.revised community " + community("carnforth").id()
                + " name : Carnforth → changed to Carnforth and Silverdale");
    }

    @Test
    void a_stale_correction_answers_409_with_an_error_summary_and_changes_nothing() {
        Browser admin = web.browser().signInAs(web.staff().member(Role.ADMIN));
        Map<String, String> stale = communityForm("grange");
        Map<String, String> first = new LinkedHashMap<>(stale);
        first.put("name", "Grange-over-Sands");
        assertThat(admin.submit("/staff/reference-data/communities/grange", "/staff/reference-data/communities/grange",
                flat(first)).statusCode()).isEqualTo(303);
        IntegratedCareCommunity afterFirst = community("grange");
        stale.put("name", "Cartmel Peninsula");

        var refused = admin.submit("/staff/reference-data/communities/grange",
                "/staff/reference-data/communities/grange", flat(stale));

        String html = page(refused, 409);
        assertThat(Html.title(html)).isEqualTo("Error: Correct the Grange-over-Sands community");
        assertThat(html).contains("<a href=\"#version\">The community was changed by someone else since it was read")
                .contains("Reload the page to see the current details</a>")
                .contains("value=\"Cartmel Peninsula\"");
        assertThat(community("grange")).isEqualTo(afterFirst);
    }

    @Test
    void a_blank_name_and_a_malformed_postcode_district_are_shown_against_their_fields_and_change_nothing() {
        Browser admin = web.browser().signInAs(web.staff().member(Role.ADMIN));
        IntegratedCareCommunity before = community("millom");
        int entries = auditEntries();
        Map<String, String> fields = communityForm("millom");
        fields.put("name", "  ");
        fields.put("postcode-districts", "LA18, LA19 9XX9, LA20");
        fields.put("population-people", "about 8,000");

        var refused = admin.submit("/staff/reference-data/communities/millom",
                "/staff/reference-data/communities/millom", flat(fields));

        String html = page(refused, 422);
        assertThat(Html.title(html)).isEqualTo("Error: Correct the Millom community");
        assertThat(html).contains("<a href=\"#name\">Enter the community's name</a>")
                .contains("<a href=\"#postcode-districts\">Postcode district 9XX9 must be the first half of a UK "
                        + "postcode, such as LA9 or PR3</a>")
                .contains("<a href=\"#population-people\">Population must be a whole number of people")
                .contains("<a href=\"#population-basis\">Enter what was counted")
                .contains("<a href=\"#population-source\">Enter where the population figure comes from</a>")
                .contains("id=\"postcode-districts\" name=\"postcode-districts\" type=\"text\" value=\"LA18, LA19 9XX9, LA20\"")
                .contains("value=\"about 8,000\"")
                .contains("<p id=\"name-error\" class=\"govuk-error-message\">");
        assertThat(community("millom")).isEqualTo(before);
        assertThat(auditEntries()).isEqualTo(entries);
    }

    @Test
    void confirming_the_coverage_and_recording_a_population_and_stage_moves_the_unverified_mark() {
        Browser admin = web.browser().signInAs(web.staff().member(Role.ADMIN));
        String list = page(admin.get("/staff/reference-data"), 200);
        assertThat(Html.text(list)).containsPattern("Lakes South Lakes network: Windermere[^|]*Unverified coverage Correct Lakes");
        Map<String, String> fields = communityForm("lakes");
        fields.put("coverage-source", "Lakes ICC profile");
        fields.put("coverage-verified", "true");
        fields.put("population-people", "21,500");
        fields.put("population-basis", "Registered GP practice population");
        fields.put("population-source", "Lakes ICC profile");
        fields.put("stage-stage", "DEVELOPING");
        fields.put("stage-reached-on-day", "1");
        fields.put("stage-reached-on-month", "4");
        fields.put("stage-reached-on-year", "2024");

        var saved = admin.submit("/staff/reference-data/communities/lakes", "/staff/reference-data/communities/lakes",
                flat(fields));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(Html.text(page(admin.get("/staff/reference-data"), 200)))
                .containsPattern("Lakes South Lakes network: Windermere[^|]*Unverified population Correct Lakes");
        String community = Html.text(page(web.get("/communities/lakes"), 200));
        assertThat(community).contains("21,500 people (Registered GP practice population) Unverified")
                .contains("since 1 April 2024").doesNotContain("Approximate");
    }

    @Test
    void a_malformed_ods_code_is_shown_against_its_row_and_a_new_code_can_be_added() {
        Browser admin = web.browser().signInAs(web.staff().member(Role.ADMIN));
        Partner nwas = web.application().browseDirectory().partner(MorecambeBay.NORTH_WEST_AMBULANCE_SERVICE).orElseThrow();
        String address = "/staff/reference-data/partners/" + nwas.id();
        String form = page(admin.get(address), 200);
        assertThat(form).contains("id=\"identifiers-0-value\" name=\"identifiers-0-value\" type=\"text\" value=\"RX7\"")
                .contains("id=\"identifiers-2-value\"");
        List<String> fields = new ArrayList<>(List.of("version", Long.toString(nwas.version()), "name", nwas.name(),
                "kind", nwas.kind().name(), "website", "https://www.nwas.nhs.uk", "role", nwas.role(),
                "identifiers-0-scheme", "ODS", "identifiers-0-value", "RX7", "identifiers-0-source", "NHS ODS",
                "identifiers-0-verified", "true",
                "identifiers-1-scheme", "ODS", "identifiers-1-value", "R-X-7", "identifiers-1-source", "A leaflet",
                "identifiers-2-scheme", "", "identifiers-2-value", "", "identifiers-2-source", ""));

        var refused = admin.submit(address, address, fields.toArray(String[]::new));
        fields.set(fields.indexOf("R-X-7"), "RX701");
        var saved = admin.submit(address, address, fields.toArray(String[]::new));

        assertThat(page(refused, 422)).contains("<a href=\"#identifiers-1-value\">Code R-X-7 must be 3 or 5 letters and "
                + "digits, or a letter and 5 digits, as the NHS ODS issues them</a>");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        var partner = json(web.get("/api/v1/partners/" + nwas.id()), 200);
        assertThat(partner.get("website").asString()).isEqualTo("https://www.nwas.nhs.uk");
        assertThat(partner.get("identifiers").findValuesAsString("value")).containsExactly("RX7", "RX701");
    }

    @Test
    void a_workstream_gets_a_lead_partner_but_not_one_also_listed_as_involved() {
        Browser admin = web.browser().signInAs(web.staff().member(Role.ADMIN));
        Workstream current = web.application().browseDirectory().workstream(new Slug("elective-care")).orElseThrow()
                .workstream();
        String address = "/staff/reference-data/workstreams/elective-care";
        List<String> fields = new ArrayList<>(List.of("version", Long.toString(current.version()),
                "name", current.name(), "scope", current.scope(), "care-settings", "HOSPITAL",
                "care-settings", "COMMUNITY", "phase", "CONSULTATION",
                "lead", MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY.toString(),
                "involved", MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY.toString(),
                "involved", MorecambeBay.CLINICAL_COMMISSIONING_GROUP.toString()));

        var refused = admin.submit(address, address, fields.toArray(String[]::new));
        fields.remove(fields.lastIndexOf(MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY.toString()));
        fields.remove(fields.lastIndexOf("involved"));
        var saved = admin.submit(address, address, fields.toArray(String[]::new));

        assertThat(page(refused, 422)).contains("<a href=\"#involved\">Partners involved must not repeat the lead partner</a>");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        var workstream = json(web.get("/api/v1/workstreams/elective-care"), 200);
        assertThat(workstream.get("lead").get("id").asString())
                .isEqualTo(MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY.toString());
        assertThat(workstream.get("phase").get("phase").asString()).isEqualTo("CONSULTATION");
        assertThat(workstream.get("careSettings").findValuesAsString("setting")).containsExactly("HOSPITAL", "COMMUNITY");
    }

    @Test
    void a_network_is_renamed_and_its_grouping_confirmed() {
        Browser admin = web.browser().signInAs(web.staff().member(Role.ADMIN));
        var network = web.application().browseDirectory().network(new Slug("furness")).orElseThrow().network();
        String address = "/staff/reference-data/networks/furness";

        var saved = admin.submit(address, address, "version", Long.toString(network.version()),
                "name", "Furness Peninsula", "description", network.description(),
                "grouping-source", "The programme's list of communities by network", "grouping-verified", "true");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        var answer = json(web.get("/api/v1/networks/furness"), 200);
        assertThat(answer.get("name").asString()).isEqualTo("Furness Peninsula");
        assertThat(answer.get("grouping").get("verified").asBoolean()).isTrue();
    }

    @Test
    void a_correction_without_the_csrf_token_is_refused_and_changes_nothing() {
        Browser admin = web.browser().signInAs(web.staff().member(Role.ADMIN));
        IntegratedCareCommunity before = community("bay");
        Map<String, String> fields = communityForm("bay");
        fields.put("name", "Morecambe Bay");

        page(admin.post("/staff/reference-data/communities/bay", flat(fields)), 403);

        assertThat(community("bay")).isEqualTo(before);
    }

    /** The community form's fields as the page fills them in. */
    private static Map<String, String> communityForm(String slug) {
        CommunityProfile profile = web.application().browseDirectory().community(new Slug(slug)).orElseThrow();
        IntegratedCareCommunity community = profile.community();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", Long.toString(community.version()));
        fields.put("name", community.name());
        fields.put("network", profile.network().slug().value());
        fields.put("towns", String.join("\n", community.coverage().towns()));
        fields.put("postcode-districts", String.join(", ",
                community.coverage().districts().stream().map(PostcodeDistrict::value).toList()));
        fields.put("coverage-source", community.coverage().provenance().source());
        return fields;
    }

    private static IntegratedCareCommunity community(String slug) {
        return web.application().browseDirectory().community(new Slug(slug)).orElseThrow().community();
    }

    private static int auditEntries() {
        return web.application().security().auditLog().newestFirst(java.util.Optional.empty(), 10_000).size();
    }

    private static String[] flat(Map<String, String> fields) {
        List<String> flat = new ArrayList<>();
        fields.forEach((name, value) -> {
            flat.add(name);
            flat.add(value);
        });
        return flat.toArray(String[]::new);
    }
}
