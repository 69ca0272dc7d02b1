package org.bettercaretogether.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.bettercaretogether.application.security.TimeBasedCodes;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.MessagingException;
import org.bettercaretogether.domain.follow.Followed;
import org.bettercaretogether.application.follow.FollowService;
import org.bettercaretogether.application.follow.FollowByEmail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.bettercaretogether.application.consultation.AnswerConsultation;
import org.bettercaretogether.application.consultation.ConsultationDraft;
import org.bettercaretogether.application.consultation.RunConsultations;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.application.mail.OutgoingMail;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.security.ManageApiTokens;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.staff.AccountWithPassword;
import org.bettercaretogether.application.staff.CreateAdministrator;
import org.bettercaretogether.application.staff.ManageStaff;
import org.bettercaretogether.application.staff.NewStaffMember;
import org.bettercaretogether.application.meeting.MeetingDraft;
import org.bettercaretogether.application.meeting.ScheduleMeetings;
import org.bettercaretogether.application.priority.ManagePriorities;
import org.bettercaretogether.application.priority.PriorityDraft;
import org.bettercaretogether.application.team.ManageTeams;
import org.bettercaretogether.application.team.ReadTeams;
import org.bettercaretogether.application.team.TeamDraft;
import org.bettercaretogether.bootstrap.RunningService;
import org.bettercaretogether.bootstrap.SystemTestConfiguration;
import org.bettercaretogether.bootstrap.TestDatabase;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.project.ProjectSuggestion;
import org.bettercaretogether.application.project.ReviewProjects;
import org.bettercaretogether.application.project.SuggestProject;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.consultation.AboutYouTopic;
import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.domain.meeting.AccessFeature;
import org.bettercaretogether.domain.project.Cost;
import org.bettercaretogether.domain.project.ProjectCategory;
import org.bettercaretogether.domain.project.Suggester;
import org.bettercaretogether.memory.testing.ProjectExamples;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.team.TeamRole;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The running service the browser tests visit: on its own embedded PostgreSQL (reached by the tests too, to break it
 * on purpose), mailing a real SMTP server, with staff accounts and the content a community has after a few months:
 * priorities, a team, a public meeting, a view published, answered and linked to a change.
 */
final class Site implements AutoCloseable {

    static final String COMMUNITY = "kendal";
    static final String COMMUNITY_NAME = "Kendal";
    static final String PRIORITY = "Falls prevention for people living alone";
    static final String PUBLISHED_VIEW = "Evening appointments at the Kendal health centre would help carers who work.";
    static final String ANSWER = "Two evening clinics a week start at the Kendal health centre in the spring.";
    static final String CHANGE = "Evening clinics in Kendal";
    static final String PROJECT = "Steady Steps falls prevention class";
    static final String SUGGESTED_PROJECT = "Kendal Chair Yoga";
    /** The consultation open while the tests run. */
    static final String OPEN_CONSULTATION = "maternity-and-newborn-care";

    /**
     * The site's database as a resource tests lock: tests that break it on purpose ({@link #withoutTable}) hold it
     * alone, the others read it together.
     */
    static final String DATABASE = "the browser tests' site database";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PartnerId RESPONDING_PARTNER = MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY;

    private final TestDatabase database;
    private final GreenMail smtp;
    private final RunningService platform;
    private final Actor administrator;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final AtomicInteger accounts = new AtomicInteger();
    private String meetingPath;
    private String trackingPath;
    private String registrationPath;
    private String staffToken;

    private Site(TestDatabase database, GreenMail smtp, RunningService platform, Actor administrator) {
        this.database = database;
        this.smtp = smtp;
        this.platform = platform;
        this.administrator = administrator;
    }

    /** Starts the database, the mail server and the service in {@code dataDirectory}, and fills it. */
    static Site start(Path dataDirectory) {
        TestDatabase database = TestDatabase.start(dataDirectory);
        GreenMail smtp = null;
        RunningService platform = null;
        try {
            smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            smtp.start();
            platform = RunningService.start(SystemTestConfiguration.withTestSmtp(dataDirectory, smtp.getSmtp().getPort())
                    .withDatabase(database.address()));
            AccountWithPassword admin = platform.get(CreateAdministrator.class).create(
                    new EmailAddress("browser.admin@example.nhs.uk"), "Browser Admin",
                    MorecambeBay.CLINICAL_COMMISSIONING_GROUP).orElseThrow();
            Site site = new Site(database, smtp, platform, Actor.of(admin.member()));
            site.fill();
            return site;
        } catch (RuntimeException | IOException | InterruptedException failure) {
            if (platform != null) {
                platform.close();
            }
            if (smtp != null) {
                smtp.stop();
            }
            database.close();
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("The site for the browser tests could not start", failure);
        }
    }

    /**
     * An open consultation, and one closed with six responses and its results published, so that the crawl meets a
     * consultation's page and a results page with counts shown and hidden.
     */
    private void consultations(Actor officer) throws InterruptedException {
        RunConsultations run = platform.get(RunConsultations.class);
        List<Question> questions = List.of(new Question(new QuestionId("support"), "Should more clinics be held "
                        + "in community hospitals?", Optional.empty(), true, QuestionKind.Scale.agreement()),
                new Question(new QuestionId("community"), AboutYouTopic.COMMUNITY.usualWording(), Optional.empty(),
                        false, new QuestionKind.AboutYou(AboutYouTopic.COMMUNITY)));
        Instant now = Instant.now();
        var open = run.draft(officer, new ConsultationDraft(new Slug(OPEN_CONSULTATION),
                ViewAbout.programme(), "Maternity and newborn care", "Where babies are born, and how families are "
                + "cared for.", List.of(), "Where midwife-led births take place", RESPONDING_PARTNER,
                new OpeningTimes(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30))), questions))
                .orElseThrow();
        run.schedule(officer, open.consultation().id(), open.consultation().version()).orElseThrow();
        var closing = run.draft(officer, new ConsultationDraft(new Slug("planned-care-closer-to-home"),
                ViewAbout.programme(), "Planned care closer to home", "Whether planned operations move nearer home.",
                List.of(), "Which clinics move to community hospitals", RESPONDING_PARTNER,
                new OpeningTimes(now.minus(Duration.ofDays(1)), now.plusSeconds(3)), questions)).orElseThrow();
        run.schedule(officer, closing.consultation().id(), closing.consultation().version()).orElseThrow();
        for (int i = 0; i < 6; i++) {
            platform.get(AnswerConsultation.class).respond(new Slug("planned-care-closer-to-home"), List.of(
                    Answer.of("support", i < 5 ? "agree" : "disagree"), Answer.of("community", COMMUNITY)),
                    Optional.empty()).orElseThrow();
        }
        Thread.sleep(Duration.between(Instant.now(), now.plusSeconds(3)).plusMillis(100).toMillis());
        var closed = run.consultation(officer, closing.consultation().id()).orElseThrow();
        run.publishResults(officer, closed.consultation().id(), closed.consultation().version(),
                "Most who answered want planned care nearer home.").orElseThrow();
    }

    String url() {
        return "http://localhost:" + platform.port();
    }

    /** A public meeting of Kendal's, with places left. */
    String meetingPath() {
        return meetingPath;
    }

    /** The private tracking page of the published view. */
    String trackingPath() {
        return trackingPath;
    }

    /** The private page of a registration for the meeting. */
    String registrationPath() {
        return registrationPath;
    }

    /**
     * A new staff member of the hospital trust who may both moderate and answer for the trust, with the one-time
     * password they must replace at first sign-in.
     */
    StaffCredentials newModeratorWhoAnswers() {
        return newStaffMember(Set.of(Role.MODERATOR, Role.RESPONDER));
    }

    /**
     * A new staff member of the hospital trust who holds every role, and so may use every staff page, with the
     * one-time password they must replace at first sign-in.
     */
    StaffCredentials newStaffMemberOfEveryRole() {
        return newStaffMember(EnumSet.allOf(Role.class));
    }

    private StaffCredentials newStaffMember(Set<Role> roles) {
        String email = "browser.staff" + accounts.incrementAndGet() + "@example.nhs.uk";
        AccountWithPassword account = platform.get(ManageStaff.class).create(administrator, new NewStaffMember(
                new EmailAddress(email), "Browser Staff " + accounts.get(), RESPONDING_PARTNER, roles))
                .orElseThrow();
        return new StaffCredentials(email, account.oneTimePassword());
    }

    /** The code an authenticator app set up with {@code secret} (as the second-factor page shows it) shows now. */
    static String authenticatorCode(String secret) {
        return TimeBasedCodes.code(TimeBasedCodes.fromBase32(secret.replaceAll("\\s", "")),
                TimeBasedCodes.step(java.time.Instant.now()));
    }

    record StaffCredentials(String email, String oneTimePassword) {
    }

    /**
     * Runs {@code visit} while the table {@code table} is missing, as after a failed deployment, and restores it
     * whatever happens: the pages that need it then fail as a real fault would. Only for a test that holds
     * {@link #DATABASE} alone, as other tests' pages would fail too.
     */
    void withoutTable(String table, Runnable visit) {
        rename(table, table + "_away");
        try {
            visit.run();
        } finally {
            rename(table + "_away", table);
        }
    }

    private void rename(String from, String to) {
        var address = database.address();
        try (Connection connection = DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password());
             Statement statement = connection.createStatement()) {
            statement.execute("alter table " + from + " rename to " + to);
        } catch (SQLException failure) {
            throw new IllegalStateException("could not rename " + from, failure);
        }
    }

    private void fill() throws IOException, InterruptedException {
        Actor officer = Actor.of(platform.get(ManageStaff.class).create(administrator, new NewStaffMember(
                new EmailAddress("browser.officer@example.nhs.uk"), "Browser Officer",
                MorecambeBay.CLINICAL_COMMISSIONING_GROUP, Set.of(Role.ENGAGEMENT_OFFICER, Role.MODERATOR)))
                .orElseThrow().member());
        Slug community = new Slug(COMMUNITY);

        ManagePriorities priorities = platform.get(ManagePriorities.class);
        priorities.add(officer, community, new PriorityDraft(PRIORITY,
                "Home checks and strength and balance classes for people over seventy-five who live alone.",
                Set.of(TripleAimDimension.POPULATION_HEALTH, TripleAimDimension.QUALITY_OF_CARE),
                "Falls were the most common reason for an emergency admission from Kendal last winter.",
                Optional.empty(), RESPONDING_PARTNER)).orElseThrow();
        priorities.add(officer, community, new PriorityDraft("Joined-up care for people with diabetes",
                "One plan shared by the practice nurse, the hospital clinic and the community team.",
                Set.of(TripleAimDimension.QUALITY_OF_CARE), "People told us they repeat their story at every visit.",
                Optional.empty(), MorecambeBay.CLINICAL_COMMISSIONING_GROUP)).orElseThrow();

        var profession = platform.get(ReadTeams.class).professions().getFirst();
        platform.get(ManageTeams.class).describe(officer, community, 0, new TeamDraft(List.of(
                new TeamRole(profession.id(), RESPONDING_PARTNER, Optional.of(4), Optional.of(new BigDecimal("3.5")))),
                LocalDate.now(ZoneId.of("Europe/London")))).orElseThrow();

        consultations(officer);

        LocalDateTime start = LocalDate.now(ZoneId.of("Europe/London")).plusWeeks(3).atTime(LocalTime.of(18, 0));
        var meeting = platform.get(ScheduleMeetings.class).schedule(officer, new MeetingDraft(Optional.of(community),
                Optional.empty(), "Kendal health and care open evening",
                "Hear the Kendal team's priorities for the year and tell us what matters to you.", start,
                start.plusHours(2), Optional.of(new Venue("Kendal Town Hall", "Highgate, Kendal LA9 4DL",
                        Set.of(AccessFeature.STEP_FREE, AccessFeature.HEARING_LOOP), Optional.empty())),
                Optional.empty(), 40)).orElseThrow();
        meetingPath = "/meetings/" + meeting.meeting().meeting().id();
        JsonNode registration = json(send("POST", "/api/v1" + meetingPath + "/registrations", null,
                "{\"name\": \"Sample Registrant\", \"email\": \"registrant@example.org\", \"places\": 1}", 201));
        registrationPath = URI.create(registration.get("registrationUrl").asString()).getPath();

        staffToken = token(officer);
        String responderToken = token(Actor.of(platform.get(ManageStaff.class).create(administrator,
                new NewStaffMember(new EmailAddress("browser.responder@example.nhs.uk"), "Browser Responder",
                        RESPONDING_PARTNER, Set.of(Role.RESPONDER))).orElseThrow().member()));
        SharedView view = share(PUBLISHED_VIEW);
        trackingPath = view.trackingPath();
        String reference = view.reference();
        JsonNode assigned = publishAndAssign(view, PUBLISHED_VIEW);
        send("POST", "/api/v1/staff/feedback/" + view.id() + "/response", responderToken, "{\"version\": "
                + assigned.get("version").asLong() + ", \"text\": \"" + ANSWER + "\"}", 200);
        send("POST", "/api/v1/staff/changes", staffToken, "{\"title\": \"" + CHANGE + "\", \"description\": "
                + "\"Two evening clinics a week for people who cannot come in the day.\", \"community\": \""
                + COMMUNITY + "\", \"views\": [\"" + reference + "\"], \"themes\": []}", 201);
        listProjects(officer);
        giveUpOnAMessage();
    }

    /**
     * Kendal's community projects: a falls-prevention class, a walking group that costs, and a carers' group, listed;
     * and a chair yoga class suggested by the public, waiting for review.
     */
    private void listProjects(Actor officer) {
        ReviewProjects review = platform.get(ReviewProjects.class);
        CommunityId kendal = platform.get(BrowseDirectory.class).community(new Slug(COMMUNITY)).orElseThrow()
                .community().id();
        review.add(officer, ProjectExamples.project(PROJECT).category(ProjectCategory.FALLS_PREVENTION).in(kendal)
                .on(DayOfWeek.TUESDAY).details()).orElseThrow();
        review.add(officer, ProjectExamples.project("Kendal Riverside Walkers").in(kendal).on(DayOfWeek.SATURDAY)
                .category(ProjectCategory.WALKING_AND_ACTIVITY).costing(Cost.of("£1 a walk")).details()).orElseThrow();
        review.add(officer, ProjectExamples.project("Kendal Carers' Cuppa").in(kendal).on(DayOfWeek.THURSDAY)
                .category(ProjectCategory.CARERS_SUPPORT).details()).orElseThrow();
        platform.get(SuggestProject.class).suggest(new ProjectSuggestion(ProjectExamples.project(SUGGESTED_PROJECT)
                .in(kendal).on(DayOfWeek.MONDAY).details(), Suggester.anonymous())).orElseThrow();
    }

    /**
     * A message the mail server refused for good, for the page of undelivered mail to list. It is due only tomorrow,
     * so that the delivery cannot claim it before it is given up on.
     */
    private void giveUpOnAMessage() {
        Outbox outbox = platform.get(Outbox.class);
        Instant now = Instant.now();
        OutgoingMail refused = new OutgoingMail(UUID.randomUUID(), new EmailAddress("no.such.mailbox@example.org"),
                "Your view has been published", "Thank you for your view.", now, 0, now.plus(Duration.ofDays(1)));
        outbox.add(refused);
        outbox.giveUp(refused.id(), 1, now, "Mail not sent: the SMTP server at localhost:25 did not take the message "
                + "(SMTPAddressFailedException: 550 5.1.1 [address]: no such mailbox here)");
    }

    /**
     * The private links a person is mailed for following the open consultation, as the mail server received them: the
     * link that confirms a subscription still waiting, and the link that ends one already confirmed.
     */
    FollowLinks followLinks() {
        FollowByEmail follow = platform.get(FollowByEmail.class);
        Slug consultation = new Slug(OPEN_CONSULTATION);
        String waiting = "browser.follower" + accounts.incrementAndGet() + "@example.org";
        follow.follow(Followed.Kind.CONSULTATION, consultation, waiting).orElseThrow();
        String confirm = mailedPath(waiting, FollowService.CONFIRM_PATH, 1);
        String confirmed = "browser.follower" + accounts.incrementAndGet() + "@example.org";
        follow.follow(Followed.Kind.CONSULTATION, consultation, confirmed).orElseThrow();
        follow.confirm(mailedPath(confirmed, FollowService.CONFIRM_PATH, 1)
                .substring(FollowService.CONFIRM_PATH.length())).orElseThrow();
        // Asked again once confirmed, the answer says so and carries the link that ends it.
        follow.follow(Followed.Kind.CONSULTATION, consultation, confirmed).orElseThrow();
        return new FollowLinks(confirm, mailedPath(confirmed, FollowService.UNSUBSCRIBE_PATH, 2));
    }

    record FollowLinks(String confirm, String unsubscribe) {
    }

    /** The path after {@code prefix} in the {@code nth} message the mail server received for {@code to}, once it has. */
    private String mailedPath(String to, String prefix, int nth) {
        Pattern link = Pattern.compile(Pattern.quote(prefix) + "[A-Za-z0-9_-]+");
        Instant giveUpAt = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(giveUpAt)) {
            List<String> bodies = new ArrayList<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                try {
                    if (Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(to))) {
                        bodies.add(message.getContent().toString());
                    }
                } catch (MessagingException | IOException unreadable) {
                    throw new IllegalStateException("a message the mail server received could not be read",
                            unreadable);
                }
            }
            if (bodies.size() >= nth) {
                Matcher found = link.matcher(bodies.get(nth - 1));
                assertThat(found.find()).as("a link to %s in the mail to %s", prefix, to).isTrue();
                return found.group();
            }
            unchecked(() -> {
                Thread.sleep(50);
                return null;
            });
        }
        throw new AssertionError("no mail number " + nth + " to " + to + " reached the mail server in 30 s");
    }

    /** A view about Kendal shared now, as it waits in the moderation queue. */
    SharedView viewToModerate() {
        return unchecked(() -> share("The bus to the Kendal health centre stops running before the last clinic."));
    }

    /** A view about Kendal shared now, published and assigned to the hospital trust, which has not answered it. */
    SharedView viewAwaitingAnswer() {
        return unchecked(() -> {
            String text = "Parking at the Kendal health centre is full by nine in the morning.";
            SharedView view = share(text);
            publishAndAssign(view, text);
            return view;
        });
    }

    /**
     * A view shared through the public API.
     *
     * @param id           its id, which its staff page is named by
     * @param reference    the reference its giver is told
     * @param trackingPath the private page its giver tracks it on
     * @param version      its version when shared
     */
    record SharedView(String id, String reference, String trackingPath, long version) {

        /** The view's page on the staff side. */
        String staffPage() {
            return "/staff/feedback/" + id;
        }
    }

    private SharedView share(String text) throws IOException, InterruptedException {
        JsonNode given = json(send("POST", "/api/v1/feedback", null, "{\"about\": \"community\", \"slug\": \""
                + COMMUNITY + "\", \"role\": \"MEMBER_OF_PUBLIC\", \"text\": \"" + text + "\", "
                + "\"consentToContact\": false, \"consentToPublish\": true}", 201));
        String reference = given.get("reference").asString();
        for (JsonNode queued : json(send("GET", "/api/v1/staff/feedback?limit=100", staffToken, null, 200))
                .get("items")) {
            if (queued.get("reference").asString().equals(reference)) {
                return new SharedView(queued.get("id").asString(), reference,
                        URI.create(given.get("trackingUrl").asString()).getPath(), queued.get("version").asLong());
            }
        }
        throw new IllegalStateException("The view " + reference + " is not in the moderation queue");
    }

    /** Publishes the view with {@code publicText} and assigns it to the hospital trust for an answer. */
    private JsonNode publishAndAssign(SharedView view, String publicText) throws IOException, InterruptedException {
        JsonNode published = json(send("POST", "/api/v1/staff/feedback/" + view.id() + "/publish", staffToken,
                "{\"version\": " + view.version() + ", \"publicText\": \"" + publicText + "\"}", 200));
        return json(send("POST", "/api/v1/staff/feedback/" + view.id() + "/assign", staffToken,
                "{\"version\": " + published.get("version").asLong() + ", \"partner\": \"" + RESPONDING_PARTNER
                        + "\"}", 200));
    }

    private interface Call<T> {
        T call() throws IOException, InterruptedException;
    }

    private static <T> T unchecked(Call<T> call) {
        try {
            return call.call();
        } catch (IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private String token(Actor actor) {
        return platform.get(ManageApiTokens.class).issue(actor, "browser tests", Optional.empty()).orElseThrow()
                .token();
    }

    private String send(String method, String path, String bearer, String body, int expectedStatus)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expectedStatus) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        return answer.body();
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    @Override
    public void close() {
        try {
            platform.close();
        } finally {
            try {
                smtp.stop();
            } finally {
                database.close();
            }
        }
    }
}
