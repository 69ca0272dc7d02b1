package org.bettercaretogether.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bettercaretogether.application.mail.OutgoingMail;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.web.platform.RegisteredRoute;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** The public web server as the composition root builds it: every route group, readiness, no dead ends. */
class PublicWebTest {

    /**
     * Path parameters to try on every route: good values, malformed ones, unknown ones, and awkward text. Every
     * route must answer each of them without a server fault. ({@code %00} is left out: Jetty refuses it with its
     * own 400 page before any handler runs.)
     */
    private static final List<String> SAMPLES = List.of(
            MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY.toString(), UUID.randomUUID().toString(),
            "kendal", "furness", "elective-care", "atlantis", "Kendal", "not%20a%20slug", "kendal--town", "42",
            "%20", "la9%204ab", "LA9", "Barrow", "%3Cscript%3E", "%C3%A9", "%25", "x".repeat(300), "a%2Fb", "..");

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb();

    @AfterEach
    void store_reachable_again() {
        web.application().adapters().setReachable(true);
    }

    @Test
    void ready_while_the_store_answers_saying_how_the_mail_outbox_stands() {
        var outbox = web.application().feedback().outbox();
        int before = outbox.waiting();
        outbox.add(OutgoingMail.write(new EmailAddress("someone@example.org"), "Your view", "Thank you.",
                Instant.now().minusSeconds(120)));

        var response = web.get("/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = Answers.json(response, 200);
        assertThat(health.get("status").asString()).isEqualTo("UP");
        JsonNode backlog = health.get("details").get("outbox");
        assertThat(backlog.get("waiting").asInt()).isEqualTo(before + 1);
        assertThat(backlog.get("oldestWaitingSeconds").asLong()).isGreaterThanOrEqualTo(120);
        assertThat(backlog.get("undelivered").asInt()).isZero();
        assertThat(response.body()).doesNotContain("someone").doesNotContain("Your view");
    }

    @Test
    void not_ready_while_the_store_does_not_answer() {
        web.application().adapters().setReachable(false);

        var response = web.get("/health/ready");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("{\"status\":\"DOWN\"}");
        assertThat(web.get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void every_route_group_is_registered() {
        assertThat(web.server().routes()).extracting(RegisteredRoute::toString).contains(
                "GET /", "GET /find", "GET /partners", "GET /partners/{id}", "GET /networks/{slug}",
                "GET /communities", "GET /communities/{slug}", "GET /workstreams", "GET /workstreams/{slug}",
                "GET /api/v1/vanguard", "GET /api/v1/partners", "GET /api/v1/partners/{id}",
                "GET /api/v1/networks", "GET /api/v1/networks/{slug}", "GET /api/v1/communities",
                "GET /api/v1/communities/{slug}", "GET /api/v1/workstreams", "GET /api/v1/workstreams/{slug}",
                "GET /api/v1/places/{query}", "GET /health/ready",
                "GET /staff/sign-in", "POST /staff/sign-in", "POST /staff/sign-out", "GET /staff", "GET /staff/password",
                "POST /staff/password", "GET /staff/tokens", "POST /staff/tokens", "POST /staff/tokens/{id}/revoke",
                "GET /api/v1/staff/me", "GET /api/v1/staff/tokens", "POST /api/v1/staff/tokens",
                "DELETE /api/v1/staff/tokens/{id}",
                "GET /share-your-view", "POST /share-your-view", "POST /api/v1/feedback", "GET /track/{token}",
                "GET /api/v1/track/{token}", "GET /views", "GET /api/v1/feedback", "GET /api/v1/scorecard",
                "GET /api/v1/communities/{slug}/scorecard", "GET /you-said-we-did",
                "GET /communities/{slug}/you-said-we-did", "GET /workstreams/{slug}/you-said-we-did",
                "GET /api/v1/changes", "GET /api/v1/themes", "GET /staff/changes", "GET /staff/themes",
                "GET /api/v1/communities/{slug}/priorities", "GET /api/v1/communities/{slug}/team",
                "GET /api/v1/communities/{slug}/history", "GET /priorities", "GET /api/v1/priorities/comparison",
                "GET /integrated-teams", "GET /api/v1/teams/totals",
                "GET /meetings", "GET /meetings/{id}", "GET /meetings/{id}.ics", "POST /meetings/{id}/register",
                "GET /meetings/registrations/{token}", "POST /meetings/registrations/{token}/cancel",
                "GET /communities/{slug}/meetings.ics", "GET /api/v1/meetings", "GET /api/v1/meetings/{id}",
                "GET /api/v1/communities/{slug}/meetings", "POST /api/v1/meetings/{id}/registrations",
                "GET /api/v1/registrations/{token}", "DELETE /api/v1/registrations/{token}",
                "GET /accessibility", "GET /privacy", "GET /contact", "GET /key-questions",
                "GET /api/v1/key-questions", "GET /staff/key-questions", "GET /api/v1/staff/key-questions");
    }

    @Test
    void no_api_route_answers_a_server_fault_whatever_its_parameters() {
        List<RegisteredRoute> api = web.server().routes().stream()
                .filter(route -> route.method().equals("GET") && route.path().startsWith("/api/v1/"))
                .toList();
        assertThat(api).hasSizeGreaterThanOrEqualTo(10);

        List<String> faults = new ArrayList<>();
        for (String path : addresses(api)) {
            HttpResponse<String> response = web.get(path);
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() >= 500) {
                faults.add(response.statusCode() + " " + path);
            } else if (response.statusCode() >= 400 && !type.startsWith("application/problem+json")) {
                faults.add(response.statusCode() + " " + path + " answered " + type + ", not a problem document");
            } else if (response.statusCode() < 300 && !type.startsWith("application/json")) {
                faults.add(response.statusCode() + " " + path + " answered " + type + ", not JSON");
            }
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void no_page_answers_a_server_fault_whatever_its_parameters() {
        // Staff pages answer a stranger with a redirect to sign in: AuthorizationMatrixTest covers them.
        List<RegisteredRoute> pages = web.server().routes().stream()
                .filter(route -> route.method().equals("GET") && !route.path().startsWith("/api/")
                        && !route.path().startsWith("/health/") && !StaffAddresses.isStaffPage(route.path()))
                .toList();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(8);

        List<String> faults = new ArrayList<>();
        for (String path : addresses(pages)) {
            HttpResponse<String> response = web.get(path);
            // A calendar file (".ics") is not a page when it is found; when it is not, the error is one.
            boolean calendar = path.endsWith(".ics") && response.statusCode() == 200 && response.headers()
                    .firstValue("Content-Type").orElse("").startsWith("text/calendar");
            // Nor is a document for programs, such as /openapi.json.
            boolean document = path.endsWith(".json") && response.statusCode() == 200 && response.headers()
                    .firstValue("Content-Type").orElse("").startsWith("application/json");
            // Nor are the directory's FHIR resources, found or not (an OperationOutcome then).
            boolean fhir = path.startsWith("/fhir/") && response.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/fhir+json");
            if (response.statusCode() >= 500
                    || !(calendar || document || fhir || response.body().startsWith("<!DOCTYPE html>"))) {
                faults.add(response.statusCode() + " " + path);
            }
        }
        assertThat(faults).isEmpty();
    }

    /**
     * Calendar feeds ({@code .ics}) and the OpenAPI document ({@code .json}) are linked from pages but are not pages
     * themselves, so the crawl leaves them.
     */
    @Test
    void every_page_linked_from_the_home_page_is_there_with_one_h1() {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of("/"));
        while (!toVisit.isEmpty()) {
            String path = toVisit.pop();
            if (!seen.add(path)) {
                continue;
            }
            String html = Answers.page(web.get(path), 200);
            Html.h1(html);
            Html.title(html);
            for (Html.Link link : Html.links(html)) {
                assertThat(link.text()).as("link text on " + path).isNotBlank()
                        .doesNotContainIgnoringCase("click here").isNotEqualToIgnoringCase("more");
                String href = link.href();
                String file = href.replaceFirst("[?#].*", "");
                if (href.startsWith("/") && !file.endsWith(".ics") && !file.endsWith(".json") && !file.endsWith(".csv")
                        && !seen.contains(href)) {
                    toVisit.add(href);
                }
            }
        }
        assertThat(seen).as("pages reached from the home page").hasSizeGreaterThan(30)
                .contains("/partners", "/communities", "/communities/kendal", "/networks/furness", "/workstreams",
                        "/workstreams/elective-care", "/find", "/priorities", "/integrated-teams",
                        "/accessibility", "/privacy", "/contact", "/key-questions");
    }

    /** Each route's path, with every parameter filled in by each sample. */
    private static List<String> addresses(List<RegisteredRoute> routes) {
        List<String> addresses = new ArrayList<>();
        for (RegisteredRoute route : routes) {
            if (route.hasParameters()) {
                for (String sample : SAMPLES) {
                    addresses.add(route.path().replaceAll("\\{[^}]+}", sample));
                }
            } else {
                addresses.add(route.path());
            }
        }
        return addresses;
    }
}
