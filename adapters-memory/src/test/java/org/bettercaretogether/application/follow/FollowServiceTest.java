package org.bettercaretogether.application.follow;

import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.application.consultation.ResponseConsent;
import org.bettercaretogether.application.consultation.AnswerConsultation;
import org.bettercaretogether.application.consultation.ConsultationDraft;
import org.bettercaretogether.application.consultation.ConsultationSummary;
import org.bettercaretogether.application.consultation.RunConsultations;
import org.bettercaretogether.application.change.ChangeDraft;
import org.bettercaretogether.application.change.ChangeSummary;
import org.bettercaretogether.application.meeting.MeetingDraft;
import org.bettercaretogether.domain.change.ChangeStatus;
import org.bettercaretogether.application.feedback.FeedbackWorld;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.follow.FollowByEmail.Following;
import org.bettercaretogether.application.mail.OutgoingMail;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.domain.follow.Followed;
import org.bettercaretogether.domain.shared.Slug;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Following by email on a clock the test moves: nothing is mailed to a subscription until it is confirmed; a confirmed
 * one is told once that a consultation opened, once (from a week before) that it closes soon, even when its closing is
 * extended, and once that its results are published; an unsubscribed one is told nothing more. A follower of a
 * community gets one digest a week, from Monday 08:00, about the week before, and none for a week with nothing new.
 */
class FollowServiceTest {

    private static final Instant START = Instant.parse("2027-03-01T09:00:00Z");
    private static final OpeningTimes TIMES = OpeningTimes.inUkTime(LocalDateTime.of(2027, 3, 10, 9, 0),
            LocalDateTime.of(2027, 3, 31, 17, 0));
    private static final Slug SLUG = new Slug("maternity-care");
    private static final Slug KENDAL = new Slug("kendal");
    private static final Instant NEXT_MONDAY_8AM = Instant.parse("2027-03-08T08:00:00Z");
    private static final Slug WORKSTREAM = new Slug("women-s-and-children-s-services");
    private static final Pattern CONFIRM = Pattern.compile(Pattern.quote(FollowService.CONFIRM_PATH) + "(\\S+)");

    private final FeedbackWorld world = new FeedbackWorld(START);
    private final FollowByEmail follow = world.app.followByEmail();
    private final NotifyFollowers notices = world.app.notifyFollowers();
    private final RunConsultations staff = world.app.runConsultations();

    @Test
    void a_confirmed_follower_is_told_once_of_the_opening_the_week_before_closing_and_the_results() {
        ConsultationId consultation = scheduled();
        follow(Followed.Kind.CONSULTATION, SLUG, "jo@example.org");
        confirm("jo@example.org");

        world.moveTo(TIMES.opensAt().minusSeconds(1));
        assertThat(notices.notifyDue()).as("before it opens").isZero();
        world.moveTo(TIMES.opensAt());
        assertThat(notices.notifyDue()).as("as it opens").isOne();
        assertThat(notices.notifyDue()).as("again").isZero();
        world.moveTo(TIMES.closesAt().minus(FollowService.REMINDER_BEFORE_CLOSING).minusSeconds(1));
        assertThat(notices.notifyDue()).as("a week and a second before it closes").isZero();
        world.moveTo(TIMES.closesAt().minus(FollowService.REMINDER_BEFORE_CLOSING));
        assertThat(notices.notifyDue()).as("a week before it closes").isOne();

        long version = staff.consultation(world.engagementOfficer, consultation).orElseThrow().consultation().version();
        Instant later = TIMES.closesAt().plus(Duration.ofDays(7));
        ConsultationSummary extended = staff.extend(world.engagementOfficer, consultation, version, later,
                "Asked for at the Kendal meeting").orElseThrow();
        world.moveTo(later.minus(FollowService.REMINDER_BEFORE_CLOSING));
        assertThat(notices.notifyDue()).as("a week before the extended closing").isZero();

        world.moveTo(later);
        staff.publishResults(world.engagementOfficer, consultation, extended.consultation().version(),
                "Most wanted care close to home.").orElseThrow();
        assertThat(notices.notifyDue()).as("once results are published").isOne();
        assertThat(notices.notifyDue()).as("again").isZero();

        assertThat(to("jo@example.org")).extracting(OutgoingMail::subject).containsExactly(
                "Confirm you want emails about Maternity care",
                "Now open: Maternity care",
                "Closing soon: Maternity care",
                "Results published: Maternity care");
        assertThat(to("jo@example.org").subList(1, 4)).allSatisfy(notice -> {
            URI unsubscribe = notice.unsubscribe().orElseThrow();
            assertThat(unsubscribe.toString()).startsWith("http://localhost:7070/unsubscribe/");
            assertThat(notice.body()).contains(unsubscribe.toString());
        });
        assertThat(to("jo@example.org").getFirst().unsubscribe()).as("the confirmation belongs to no subscription yet")
                .isEmpty();
    }

    @Test
    void respondents_who_left_an_address_are_told_once_of_the_results_and_a_follower_of_it_only_as_a_follower() {
        ConsultationId consultation = scheduled();
        AnswerConsultation answering = world.app.answerConsultation();
        follow(Followed.Kind.CONSULTATION, SLUG, "jo@example.org");
        confirm("jo@example.org");
        world.moveTo(TIMES.opensAt());
        for (String email : List.of("ann@example.org", "jo@example.org")) {
            answering.respond(SLUG, List.of(Answer.of("support", "agree")), new ResponseConsent(false,
                    Optional.of(new EmailAddress(email))), Optional.empty()).orElseThrow();
        }
        answering.respond(SLUG, List.of(Answer.of("support", "disagree")), ResponseConsent.none(), Optional.empty())
                .orElseThrow();
        world.moveTo(TIMES.closesAt());
        long version = staff.consultation(world.engagementOfficer, consultation).orElseThrow().consultation().version();

        staff.publishResults(world.engagementOfficer, consultation, version, "Most wanted care close to home.")
                .orElseThrow();
        notices.notifyDue();
        notices.notifyDue();

        assertThat(to("ann@example.org")).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Results published: Maternity care");
            assertThat(mail.body()).contains("http://localhost:7070/consultations/maternity-care/results");
        });
        assertThat(to("jo@example.org")).extracting(OutgoingMail::subject)
                .filteredOn(subject -> subject.startsWith("Results published")).hasSize(1);
    }

    @Test
    void a_follower_who_never_confirms_is_told_nothing() {
        scheduled();
        follow(Followed.Kind.WORKSTREAM, WORKSTREAM, "sam@example.org");

        world.moveTo(TIMES.opensAt());

        assertThat(notices.notifyDue()).isZero();
        assertThat(to("sam@example.org")).extracting(OutgoingMail::subject)
                .containsExactly("Confirm you want emails about Women's and Children's Services (a workstream of the review)");
    }

    @Test
    void a_follower_of_the_workstream_hears_of_its_consultations_and_nothing_more_once_unsubscribed() {
        scheduled();
        follow(Followed.Kind.WORKSTREAM, WORKSTREAM, "ali@example.org");
        confirm("ali@example.org");
        world.moveTo(TIMES.opensAt());
        assertThat(notices.notifyDue()).isOne();
        String token = to("ali@example.org").getLast().unsubscribe().orElseThrow().getPath()
                .substring(FollowService.UNSUBSCRIBE_PATH.length());

        assertThat(follow.unsubscribe(token)).isInstanceOf(Outcome.Done.class);
        world.moveTo(TIMES.closesAt().minus(FollowService.REMINDER_BEFORE_CLOSING));

        assertThat(notices.notifyDue()).isZero();
        assertThat(rejection(follow.unsubscribe(token))).isInstanceOf(Rejection.NotFound.class);
        assertThat(to("ali@example.org")).hasSize(2);
    }

    @Test
    void asking_again_sends_a_fresh_link_while_pending_and_says_so_once_confirmed() {
        scheduled();
        follow(Followed.Kind.CONSULTATION, SLUG, "kim@example.org");
        world.moveTo(START.plusSeconds(1));
        follow(Followed.Kind.CONSULTATION, SLUG, "kim@example.org");
        List<OutgoingMail> asked = to("kim@example.org");
        assertThat(rejection(follow.confirm(token(asked.get(0))))).as("the first link, replaced")
                .isInstanceOf(Rejection.NotFound.class);
        assertThat(follow.confirm(token(asked.get(1))).orElseThrow().confirmed()).isTrue();
        world.moveTo(START.plusSeconds(2));

        follow(Followed.Kind.CONSULTATION, SLUG, "kim@example.org");

        assertThat(to("kim@example.org").getLast().subject()).isEqualTo("You already follow Maternity care");
        assertThat(to("kim@example.org").getLast().unsubscribe()).isPresent();
    }

    @Test
    void a_malformed_address_is_invalid_and_an_unknown_or_draft_subject_is_not_found() {
        assertThat(rejection(follow.follow(Followed.Kind.CONSULTATION, SLUG, "jo@example.org")))
                .as("a consultation not yet drafted").isInstanceOf(Rejection.NotFound.class);
        staff.draft(world.engagementOfficer, draft()).orElseThrow();
        assertThat(rejection(follow.follow(Followed.Kind.CONSULTATION, SLUG, "jo@example.org")))
                .as("a draft").isInstanceOf(Rejection.NotFound.class);
        assertThat(rejection(follow.follow(Followed.Kind.COMMUNITY, new Slug("atlantis"), "jo@example.org")))
                .isInstanceOf(Rejection.NotFound.class);
        assertThat(rejection(follow.follow(Followed.Kind.COMMUNITY, new Slug("kendal"), "not an address")))
                .isInstanceOf(Rejection.InvalidInput.class);
        assertThat(follow.follow(Followed.Kind.COMMUNITY, new Slug("kendal"), "jo@example.org").orElseThrow().title())
                .startsWith("Kendal");
    }

    @Test
    void a_follower_of_kendal_gets_one_digest_on_monday_morning_about_the_week_before() {
        follow(Followed.Kind.COMMUNITY, KENDAL, "jo@example.org");
        confirm("jo@example.org");
        world.moveTo(START.plus(Duration.ofHours(1)));
        publishedAbout("kendal", 3);
        publishedAbout("barrow-town", 6);
        ChangeSummary planned = world.app.recordChangeMade().plan(world.engagementOfficer, new ChangeDraft(
                "Later buses to Westmorland General", "The last bus now leaves at 21:00.", Optional.of(KENDAL),
                Optional.empty(), Set.of(), Set.of(), Optional.empty())).orElseThrow();
        world.moveTo(Instant.parse("2027-03-03T10:00:00Z"));
        world.app.recordChangeMade().advance(world.engagementOfficer, planned.change().id(),
                planned.change().version(), ChangeStatus.MADE, LocalDate.of(2027, 3, 3)).orElseThrow();
        meetingInKendal("Kendal priorities evening", LocalDateTime.of(2027, 3, 15, 18, 0));
        meetingInKendal("Kendal summer fair", LocalDateTime.of(2027, 4, 5, 18, 0));

        world.moveTo(NEXT_MONDAY_8AM.minusSeconds(1));
        assertThat(notices.digestDue()).as("before 08:00 on Monday").isZero();
        world.moveTo(NEXT_MONDAY_8AM);
        assertThat(notices.digestDue()).as("at 08:00 on Monday").isOne();
        assertThat(notices.digestDue()).as("again").isZero();
        world.moveTo(NEXT_MONDAY_8AM.plus(Duration.ofDays(3)));
        assertThat(notices.digestDue()).as("later that week").isZero();

        OutgoingMail digest = to("jo@example.org").getLast();
        assertThat(digest.subject()).isEqualTo("Weekly digest: Kendal Integrated Care Community");
        assertThat(digest.body())
                .contains("the week from Monday 1 March 2027 to Sunday 7 March 2027")
                .contains("Views published: fewer than 5")
                .contains("Answers to consultations: 0")
                .contains("- Later buses to Westmorland General")
                .contains("- Kendal priorities evening, 6:00pm on Monday 15 March 2027")
                .doesNotContain("summer fair")
                .contains("http://localhost:7070/communities/kendal")
                .contains(digest.unsubscribe().orElseThrow().toString());
        assertThat(digest.unsubscribe().orElseThrow().toString()).startsWith("http://localhost:7070/unsubscribe/");
    }

    @Test
    void a_week_with_nothing_new_sends_no_digest_and_its_news_is_not_sent_late() {
        follow(Followed.Kind.COMMUNITY, KENDAL, "jo@example.org");
        confirm("jo@example.org");
        world.moveTo(NEXT_MONDAY_8AM);
        assertThat(notices.digestDue()).as("a week with nothing new").isZero();
        world.moveTo(NEXT_MONDAY_8AM.plus(Duration.ofHours(2)));
        publishedAbout("kendal", 6);
        assertThat(notices.digestDue()).as("news of this week, the same week").isZero();

        world.moveTo(NEXT_MONDAY_8AM.plus(Duration.ofDays(7)));
        assertThat(notices.digestDue()).as("the Monday after").isOne();

        assertThat(to("jo@example.org")).extracting(OutgoingMail::subject).containsExactly(
                "Confirm you want emails about Kendal Integrated Care Community",
                "Weekly digest: Kendal Integrated Care Community");
        assertThat(to("jo@example.org").getLast().body()).contains("Views published: 6");
    }

    @Test
    void a_subscription_never_confirmed_or_ended_gets_no_digest() {
        follow(Followed.Kind.COMMUNITY, KENDAL, "ali@example.org");
        follow(Followed.Kind.COMMUNITY, KENDAL, "sam@example.org");
        confirm("sam@example.org");
        world.moveTo(START.plus(Duration.ofHours(1)));
        follow(Followed.Kind.COMMUNITY, KENDAL, "sam@example.org");
        String token = to("sam@example.org").getLast().unsubscribe().orElseThrow().getPath()
                .substring(FollowService.UNSUBSCRIBE_PATH.length());
        assertThat(follow.unsubscribe(token)).isInstanceOf(Outcome.Done.class);
        publishedAbout("kendal", 6);

        world.moveTo(NEXT_MONDAY_8AM);

        assertThat(notices.digestDue()).isZero();
        assertThat(to("ali@example.org")).extracting(OutgoingMail::subject)
                .containsExactly("Confirm you want emails about Kendal Integrated Care Community");
        assertThat(to("sam@example.org")).extracting(OutgoingMail::subject)
                .noneMatch(subject -> subject.startsWith("Weekly digest"));
    }

    private ConsultationId scheduled() {
        ConsultationSummary drafted = staff.draft(world.engagementOfficer, draft()).orElseThrow();
        staff.schedule(world.engagementOfficer, drafted.consultation().id(), drafted.consultation().version())
                .orElseThrow();
        return drafted.consultation().id();
    }

    /** Publishes {@code count} views about the community at {@code slug}, now. */
    private void publishedAbout(String slug, int count) {
        for (int i = 0; i < count; i++) {
            world.publish(world.submit(FeedbackWorld.aView().aboutCommunity(slug)).reference(),
                    "A view about " + slug + ", number " + i + ".");
        }
    }

    private void meetingInKendal(String title, LocalDateTime start) {
        world.app.scheduleMeetings().schedule(world.engagementOfficer, new MeetingDraft(Optional.of(KENDAL),
                Optional.empty(), title, "Tell us what should come first for Kendal.", start, start.plusHours(2),
                Optional.empty(), Optional.of(URI.create("https://meet.example.org/kendal")), 40)).orElseThrow();
    }

    private Following follow(Followed.Kind kind, Slug slug, String email) {
        return follow.follow(kind, slug, email).orElseThrow();
    }

    private void confirm(String email) {
        assertThat(follow.confirm(token(to(email).getLast())).orElseThrow().confirmed()).isTrue();
    }

    private static String token(OutgoingMail confirmation) {
        Matcher link = CONFIRM.matcher(confirmation.body());
        assertThat(link.find()).as(confirmation.body()).isTrue();
        return link.group(1);
    }

    private List<OutgoingMail> to(String email) {
        return world.app.feedback().outbox().all().stream().filter(mail -> mail.to().value().equals(email))
                .sorted(Comparator.comparing(OutgoingMail::createdAt)).toList();
    }

    private static Rejection rejection(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        return ((Outcome.Rejected<?>) outcome).rejection();
    }

    private static ConsultationDraft draft() {
        return new ConsultationDraft(SLUG, new ViewAbout(ViewAbout.Kind.WORKSTREAM, Optional.of(WORKSTREAM)),
                "Maternity care", "Where midwife-led births should take place across the Bay.", List.of(),
                "Where midwife-led births take place", MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY, TIMES,
                List.of(new Question(new QuestionId("support"), "Do you support the proposal?", Optional.empty(), true,
                        QuestionKind.Scale.agreement())));
    }
}
