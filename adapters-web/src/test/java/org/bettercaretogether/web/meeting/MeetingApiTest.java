package org.bettercaretogether.web.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.Optional;
import org.bettercaretogether.application.meeting.MeetingDraft;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.Answers;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Meetings in the JSON API: reading them, registering, following and cancelling a registration. */
class MeetingApiTest {

    private static final MovableClock clock = MeetingFixtures.september();

    @RegisterExtension
    static final RunningPublicWeb web = MeetingFixtures.server(clock);

    private final MeetingFixtures meetings = new MeetingFixtures(web);

    @Test
    void a_meeting_is_answered_with_its_host_uk_times_venue_and_places() {
        MeetingId id = MeetingFixtures.id(meetings.kendal("Kendal in the API", 15));
        meetings.register(id, "Tess Api", "tess@example.org", 4);

        JsonNode meeting = Answers.json(web.get("/api/v1/meetings/" + id), 200);

        assertThat(meeting.get("id").asString()).isEqualTo(id.toString());
        assertThat(meeting.get("title").asString()).isEqualTo("Kendal in the API");
        assertThat(meeting.get("host").get("kind").asString()).isEqualTo("community");
        assertThat(meeting.get("host").get("slug").asString()).isEqualTo("kendal");
        assertThat(meeting.get("host").get("name").asString()).isEqualTo("Kendal");
        assertThat(meeting.get("startsAt").asString()).isEqualTo("2026-10-26T18:00:00Z");
        assertThat(meeting.get("venue").get("name").asString()).isEqualTo("Kendal Town Hall");
        assertThat(meeting.get("venue").get("address").asString()).isEqualTo("Highgate\nKendal LA9 4DL");
        assertThat(meeting.get("venue").get("access").valueStream().map(JsonNode::asString))
                .containsExactly("STEP_FREE", "HEARING_LOOP");
        assertThat(meeting.get("venue").get("accessNotes").asString()).startsWith("Use the side entrance");
        assertThat(meeting.get("capacity").asInt()).isEqualTo(15);
        assertThat(meeting.get("placesLeft").asInt()).isEqualTo(11);
        assertThat(meeting.get("waiting").asInt()).isZero();
        assertThat(meeting.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(meeting.get("registrationOpen").asBoolean()).isTrue();
        assertThat(meeting.get("page").asString()).isEqualTo("/meetings/" + id);
        assertThat(meeting.get("calendar").asString()).isEqualTo("/meetings/" + id + ".ics");
        assertThat(meeting.has("onlineLink")).isFalse();

        assertThat(Answers.json(web.get("/api/v1/meetings"), 200).get("items").valueStream()
                .map(item -> item.get("id").asString())).contains(id.toString());
        assertThat(Answers.json(web.get("/api/v1/communities/kendal/meetings"), 200).get("items").valueStream()
                .map(item -> item.get("id").asString())).contains(id.toString());
        assertThat(Answers.json(web.get("/api/v1/communities/lancaster/meetings"), 200).get("items").valueStream()
                .map(item -> item.get("id").asString())).doesNotContain(id.toString());
    }

    @Test
    void a_workstreams_meetings_are_answered_under_the_workstream() {
        MeetingId id = MeetingFixtures.id(meetings.schedule(new MeetingDraft(Optional.empty(),
                Optional.of(new Slug("elective-care")), "Elective care in the API", "Planned operations.",
                LocalDateTime.of(2026, 10, 1, 12, 0), LocalDateTime.of(2026, 10, 1, 13, 0), Optional.empty(),
                Optional.of(MeetingFixtures.ONLINE), 100)));

        JsonNode items = Answers.json(web.get("/api/v1/workstreams/elective-care/meetings"), 200).get("items");

        assertThat(items.valueStream().map(item -> item.get("id").asString())).contains(id.toString());
        JsonNode meeting = Answers.json(web.get("/api/v1/meetings/" + id), 200);
        assertThat(meeting.get("host").get("kind").asString()).isEqualTo("workstream");
        assertThat(meeting.get("onlineLink").asString()).isEqualTo(MeetingFixtures.ONLINE.toString());
        assertThat(meeting.get("startsAt").asString()).isEqualTo("2026-10-01T12:00:00+01:00");
        assertThat(meeting.has("venue")).isFalse();
    }

    @Test
    void registering_answers_201_with_the_status_and_the_private_link_and_nothing_personal() {
        MeetingId id = MeetingFixtures.id(meetings.kendal("Kendal API registering", 2));

        HttpResponse<String> response = web.postJson("/api/v1/meetings/" + id + "/registrations",
                "{\"name\": \"Uma Api\", \"email\": \"uma@example.org\", \"places\": 2, "
                        + "\"accessNeeds\": \"Uma's hearing loop\"}");

        JsonNode receipt = Answers.json(response, 201);
        assertThat(receipt.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(receipt.get("places").asInt()).isEqualTo(2);
        assertThat(receipt.get("waitingAhead").asInt()).isZero();
        String link = receipt.get("registrationUrl").asString();
        assertThat(link).matches("/meetings/registrations/[^/]+");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(response.headers().firstValue("Location")).contains("/api/v1" + link.replace("/meetings", ""));
        assertThat(response.body()).doesNotContain("Uma", "uma@example.org", "hearing loop");
        assertThat(web.get(link).statusCode()).isEqualTo(200);

        JsonNode waiting = Answers.json(web.postJson("/api/v1/meetings/" + id + "/registrations",
                "{\"name\": \"Vic Api\", \"email\": \"vic@example.org\", \"places\": 1}"), 201);
        assertThat(waiting.get("status").asString()).isEqualTo("WAITING");
        assertThat(waiting.get("waitingAhead").asInt()).isZero();
    }

    @Test
    void a_registration_is_followed_and_cancelled_by_its_private_link_which_promotes_the_first_waiting() {
        MeetingId id = MeetingFixtures.id(meetings.kendal("Kendal API cancelling", 1));
        String first = token(Answers.json(web.postJson("/api/v1/meetings/" + id + "/registrations",
                "{\"name\": \"Wyn First\", \"email\": \"wyn@example.org\", \"places\": 1}"), 201));
        String second = token(Answers.json(web.postJson("/api/v1/meetings/" + id + "/registrations",
                "{\"name\": \"Xan Second\", \"email\": \"xan@example.org\", \"places\": 1}"), 201));

        JsonNode standing = Answers.json(web.get("/api/v1/registrations/" + second), 200);
        assertThat(standing.get("status").asString()).isEqualTo("WAITING");
        assertThat(standing.get("meeting").get("id").asString()).isEqualTo(id.toString());
        assertThat(standing.toString()).doesNotContain("Xan", "xan@example.org");

        HttpResponse<String> deleted = web.send(HttpRequest.newBuilder(web.uri("/api/v1/registrations/" + first))
                .DELETE().build());

        assertThat(Answers.json(deleted, 200).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(Answers.json(web.get("/api/v1/registrations/" + second), 200).get("status").asString())
                .isEqualTo("CONFIRMED");
        JsonNode meeting = Answers.json(web.get("/api/v1/meetings/" + id), 200);
        assertThat(meeting.get("placesLeft").asInt()).isZero();
        assertThat(meeting.get("waiting").asInt()).isZero();
    }

    private static String token(JsonNode receipt) {
        String link = receipt.get("registrationUrl").asString();
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
