package org.bettercaretogether.bootstrap;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.bettercaretogether.application.consultation.ConsultationDraft;
import org.bettercaretogether.application.consultation.ConsultationSummary;
import org.bettercaretogether.application.consultation.RunConsultations;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.follow.NotifyFollowers;
import org.bettercaretogether.application.meeting.MeetingDraft;
import org.bettercaretogether.application.meeting.ScheduleMeetings;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.staff.CreateAdministrator;
import org.bettercaretogether.core.Closing;
import org.bettercaretogether.domain.consultation.AboutYouTopic;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.persistence.testing.TestDatabase;
import org.bettercaretogether.persistence.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Following by email with two services on one database, as two nodes behind a load balancer, both writing the
 * notices due on a clock the test moves (on their schedules, and at the same moment each time the clock moves) and
 * both delivering the outbox to one SMTP server: a follower of a consultation and a follower of its workstream, each
 * confirmed by the mailed link, receive the opening mail, the closing reminder and the results mail exactly once each;
 * once the first has unsubscribed by the one-click POST a mail client sends (RFC 8058), nothing more reaches them. The
 * follower of the workstream then receives its weekly digest once, naming a meeting in the coming two weeks.
 */
class FollowersOnTwoServicesIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private static final Slug SLUG = new Slug("maternity-care-followed");
    private static final String WORKSTREAM = "women-s-and-children-s-services";
    private static final OpeningTimes TIMES = OpeningTimes.inUkTime(LocalDateTime.of(2027, 3, 10, 9, 0),
            LocalDateTime.of(2027, 3, 31, 17, 0));
    private static final Pattern CONFIRM = Pattern.compile("https?://[^/\\s]+(/follow/confirm/[A-Za-z0-9_-]+)");
    private static final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Deque<AutoCloseable> started = new ArrayDeque<>();
    private static final MovableClock clock = new MovableClock(Instant.parse("2027-03-01T09:00:00Z"));

    /** Where each service would keep the mail it could not send: a folder each. */
    @TempDir
    static Path dataDirectories;

    private static RunningService one;
    private static RunningService other;

    @BeforeAll
    static void start() {
        TestDatabase database = TestDatabases.createMigrated("followers");
        started.push(database);
        one = RunningService.start(SystemTestConfiguration.onSharedServer(database,
                SystemTestConfiguration.withTestSmtp(dataDirectories.resolve("one"), smtp.getSmtp().getPort())), clock);
        started.push(one);
        other = RunningService.start(SystemTestConfiguration.onSharedServer(database,
                SystemTestConfiguration.withTestSmtp(dataDirectories.resolve("other"), smtp.getSmtp().getPort())), clock);
        started.push(other);
    }

    @AfterAll
    static void stop() {
        Closing.all(started);
    }

    @Test
    void each_follower_gets_each_notice_once_and_nothing_after_unsubscribing_in_one_click() throws Exception {
        Actor staff = Actor.of(one.get(CreateAdministrator.class).create(new EmailAddress("follow.admin@example.nhs.uk"),
                "Follow Admin", MorecambeBay.CLINICAL_COMMISSIONING_GROUP).orElseThrow().member());
        RunConsultations run = one.get(RunConsultations.class);
        ConsultationSummary drafted = run.draft(staff, draft()).orElseThrow();
        run.schedule(staff, drafted.consultation().id(), drafted.consultation().version()).orElseThrow();

        String byConsultation = "consultation.follower@example.org";
        String byWorkstream = "workstream.follower@example.org";
        assertThat(post(other, "/consultations/" + SLUG.value() + "/follow", "email=" + byConsultation).statusCode())
                .isEqualTo(303);
        assertThat(post(one, "/workstreams/" + WORKSTREAM + "/follow", "email=" + byWorkstream).statusCode())
                .isEqualTo(303);
        assertThat(smtp.waitForIncomingEmail(20_000, 2)).as("the two confirmation mails").isTrue();
        for (MimeMessage confirmation : received()) {
            Matcher link = CONFIRM.matcher(text(confirmation));
            assertThat(link.find()).as(text(confirmation)).isTrue();
            assertThat(post(one, link.group(1), "").statusCode()).isEqualTo(200);
        }

        moveTo(TIMES.opensAt().plusSeconds(60));
        bothAtOnce();
        awaitMail(4);
        moveTo(TIMES.closesAt().minus(Duration.ofDays(7)).plusSeconds(60));
        bothAtOnce();
        awaitMail(6);

        String unsubscribe = header(only(byConsultation, "Closing soon:"), "List-Unsubscribe")
                .replaceAll("^<https?://[^/]+", "").replaceAll(">$", "");
        HttpResponse<String> oneClick = client.send(HttpRequest.newBuilder(uri(other, unsubscribe))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(oneClick.statusCode()).as(oneClick.body()).isEqualTo(200);

        moveTo(TIMES.closesAt().plusSeconds(60));
        long version = one.get(RunConsultations.class).consultation(staff, drafted.consultation().id()).orElseThrow()
                .consultation().version();
        other.get(RunConsultations.class).publishResults(staff, drafted.consultation().id(), version,
                "Most who answered wanted care close to home.").orElseThrow();
        bothAtOnce();
        awaitMail(7);
        assertThat(one.get(NotifyFollowers.class).notifyDue()).as("notices still due on one service").isZero();
        assertThat(other.get(NotifyFollowers.class).notifyDue()).as("notices still due on the other").isZero();
        Outboxes.awaitEmpty(one);

        for (String subject : List.of("Now open:", "Closing soon:", "Results published:")) {
            MimeMessage notice = only(byWorkstream, subject);
            assertThat(header(notice, "List-Unsubscribe")).matches("<https?://[^>]+/unsubscribe/[A-Za-z0-9_-]+>");
            assertThat(header(notice, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        }
        only(byConsultation, "Now open:");
        only(byConsultation, "Closing soon:");
        assertThat(to(byConsultation)).as("mails to the follower who unsubscribed").hasSize(3);
        assertThat(to(byWorkstream)).as("mails to the follower of the workstream").hasSize(4);

        LocalDateTime meets = LocalDateTime.of(2027, 4, 12, 18, 0);
        one.get(ScheduleMeetings.class).schedule(staff, new MeetingDraft(Optional.empty(),
                Optional.of(new Slug(WORKSTREAM)), "Maternity care drop-in", "Ask about the proposals.", meets,
                meets.plusHours(2), Optional.empty(), Optional.of(URI.create("https://meet.example.org/maternity")),
                40)).orElseThrow();
        moveTo(Instant.parse("2027-04-05T07:00:00Z"));
        bothAtOnce(NotifyFollowers::digestDue);
        awaitMail(8);
        assertThat(one.get(NotifyFollowers.class).digestDue()).as("digests still due on one service").isZero();
        assertThat(other.get(NotifyFollowers.class).digestDue()).as("digests still due on the other").isZero();
        assertThat(text(only(byWorkstream, "Weekly digest:"))).contains("Maternity care drop-in");
        assertThat(to(byWorkstream)).as("mails to the follower of the workstream, with the digest").hasSize(5);
    }

    private static ConsultationDraft draft() {
        return new ConsultationDraft(SLUG, new ViewAbout(ViewAbout.Kind.WORKSTREAM, Optional.of(new Slug(WORKSTREAM))),
                "Maternity care, followed", "Where midwife-led births should take place across the Bay.", List.of(),
                "Where midwife-led births take place", MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY, TIMES,
                List.of(new Question(new QuestionId("support"), "Do you support the proposal?", Optional.empty(), true,
                                QuestionKind.Scale.agreement()),
                        new Question(new QuestionId("capacity"), AboutYouTopic.RESPONDENT_TYPE.usualWording(),
                                Optional.empty(), false, new QuestionKind.AboutYou(AboutYouTopic.RESPONDENT_TYPE))));
    }

    private static void moveTo(Instant later) {
        clock.advance(Duration.between(clock.instant(), later));
    }

    /**
     * Both services look for the notices due at the same moment, besides their own schedules, so that each notice is
     * found by both at once: only the key taken with the mail keeps it from being written twice.
     */
    private static void bothAtOnce() throws Exception {
        bothAtOnce(NotifyFollowers::notifyDue);
    }

    /** As {@link #bothAtOnce()}, with {@code run} as the work both do at once. */
    private static void bothAtOnce(ToIntFunction<NotifyFollowers> run) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> runs = new ArrayList<>();
            for (RunningService service : List.of(one, other)) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return run.applyAsInt(service.get(NotifyFollowers.class));
                }));
            }
            go.countDown();
            for (Future<Integer> done : runs) {
                done.get();
            }
        }
    }

    /** Waits until GreenMail holds {@code count} messages and the shared outbox is empty. */
    private static void awaitMail(int count) throws InterruptedException {
        assertThat(smtp.waitForIncomingEmail(20_000, count)).as("%d messages received", count).isTrue();
        Outboxes.awaitEmpty(one);
    }

    private static MimeMessage only(String recipient, String subjectStart) {
        List<MimeMessage> matching = to(recipient).stream().filter(message -> subject(message).startsWith(subjectStart))
                .toList();
        assertThat(matching).as("'%s...' to %s", subjectStart, recipient).hasSize(1);
        return matching.getFirst();
    }

    private static List<MimeMessage> to(String recipient) {
        List<MimeMessage> theirs = new ArrayList<>();
        for (MimeMessage message : received()) {
            try {
                if (message.getAllRecipients()[0].toString().equals(recipient)) {
                    theirs.add(message);
                }
            } catch (jakarta.mail.MessagingException unreadable) {
                throw new AssertionError(unreadable);
            }
        }
        return theirs;
    }

    private static List<MimeMessage> received() {
        return List.of(smtp.getReceivedMessages());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new AssertionError(unreadable);
        }
    }

    private static String header(MimeMessage message, String name) throws Exception {
        String[] values = message.getHeader(name);
        assertThat(values).as(name).isNotNull().hasSize(1);
        return values[0];
    }

    private static String text(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (Exception unreadable) {
            throw new AssertionError(unreadable);
        }
    }

    private static HttpResponse<String> post(RunningService service, String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(service, path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(RunningService service, String path) {
        return URI.create("http://localhost:" + service.port() + path);
    }
}
