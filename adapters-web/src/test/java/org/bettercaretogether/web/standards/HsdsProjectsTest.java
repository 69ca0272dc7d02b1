package org.bettercaretogether.web.standards;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.project.CommunityProject;
import org.bettercaretogether.domain.project.ProjectCategory;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.memory.testing.ProjectExamples.project;
import static org.bettercaretogether.web.Answers.json;

/**
 * Listed community projects are published in the HSDS directory as services of their community's organization, with
 * a weekly schedule for each session and their venue and online meeting as locations, each answer passing Open
 * Referral's own schemas; suggested projects are not.
 */
class HsdsProjectsTest {

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb();

    private static final HsdsSchemas SCHEMAS = new HsdsSchemas();

    @Test
    void a_listed_project_is_a_service_of_its_community_with_its_schedule_and_locations_as_hsds_says() {
        Actor officer = web.staff().member(Role.ENGAGEMENT_OFFICER).actor();
        CommunityId kendal = web.application().browseDirectory().community(new Slug("kendal")).orElseThrow()
                .community().id();
        CommunityProject falls = web.application().reviewProjects().add(officer, project("Steady Steps")
                .category(ProjectCategory.FALLS_PREVENTION).in(kendal).on(DayOfWeek.TUESDAY).details()).orElseThrow();

        JsonNode list = json(web.get("/api/hsds/services?search=steady"), 200);
        String id = list.get("contents").get(0).get("id").asString();
        JsonNode service = json(web.get("/api/hsds/services/" + id), 200);
        JsonNode organization = json(web.get("/api/hsds/organizations/" + kendal), 200);

        List<String> errors = new ArrayList<>(SCHEMAS.errors("/services", list));
        errors.addAll(SCHEMAS.errors("/services/{id}", service));
        errors.addAll(SCHEMAS.errors("/organizations/{id}", organization));
        assertThat(errors).isEmpty();
        assertThat(service.get("name").asString()).isEqualTo("Steady Steps");
        assertThat(service.get("organization_id").asString()).isEqualTo(kendal.toString());
        assertThat(service.get("url").asString()).endsWith("/projects/" + falls.id());
        JsonNode schedule = service.get("schedules").get(0);
        assertThat(schedule.get("freq").asString()).isEqualTo("WEEKLY");
        assertThat(schedule.get("byday").asString()).isEqualTo("TU");
        assertThat(schedule.get("opens_at").asString()).isEqualTo("10:00");
        assertThat(schedule.get("closes_at").asString()).isEqualTo("11:30");
        assertThat(service.get("schedules").get(1).get("description").asString()).isEqualTo("Not in August.");
        List<String> kinds = new ArrayList<>();
        service.get("service_at_locations").forEach(at -> kinds.add(at.get("location").get("location_type")
                .asString() + " " + at.get("location").get("name").asString()));
        assertThat(kinds).containsExactly("physical Town Hall", "virtual Online");
        List<String> given = new ArrayList<>();
        organization.get("services").forEach(each -> given.add(each.get("id").asString()));
        assertThat(given).contains(id);
    }
}
