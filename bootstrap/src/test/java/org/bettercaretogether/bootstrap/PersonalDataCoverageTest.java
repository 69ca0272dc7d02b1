package org.bettercaretogether.bootstrap;

import org.bettercaretogether.application.consultation.AnswerConsultation;
import org.bettercaretogether.application.consultation.ConsultationDraft;
import org.bettercaretogether.application.consultation.ConsultationSummary;
import org.bettercaretogether.application.consultation.ResponseConsent;
import org.bettercaretogether.application.consultation.RunConsultations;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.feedback.ModerateFeedback;
import org.bettercaretogether.application.feedback.RespondToFeedback;
import org.bettercaretogether.application.follow.FollowByEmail;
import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.application.mail.OutgoingMail;
import org.bettercaretogether.application.meeting.NewRegistration;
import org.bettercaretogether.application.meeting.RegisterForMeeting;
import org.bettercaretogether.application.privacy.RetentionSettings;
import org.bettercaretogether.application.project.ProjectSuggestion;
import org.bettercaretogether.application.project.ReportProject;
import org.bettercaretogether.application.project.ReviewProjects;
import org.bettercaretogether.application.project.SuggestProject;
import org.bettercaretogether.application.security.ManageApiTokens;
import org.bettercaretogether.application.staff.ManageStaff;
import org.bettercaretogether.application.staff.NewStaffMember;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.follow.Followed;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.project.ProjectId;
import org.bettercaretogether.domain.project.ProjectReport;
import org.bettercaretogether.domain.project.Suggester;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.mail.MailDropSender;
import org.bettercaretogether.mail.MailDropSettings;
import org.bettercaretogether.persistence.privacy.PersonalDataColumns;
import org.bettercaretogether.persistence.privacy.PersonalDataColumns.Erasure;
import org.bettercaretogether.persistence.privacy.PersonalDataColumns.Personal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.memory.testing.ProjectExamples.project;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

/**
 * Subject access and erasure against the one list of personal data ({@link PersonalDataColumns}), on PostgreSQL with the
 * service wired and served as it runs: a person leaves something in every personal column, through the use cases where
 * the service writes it; the export the staff API gives holds each of it where the list says; erasure then leaves no
 * trace of what the list says it removes, anywhere in the database, and keeps what it says it keeps. A column added to
 * the list without being planted here fails the test, as a column added to the schema without being listed fails
 * {@code PersonalDataColumnsTest}.
 */
class PersonalDataCoverageTest {

    private static final String EMAIL = "quill.person@example.org";
    private static final String PHONE = "01539 700555";
    private static final String NAME = "Quill Person";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** How the list marks a column that cannot be exported for a person, followed by why. */
    private static final String NOT_EXPORTED = "(not exported: ";

    @TempDir
    Path dataDirectory;

    private PrivacyWorld world;
    private int port;
    private String token;
    /** What the person left in each personal column, by its name in the list. */
    private final Map<String, String> planted = new LinkedHashMap<>();

    @BeforeEach
    void aPersonLeavesSomethingInEveryPersonalColumn() throws IOException {
        world = new PrivacyWorld(dataDirectory, Instant.parse("2027-03-01T09:00:00Z"), RetentionSettings.defaults());
        port = world.serveTheWeb();
        token = world.get(ManageApiTokens.class).issue(world.admin, "coverage", Optional.empty()).orElseThrow()
                .token();

        FeedbackReference published = world.give("Words for original_text: the bus is late.", NAME, EMAIL, PHONE);
        Feedback view = world.view(published);
        world.get(ModerateFeedback.class).publish(world.admin, view.id(), view.version(),
                "Words for public_text: the bus is late.").orElseThrow();
        // As a text published before the check on the person's own name, or changed in the database, would read:
        world.sql.update(FEEDBACK).set(FEEDBACK.PUBLIC_TEXT, "Words for public_text, from " + NAME + ".")
                .set(FEEDBACK.POSTCODE_DISTRICT, "CA12")
                .set(FEEDBACK.RESPONSE_PARTNER_ID, world.admin.partner().value())
                .set(FEEDBACK.RESPONSE_TEXT, "Words for response_text.")
                .set(FEEDBACK.RESPONDED_AT, FEEDBACK.RECEIVED_AT)
                .set(FEEDBACK.RESPONDED_BY, world.admin.id().value())
                .where(FEEDBACK.REFERENCE.eq(published.value())).execute();
        plant("feedback.contact_name", NAME);
        plant("feedback.contact_email", EMAIL);
        plant("feedback.contact_phone", PHONE);
        plant("feedback.original_text", "Words for original_text");
        plant("feedback.public_text", "Words for public_text");
        plant("feedback.postcode_district", "CA12");
        plant("feedback.response_text", "Words for response_text");

        FeedbackReference withheld = world.give("A second view from the same person.", NAME, EMAIL, null);
        Feedback second = world.view(withheld);
        second = world.get(ModerateFeedback.class).withhold(world.admin, second.id(), second.version(),
                WithholdReason.OFF_TOPIC, Optional.of("Words for withhold_note.")).orElseThrow().feedback();
        second = world.get(ModerateFeedback.class).flagSafeguarding(world.admin, second.id(), second.version(),
                "Words for safeguarding_note.").orElseThrow().feedback();
        world.get(RespondToFeedback.class).close(world.admin, second.id(), second.version(),
                Optional.of("Words for closure_reason.")).orElseThrow();
        plant("feedback.withhold_note", "Words for withhold_note");
        plant("feedback.safeguarding_note", "Words for safeguarding_note");
        plant("feedback.closure_reason", "Words for closure_reason");

        MeetingId meeting = world.meeting(world.ukTimeIn(2, 18), 20);
        world.get(RegisterForMeeting.class).register(meeting, new NewRegistration("Quill as registered",
                new EmailAddress(EMAIL), 1, Optional.of("Words for access_needs."))).orElseThrow();
        plant("registration.name", "Quill as registered");
        plant("registration.email", EMAIL);
        plant("registration.access_needs", "Words for access_needs");

        world.get(Outbox.class).add(OutgoingMail.write(new EmailAddress(EMAIL), "Words for outgoing_mail subject",
                "Words for outgoing_mail body.", world.clock.instant()));
        plant("outgoing_mail.recipient", EMAIL);
        plant("outgoing_mail.subject", "Words for outgoing_mail subject");
        plant("outgoing_mail.body", "Words for outgoing_mail body");

        world.get(FollowByEmail.class).follow(Followed.Kind.COMMUNITY, new Slug("kendal"), EMAIL).orElseThrow();
        plant("subscription.email", EMAIL);

        world.get(ManageStaff.class).create(world.admin, new NewStaffMember(new EmailAddress(EMAIL),
                "Quill as staff", world.admin.partner(), Set.of(Role.RESPONDER))).orElseThrow();
        plant("staff_member.email", EMAIL);
        plant("staff_member.name", "Quill as staff");

        CommunityId kendal = world.get(BrowseDirectory.class).community(new Slug("kendal")).orElseThrow().community()
                .id();
        world.get(SuggestProject.class).suggest(new ProjectSuggestion(project("Quill's Walk").in(kendal).details(),
                new Suggester(Optional.of("Quill as suggester"), Optional.of(new EmailAddress(EMAIL))))).orElseThrow();
        plant("community_project.suggester_name", "Quill as suggester");
        plant("community_project.suggester_email", EMAIL);
        ProjectId listed = world.get(ReviewProjects.class).add(world.admin, project("Quill's Listed Walk").in(kendal)
                .details()).orElseThrow().id();
        world.get(ReportProject.class).report(listed, ProjectReport.Problem.values()[0], "Words for report details")
                .orElseThrow();
        plant("project_report.details", "Words for report details");

        ConsultationSummary consultation = world.get(RunConsultations.class).draft(world.admin, new ConsultationDraft(
                new Slug("coverage-consultation"), new ViewAbout(ViewAbout.Kind.PROGRAMME, Optional.empty()),
                "A consultation", "Asked for coverage.", List.of(), "Nothing", world.admin.partner(),
                OpeningTimes.inUkTime(world.ukTimeIn(-1, 9), world.ukTimeIn(30, 17)),
                List.of(new Question(new QuestionId("support"), "Do you support it?", Optional.empty(), true,
                        QuestionKind.Scale.agreement())))).orElseThrow();
        world.get(RunConsultations.class).schedule(world.admin, consultation.consultation().id(), 1).orElseThrow();
        world.get(AnswerConsultation.class).respond(new Slug("coverage-consultation"),
                List.of(Answer.of("support", "agree")), new ResponseConsent(false,
                        Optional.of(new EmailAddress(EMAIL))), Optional.empty()).orElseThrow();
        plant("consultation_update_email.email", EMAIL);

        Files.createDirectories(world.mailDrop);
        new MailDropSender(new MailDropSettings(world.mailDrop)).send(new EmailAddress(EMAIL),
                "Words for a mail-drop copy", "Kept where there is no mail server.");
    }

    @AfterEach
    void dropIt() {
        world.close();
    }

    @Test
    void the_test_plants_something_in_every_column_the_list_calls_personal_and_each_is_stored() {
        assertThat(planted.keySet()).containsExactlyInAnyOrderElementsOf(
                PersonalDataColumns.PERSONAL.stream().map(Personal::name).toList());
        for (Personal column : PersonalDataColumns.PERSONAL) {
            assertThat(holding(column.table(), column.column(), planted.get(column.name())))
                    .as("rows of %s holding what was planted", column.name()).isPositive();
        }
    }

    @Test
    void the_export_holds_every_personal_column_where_the_list_says_and_the_page_shows_it_all() throws Exception {
        JsonNode document = JSON.readTree(post("/api/v1/staff/subject-access", "{\"email\": \"" + EMAIL + "\"}"));
        String page = pageFor(EMAIL);

        for (Personal column : PersonalDataColumns.PERSONAL) {
            if (column.exportedAt().startsWith(NOT_EXPORTED)) {
                // Free text taken with nothing that names its writer cannot be found for them; it is kept, and says why.
                assertThat(column.erasure()).as("%s, not exported", column.name()).isEqualTo(Erasure.KEPT);
                assertThat(page).as("%s on the page", column.name()).doesNotContain(planted.get(column.name()));
                continue;
            }
            assertThat(valuesAt(document, column.exportedAt()))
                    .as("%s at %s", column.name(), column.exportedAt())
                    .anyMatch(value -> value.contains(planted.get(column.name())));
            assertThat(page).as("%s on the page", column.name()).contains(planted.get(column.name()));
        }
        assertThat(valuesAt(document, "mailSent/*/subject")).containsExactly("Words for a mail-drop copy");
        assertThat(page).contains("Words for a mail-drop copy");
    }

    @Test
    void erasure_leaves_nothing_it_removes_anywhere_in_the_database_and_keeps_what_the_list_says_it_keeps()
            throws Exception {
        JsonNode erased = JSON.readTree(post("/api/v1/staff/erasure", "{\"email\": \"" + EMAIL + "\"}"));

        assertThat(erased.get("views").asInt()).isEqualTo(2);
        assertThat(erased.get("registrations").asInt()).isOne();
        assertThat(erased.get("sentCopies").asInt()).isOne();
        assertThat(erased.get("projectSuggestions").asInt()).isOne();
        assertThat(erased.get("consultationUpdates").asInt()).isOne();
        List<String> kept = new ArrayList<>();
        List<String> keptColumns = new ArrayList<>();
        for (Personal column : PersonalDataColumns.PERSONAL) {
            String value = planted.get(column.name());
            if (column.erasure() == Erasure.KEPT) {
                assertThat(holding(column.table(), column.column(), value)).as("%s kept", column.name()).isPositive();
                kept.add(value);
                keptColumns.add(column.name());
            } else {
                assertThat(holding(column.table(), column.column(), value)).as("%s erased", column.name()).isZero();
            }
        }
        List<String> gone = PersonalDataColumns.PERSONAL.stream().filter(column -> column.erasure() != Erasure.KEPT)
                .map(column -> planted.get(column.name())).filter(value -> !kept.contains(value)).toList();
        assertThat(anywhereBut(keptColumns, gone)).as("what erasure removes, found elsewhere").isEmpty();
        try (Stream<Path> copies = Files.list(world.mailDrop)) {
            assertThat(copies).as("copies of mail to the person").isEmpty();
        }
    }

    private void plant(String column, String value) {
        planted.put(column, value);
    }

    private long holding(String table, String column, String value) {
        return world.sql.fetchCount(table(name(table)), field(name(table, column)).cast(String.class)
                .contains(value));
    }

    /**
     * Where any of {@code values} is found in a text column of any table, but the columns {@code except}: each as
     * {@code table.column: value}.
     */
    private List<String> anywhereBut(List<String> except, List<String> values) {
        List<String> found = new ArrayList<>();
        world.sql.resultQuery("""
                        select c.table_name, c.column_name from information_schema.columns c
                        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                          and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb')""")
                .fetch().forEach(row -> {
                    String table = row.get(0, String.class);
                    String column = row.get(1, String.class);
                    if (except.contains(table + "." + column)) {
                        return;
                    }
                    for (String value : values) {
                        if (holding(table, column, value) > 0) {
                            found.add(table + "." + column + ": " + value);
                        }
                    }
                });
        return found;
    }

    /** The strings at {@code path} in {@code document}: members from the top, {@code *} for each item of a list. */
    private static List<String> valuesAt(JsonNode document, String path) {
        List<JsonNode> nodes = List.of(document);
        for (String step : path.split("/")) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : nodes) {
                if (step.equals("*")) {
                    node.forEach(next::add);
                } else if (node.has(step)) {
                    next.add(node.get(step));
                }
            }
            nodes = next;
        }
        return nodes.stream().filter(JsonNode::isString).map(JsonNode::asString).toList();
    }

    private String post(String path, String json) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** The subject access page for an address, as an administrator's browser gets it, signing in for the first time. */
    private String pageFor(String email) throws Exception {
        Browser browser = new Browser(port);
        String password = "coverage-" + UUID.randomUUID();
        browser.submit("/staff/sign-in", "/staff/sign-in", "email", PrivacyWorld.ADMIN_EMAIL, "password",
                world.adminOneTimePassword);
        browser.submit("/staff/password", "/staff/password", "current-password", world.adminOneTimePassword,
                "new-password", password, "confirm-password", password);
        browser.setUpAuthenticator(world.clock.instant()); // an administrator needs a second factor first
        HttpResponse<String> page = browser.submit("/staff/subject-access", "/staff/subject-access", "email", email);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page.body();
    }
}
