package org.bettercaretogether.web.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.web.Answers;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * A canary: people register with a unique name, email address and access needs, on the form and through the API. None
 * of those details appears in any public page, calendar file or API answer, nor on the registrations' own private
 * pages and answers, nor in the log, which never shows a private link's token either.
 */
class MeetingPersonalDetailsTest {

    private static final MovableClock clock = MeetingFixtures.september();

    @RegisterExtension
    static final RunningPublicWeb web = MeetingFixtures.server(clock);

    private final MeetingFixtures meetings = new MeetingFixtures(web);

    @Test
    void no_page_calendar_answer_or_log_line_shows_who_registered() {
        int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String name = "Zebedee Quillfeather" + n;
        String email = "zq" + n + "@canary.example";
        String needs = "Canary-needs-" + n + " guide dog";
        String apiName = "Yolanda Canary" + n;
        String apiEmail = "yc" + n + "@canary.example";
        String apiNeeds = "Api-needs-" + n;
        MeetingId id = MeetingFixtures.id(meetings.kendal("Kendal canary", 1));

        List<ILoggingEvent> logged = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        withEveryLogLine(logged, () -> {
            HttpResponse<String> form = web.browser().post(MeetingFixtures.page(id) + "/register", "name", name,
                    "email", email.toUpperCase(), "places", "1", "access-needs", needs);
            assertThat(form.statusCode()).isEqualTo(303);
            String page = form.headers().firstValue("Location").orElseThrow().replace("?new=1", "");
            HttpResponse<String> api = web.postJson("/api/v1/meetings/" + id + "/registrations",
                    "{\"name\": \"" + apiName + "\", \"email\": \"" + apiEmail + "\", \"places\": 1, "
                            + "\"accessNeeds\": \"" + apiNeeds + "\"}");
            JsonNode receipt = Answers.json(api, 201);
            bodies.add(api.body());
            String apiPage = receipt.get("registrationUrl").asString();
            for (String link : List.of(page, apiPage)) {
                tokens.add(link.substring(link.lastIndexOf('/') + 1));
            }
            List<String> addresses = new ArrayList<>(List.of("/meetings", MeetingFixtures.page(id),
                    MeetingFixtures.page(id) + ".ics", "/communities/kendal/meetings.ics", "/api/v1/meetings",
                    "/api/v1/meetings/" + id, "/api/v1/communities/kendal/meetings", "/communities/kendal"));
            for (String token : tokens) {
                addresses.add("/meetings/registrations/" + token);
                addresses.add("/meetings/registrations/" + token + "?new=1");
                addresses.add("/api/v1/registrations/" + token);
            }
            for (String address : addresses) {
                HttpResponse<String> response = web.get(address);
                assertThat(response.statusCode()).as(address).isEqualTo(200);
                bodies.add(address + "\n" + response.body());
            }
            // Failures on private addresses: the error handling logs these paths, without the token.
            web.get("/meetings/registrations/" + tokens.getFirst() + "/nothing-here");
            web.send(HttpRequest.newBuilder(web.uri("/api/v1/registrations/" + tokens.getFirst())).PUT(
                    HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build());
            bodies.add(web.browser().post("/meetings/registrations/" + tokens.getLast() + "/cancel").body());
        });

        List<String> canaries = List.of(name, "Quillfeather", email, email.toUpperCase(), needs, "Canary-needs",
                apiName, apiEmail, apiNeeds);
        for (String body : bodies) {
            for (String canary : canaries) {
                assertThat(body).as(body.lines().findFirst().orElse("") + " must not show " + canary)
                        .doesNotContainIgnoringCase(canary);
            }
        }
        assertThat(logged).as("the failures on private addresses were logged, or this test proves nothing")
                .anyMatch(event -> event.getFormattedMessage().contains("/meetings/registrations/{token}/nothing-here"))
                .anyMatch(event -> event.getFormattedMessage().contains("/api/v1/registrations/{token}"));
        for (ILoggingEvent event : logged) {
            String line = event.getFormattedMessage();
            for (String secret : concat(canaries, tokens)) {
                assertThat(line).as("log line " + line).doesNotContainIgnoringCase(secret);
            }
        }
        // The canary would sing: what was given is stored, for the organisers.
        assertThat(meetings.registrations(id)).extracting(registration -> registration.name())
                .containsExactly(name, apiName);
    }

    /**
     * Runs {@code work} keeping each line logged: everything at INFO and above, as production logs it, and this
     * service's own loggers at DEBUG too (the error handling's lines about private addresses are at DEBUG).
     */
    private static void withEveryLogLine(List<ILoggingEvent> logged, Runnable work) {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        Logger ours = (Logger) LoggerFactory.getLogger("org.bettercaretogether");
        Logger errors = (Logger) LoggerFactory.getLogger("org.bettercaretogether.web.platform.ErrorHandling");
        Level oursLevel = ours.getLevel();
        Level errorsLevel = errors.getLevel();
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        root.addAppender(appender);
        errors.addAppender(appender); // it does not pass its lines on to the root's appenders
        ours.setLevel(Level.DEBUG);
        errors.setLevel(Level.DEBUG);
        try {
            work.run();
        } finally {
            ours.setLevel(oursLevel);
            errors.setLevel(errorsLevel);
            root.detachAppender(appender);
            errors.detachAppender(appender);
            appender.stop();
            synchronized (appender) {
                logged.addAll(appender.list);
            }
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
