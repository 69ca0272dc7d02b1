package org.bettercaretogether.bootstrap;

import org.bettercaretogether.application.change.ChangesMade;
import org.bettercaretogether.application.feedback.FeedbackLog;
import org.bettercaretogether.application.meeting.Meetings;
import org.bettercaretogether.application.meeting.Registrations;
import org.bettercaretogether.application.priority.Priorities;
import org.bettercaretogether.application.security.Authenticate;
import org.bettercaretogether.application.security.SignIn;
import org.bettercaretogether.application.security.SignedIn;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.team.Teams;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.persistence.testing.TestDatabase;
import org.bettercaretogether.persistence.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bct sample-data} against a real database, as an operator or the benchmark runs it. */
@Order(3) // on a database and in folders of its own: it runs beside the others, among the first
@Execution(ExecutionMode.CONCURRENT)
class SampleDataCommandTest {

    /** How the benchmark reads the sign-in details. */
    private static final Pattern SIGN_IN = Pattern.compile(
            "^\\s+([A-Z_]+(?:,[A-Z_]+)*)\\s+(\\S+@\\S+)\\s+password: (\\S+)\\s+token: (\\S+)"
                    + "(?:\\s+authenticator: ([A-Z2-7]+))?\\s*$");

    private static final int VIEWS = 3_000;

    private static TestDatabase sample;
    private static Path sampleDirectory;
    private static Run loaded;

    @TempDir
    Path dataDirectory;

    @BeforeAll
    static void loadASample() throws Exception {
        sample = TestDatabases.create("sample-data");
        sampleDirectory = Files.createTempDirectory("sample-data");
        loaded = run(sample, sampleDirectory, "sample-data", "--views", String.valueOf(VIEWS));
    }

    @AfterAll
    static void dropDatabase() {
        sample.close();
    }

    @Test
    void a_sample_holds_views_in_every_state_from_every_kind_of_contributor_and_channel() throws SQLException {
        assertThat(loaded.exitCode()).as(loaded.err()).isZero();
        assertThat(loaded.out()).contains("3,000 views");
        assertThat(scalar(sample, "select count(*) from feedback")).isEqualTo(VIEWS);

        assertThat(values(sample, "select distinct moderation from feedback"))
                .containsExactlyInAnyOrder("PENDING", "PUBLISHED", "WITHHELD");
        assertThat(values(sample, "select distinct withhold_reason from feedback where withhold_reason is not null"))
                .containsExactlyInAnyOrder("NO_CONSENT", "PERSONAL_DETAILS", "ABUSIVE", "OFF_TOPIC", "DUPLICATE",
                        "SAFEGUARDING");
        assertThat(values(sample, "select distinct contributor_role from feedback")).containsExactlyInAnyOrder(
                "PATIENT", "MEMBER_OF_PUBLIC", "CLINICIAN", "NHS_STAFF", "ELECTED_MEMBER", "VOLUNTARY_ORGANISATION",
                "OTHER");
        assertThat(values(sample, "select distinct channel from feedback")).containsExactlyInAnyOrder(
                "ONLINE", "MEETING", "EMAIL", "LETTER", "PHONE", "PAPER_FORM", "SOCIAL_MEDIA");
        assertThat(values(sample, "select distinct subject_kind from feedback"))
                .containsExactlyInAnyOrder("programme", "community", "workstream", "network");

        String uk = "(responded_at at time zone 'Europe/London')::date";
        Map<String, String> states = new LinkedHashMap<>();
        states.put("published with a public text and consent",
                "moderation = 'PUBLISHED' and public_text is not null and consent_to_publish");
        states.put("awaiting an answer", "assigned_partner_id is not null and responded_at is null and closed_at is null");
        states.put("overdue", "assigned_partner_id is not null and responded_at is null and closed_at is null "
                + "and answer_due_on < current_date");
        states.put("answered on time", "responded_at is not null and " + uk + " <= answer_due_on");
        states.put("answered late", "responded_at is not null and " + uk + " > answer_due_on");
        states.put("closed after an answer", "closed_at is not null and responded_at is not null");
        states.put("closed with a reason", "closed_at is not null and closure_reason is not null");
        states.put("flagged for safeguarding", "safeguarding_flagged_at is not null");
        states.put("with contact details", "contact_email is not null or contact_phone is not null");
        states.put("entered by staff", "entered_by is not null");
        states.put("given at a meeting", "meeting_id is not null");
        for (Map.Entry<String, String> state : states.entrySet()) {
            assertThat(scalar(sample, "select count(*) from feedback where " + state.getValue()))
                    .as(state.getKey()).isPositive();
        }
        // Most views are recent, and the backlog is a minority.
        long lastYear = scalar(sample, "select count(*) from feedback where received_at > now() - interval '1 year'");
        assertThat(lastYear).isGreaterThan(VIEWS / 3);
        assertThat(scalar(sample, "select count(*) from feedback where moderation = 'PUBLISHED'"))
                .isGreaterThan(VIEWS / 2);
        assertThat(scalar(sample, "select count(*) from feedback where moderation = 'PENDING'"))
                .isBetween(1L, VIEWS / 5L);

        assertThat(scalar(sample, "select count(*) from feedback_theme")).isPositive();
        assertThat(scalar(sample, "select count(*) from change_view")).isPositive();
        assertThat(scalar(sample, "select count(*) from change_view v join feedback f on f.id = v.feedback_id "
                + "where f.moderation <> 'PUBLISHED'")).as("links to views that are not published").isZero();
        assertThat(values(sample, "select distinct status from change_made"))
                .containsExactlyInAnyOrder("PLANNED", "IN_PROGRESS", "MADE");
        assertThat(values(sample, "select distinct case when community_id is not null then 'community' "
                + "when workstream_id is not null then 'workstream' else 'programme' end from change_made"))
                .containsExactlyInAnyOrder("community", "workstream", "programme");
        assertThat(values(sample, "select distinct status from registration"))
                .containsExactlyInAnyOrder("CONFIRMED", "WAITING", "CANCELLED");
        assertThat(scalar(sample, "select count(*) from meeting where starts_at > now()")).isPositive();
        assertThat(scalar(sample, "select count(*) from meeting where online_link is not null")).isPositive();
        assertThat(scalar(sample, "select count(*) from meeting where venue_name is not null")).isPositive();
        assertThat(scalar(sample, "select count(*) from community c where not exists "
                + "(select 1 from local_priority p where p.community_id = c.id)")).as("communities without priorities")
                .isZero();
        assertThat(scalar(sample, "select count(*) from community c where not exists "
                + "(select 1 from integrated_team_role r where r.community_id = c.id)")).as("communities without a team")
                .isZero();
        assertThat(values(sample, "select distinct r.role from staff_member_role r"))
                .containsExactlyInAnyOrder("MODERATOR", "RESPONDER", "ENGAGEMENT_OFFICER", "ADMIN");
        assertThat(scalar(sample, "select count(distinct assigned_partner_id) from feedback f where not exists "
                + "(select 1 from staff_member m join staff_member_role r on r.staff_member_id = m.id "
                + "where m.partner_id = f.assigned_partner_id and r.role = 'RESPONDER')"))
                .as("partners given views with no responder").isZero();
    }

    @Test
    void a_sample_holds_the_three_workstreams_consultations_closed_with_results_open_and_coming_up() throws SQLException {
        assertThat(values(sample, "select slug from consultation where results_published_at is not null "
                + "and closes_at < now()")).containsExactly("planned-care-closer-to-home");
        assertThat(values(sample, "select slug from consultation where opens_at <= now() and closes_at > now()"))
                .containsExactly("maternity-and-newborn-care");
        assertThat(values(sample, "select slug from consultation where opens_at > now()"))
                .containsExactly("care-at-home-and-nearby");
        assertThat(scalar(sample, "select count(*) from consultation_response r join consultation c "
                + "on c.id = r.consultation_id where c.slug = 'planned-care-closer-to-home'")).isEqualTo(160);
        assertThat(values(sample, "select c.slug from change_made m join consultation c on c.id = m.consultation_id"))
                .as("the change made from the published results, linked to them")
                .containsExactly("planned-care-closer-to-home");
        assertThat(scalar(sample, "select count(*) from consultation_response r join consultation c "
                + "on c.id = r.consultation_id where c.slug = 'maternity-and-newborn-care'")).isEqualTo(60);
        assertThat(scalar(sample, "select count(*) from consultation_response r join consultation c on "
                + "c.id = r.consultation_id where r.received_at < c.opens_at or r.received_at >= c.closes_at")).isZero();
        assertThat(scalar(sample, "select count(*) from consultation where scheduled_at is not null "
                + "and first_answered_at is null and opens_at <= now()")).isZero();
    }

    @Test
    void every_reference_in_the_sample_points_at_a_row_and_each_history_runs_in_order() throws SQLException {
        // The load leaves PostgreSQL's row-by-row foreign key checks off; so every foreign key is checked here.
        List<String> broken = new ArrayList<>();
        for (String check : foreignKeyChecks(sample)) {
            if (scalar(sample, check) > 0) {
                broken.add(check);
            }
        }
        assertThat(broken).isEmpty();

        assertThat(scalar(sample, """
                select count(*) from (
                    select position, at, kind,
                           row_number() over (partition by feedback_id order by position) - 1 as expected,
                           lag(at) over (partition by feedback_id order by position) as before
                    from feedback_transition) steps
                where position <> expected or at <= before or (position = 0) <> (kind = 'RECEIVED')""")).isZero();
        Map<String, String> stepFor = Map.of(
                "PUBLISHED", "moderation = 'PUBLISHED'",
                "WITHHELD", "moderation = 'WITHHELD'",
                "ASSIGNED", "assigned_at is not null",
                "RESPONDED", "responded_at is not null",
                "CLOSED", "closed_at is not null",
                "SAFEGUARDING_FLAGGED", "safeguarding_flagged_at is not null",
                "ERASED", "erased_at is not null",
                "THEMES_TAGGED", "exists (select 1 from feedback_theme t where t.feedback_id = f.id)");
        for (Map.Entry<String, String> step : stepFor.entrySet()) {
            assertThat(scalar(sample, "select count(*) from feedback f where (" + step.getValue() + ") <> exists "
                    + "(select 1 from feedback_transition s where s.feedback_id = f.id and s.kind = '" + step.getKey()
                    + "')")).as("views whose state and history disagree on " + step.getKey()).isZero();
        }
        assertThat(scalar(sample, "select count(*) from feedback f where received_at >= current_date "
                + "or exists (select 1 from feedback_transition s where s.feedback_id = f.id and s.at >= current_date)"))
                .as("steps dated today or later").isZero();
    }

    @Test
    void every_sample_record_reads_back_through_the_repositories_and_the_site_answers() throws Exception {
        try (RunningService platform = RunningService.start(configuration(sample, sampleDirectory))) {
            FeedbackLog feedback = platform.get(FeedbackLog.class);
            List<Feedback> all = feedback.findAll(values(sample, "select id from feedback").stream()
                    .map(id -> new FeedbackId(UUID.fromString(id))).toList());
            assertThat(all).hasSize(VIEWS);
            assertThat(feedback.awaitingAnswer(Optional.empty(), Optional.empty(), 50)).isNotEmpty();
            assertThat(feedback.published(Optional.empty(), Optional.empty(), 50)).hasSize(50);
            assertThat(feedback.awaitingModeration(Optional.empty(), 50)).isNotEmpty();
            feedback.safeguardingConcerns();
            assertThat(platform.get(ChangesMade.class).all()).isNotEmpty();
            List<Meeting> meetings = platform.get(Meetings.class).all();
            assertThat(meetings).isNotEmpty();
            for (Meeting meeting : meetings) {
                platform.get(Registrations.class).of(meeting.id());
            }
            assertThat(platform.get(Priorities.class).all()).isNotEmpty();
            assertThat(platform.get(Teams.class).all()).isNotEmpty();

            HttpClient client = HttpClient.newHttpClient();
            for (String page : List.of("/", "/communities/kendal", "/views", "/api/v1/scorecard", "/you-said-we-did",
                    "/meetings")) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + platform.port() + page)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(page).isEqualTo(200);
            }
        }
    }

    @Test
    void the_counts_kept_of_the_views_agree_with_the_views_loaded() throws SQLException {
        assertThat(scalar(sample, "select coalesce(sum(received), 0) from view_tally "
                + "where scope_id = '00000000-0000-0000-0000-000000000000'")).isEqualTo(VIEWS);
        assertThat(scalar(sample, "select coalesce(sum(received), 0) from view_tally "
                + "where scope_id <> '00000000-0000-0000-0000-000000000000'"))
                .isEqualTo(scalar(sample, "select count(*) from feedback where community_id is not null"));
        assertThat(scalar(sample, "select coalesce(sum(views), 0) from answer_time_tally "
                + "where scope_id = '00000000-0000-0000-0000-000000000000'"))
                .isEqualTo(scalar(sample, "select count(*) from feedback where responded_at is not null"));
        for (String moderation : List.of("PENDING", "PUBLISHED", "WITHHELD")) {
            assertThat(scalar(sample, "select coalesce(sum(views), 0) from moderation_tally where moderation = '"
                    + moderation + "'")).as(moderation)
                    .isEqualTo(scalar(sample, "select count(*) from feedback where moderation = '" + moderation + "'"));
        }
        assertThat(scalar(sample, "select coalesce(sum(received), 0) from insight_tally "
                + "where theme_id = '00000000-0000-0000-0000-000000000000'")).isEqualTo(VIEWS);
        assertThat(scalar(sample, "select coalesce(sum(received), 0) from insight_tally "
                + "where theme_id <> '00000000-0000-0000-0000-000000000000'"))
                .isEqualTo(scalar(sample, "select count(*) from feedback_theme"));
        assertThat(scalar(sample, "select coalesce(sum(views), 0) from insight_answer_time_tally "
                + "where theme_id = '00000000-0000-0000-0000-000000000000'"))
                .isEqualTo(scalar(sample, "select count(*) from feedback where responded_at is not null"));
    }

    @Test
    void the_printed_sign_in_details_sign_in_and_their_tokens_call_the_staff_api() throws Exception {
        List<Matcher> lines = loaded.out().lines().map(SIGN_IN::matcher).filter(Matcher::matches).toList();
        assertThat(loaded.out()).contains("shown this once");
        assertThat(lines).hasSize((int) scalar(sample, "select count(*) from staff_member"));
        assertThat(lines.stream().map(line -> line.group(1)).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("ADMIN", "MODERATOR", "RESPONDER", "ENGAGEMENT_OFFICER");
        for (Matcher line : lines) {
            assertThat(values(sample, "select encoded from staff_password union all select token_hash from api_token"))
                    .noneMatch(stored -> stored.contains(line.group(3)) || stored.contains(line.group(4)));
        }
        assertThat(scalar(sample, "select count(*) from staff_member where must_change_password")).isZero();
        assertThat(scalar(sample, "select count(*) from api_token where expires_at < now() + interval '89 days' "
                + "or expires_at > now() + interval '91 days'")).isZero();

        try (RunningService platform = RunningService.start(configuration(sample, sampleDirectory))) {
            HttpClient client = HttpClient.newHttpClient();
            for (Matcher line : lines) {
                Outcome<SignedIn> signedIn = platform.get(SignIn.class).signIn(line.group(2), line.group(3), "test");
                assertThat(signedIn).as(line.group(2)).isInstanceOf(Outcome.Done.class);
                boolean needsCode = line.group(1).contains("ADMIN") || line.group(1).contains("MODERATOR");
                assertThat(line.group(5) != null).as("an authenticator for %s", line.group(1)).isEqualTo(needsCode);
                Optional<Actor> actor = platform.get(Authenticate.class).apiToken(line.group(4));
                assertThat(actor).as(line.group(2)).isPresent();
                assertThat(actor.get().roles()).containsExactly(Role.valueOf(line.group(1)));
                HttpResponse<String> me = client.send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + platform.port() + "/api/v1/staff/me"))
                        .header("Authorization", "Bearer " + line.group(4)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(me.statusCode()).as(line.group(2)).isEqualTo(200);
            }
        }
    }

    @Test
    void the_same_seed_gives_the_same_sample() throws SQLException {
        // Migrated already, unlike the sample of the other tests, which shows the command migrating an empty database.
        try (TestDatabase first = TestDatabases.createMigrated("sample-seed-a");
             TestDatabase second = TestDatabases.createMigrated("sample-seed-b")) {
            assertThat(run(first, dataDirectory, "sample-data", "--views", "400", "--seed", "7").exitCode()).isZero();
            assertThat(run(second, dataDirectory, "sample-data", "--views", "400", "--seed", "7").exitCode()).isZero();
            // Everything but the staff's password hashes and API tokens, which are secrets made afresh each time.
            for (String table : List.of("feedback", "feedback_theme", "feedback_transition", "change_made",
                    "change_view", "change_theme", "meeting", "meeting_access_feature", "registration",
                    "local_priority", "local_priority_dimension", "local_priority_status_step", "local_priority_event",
                    "integrated_team", "integrated_team_role", "staff_member", "staff_member_role",
                    "community_project", "community_project_session")) {
                assertThat(digest(second, table)).as(table).isEqualTo(digest(first, table));
            }
            assertThat(digest(first, "feedback")).isNotEqualTo(digest(sample, "feedback"));
        }
    }

    @Test
    void a_database_with_views_is_refused_unless_told_to_append_and_appending_reuses_the_staff() throws SQLException {
        try (TestDatabase database = TestDatabases.createMigrated("sample-append")) {
            assertThat(run(database, dataDirectory, "sample-data", "--views", "300").exitCode()).isZero();

            Run refused = run(database, dataDirectory, "sample-data", "--views", "200");
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("already holds 300 views").contains("--append");
            assertThat(scalar(database, "select count(*) from feedback")).isEqualTo(300);

            long staff = scalar(database, "select count(*) from staff_member");
            long meetings = scalar(database, "select count(*) from meeting");
            Run appended = run(database, dataDirectory, "sample-data", "--views", "200", "--append", "--seed", "2");
            assertThat(appended.exitCode()).as(appended.err()).isZero();
            assertThat(appended.out()).contains("numbered from 300").doesNotContain("password:");
            assertThat(scalar(database, "select count(*) from feedback")).isEqualTo(500);
            assertThat(scalar(database, "select count(distinct reference) from feedback")).isEqualTo(500);
            assertThat(scalar(database, "select count(*) from staff_member")).isEqualTo(staff);
            assertThat(scalar(database, "select count(*) from meeting")).isEqualTo(meetings);
            assertThat(scalar(database, "select count(*) from feedback where received_at > now() - interval '1 year' "
                    + "and entered_by is not null and entered_by not in (select id from staff_member)")).isZero();
        }
    }

    @Test
    void the_sample_lists_community_projects_in_every_community_each_marked_as_sample_data() throws SQLException {
        assertThat(scalar(sample, "select count(distinct community_id) from community_project_community"))
                .isEqualTo(12);
        assertThat(scalar(sample, "select count(*) from community_project where offer not like '%Sample data:%'"))
                .isZero();
        assertThat(scalar(sample, "select count(*) from community_project p join community_project_community c "
                + "on c.project_id = p.id join community k on k.id = c.community_id where k.slug = 'kendal' "
                + "and p.category = 'FALLS_PREVENTION' and p.status = 'LISTED'")).isPositive();
        assertThat(scalar(sample, "select count(*) from community_project where status = 'LISTED' "
                + "and last_checked <= current_date - interval '12 months'")).isPositive();
        assertThat(scalar(sample, "select count(*) from community_project where status = 'SUGGESTED'")).isPositive();
    }

    @Test
    void fewer_than_one_view_is_refused_with_the_option_named() {
        Run none = run(sample, dataDirectory, "sample-data", "--views", "0");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("--views");
    }

    private static Configuration configuration(TestDatabase database, Path dataDirectory) {
        return Configuration.from(environment(database, dataDirectory));
    }

    private static Map<String, String> environment(TestDatabase database, Path dataDirectory) {
        return Map.of("BCT_DATA_DIR", dataDirectory.toString(), "BCT_DATABASE_URL", database.jdbcUrl(),
                "BCT_DATABASE_USER", database.user(), "BCT_DATABASE_PASSWORD", database.password(), "BCT_PORT", "0");
    }

    private static Run run(TestDatabase database, Path dataDirectory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = BctCommand.commandLine(environment(database, dataDirectory));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** One query per foreign key of the schema, counting the rows whose reference points at no row. */
    private static List<String> foreignKeyChecks(TestDatabase database) throws SQLException {
        List<String> checks = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet keys = statement.executeQuery("""
                     select c.conrelid::regclass::text, c.confrelid::regclass::text,
                            array_to_string(array(select quote_ident(a.attname) from unnest(c.conkey) with ordinality k(n, i)
                                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i), ','),
                            array_to_string(array(select quote_ident(a.attname) from unnest(c.confkey) with ordinality k(n, i)
                                join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i), ',')
                     from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace""")) {
            while (keys.next()) {
                String[] from = keys.getString(3).split(",");
                String[] to = keys.getString(4).split(",");
                List<String> present = new ArrayList<>();
                List<String> equal = new ArrayList<>();
                for (int i = 0; i < from.length; i++) {
                    present.add("c." + from[i] + " is not null");
                    equal.add("p." + to[i] + " = c." + from[i]);
                }
                checks.add("select count(*) from " + keys.getString(1) + " c where " + String.join(" and ", present)
                        + " and not exists (select 1 from " + keys.getString(2) + " p where "
                        + String.join(" and ", equal) + ")");
            }
        }
        assertThat(checks).hasSizeGreaterThan(20);
        return checks;
    }

    private static String digest(TestDatabase database, String table) throws SQLException {
        return values(database, "select md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) from "
                + table + " t").getFirst();
    }

    private static long scalar(TestDatabase database, String sql) throws SQLException {
        return Long.parseLong(values(database, sql).getFirst());
    }

    private static List<String> values(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getString(1));
            }
            return found;
        }
    }

    private record Run(int exitCode, String out, String err) {
    }
}
