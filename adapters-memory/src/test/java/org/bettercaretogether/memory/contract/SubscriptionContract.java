package org.bettercaretogether.memory.contract;

import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.consultation.Consultations;
import org.bettercaretogether.application.follow.Subscriptions;
import org.bettercaretogether.application.privacy.ExpiredRecords;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.follow.Followed;
import org.bettercaretogether.domain.follow.Notice;
import org.bettercaretogether.domain.follow.Subscription;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Subscriptions}: a subscription read back by its address, its confirmation hash and its unsubscribe token;
 * confirmed once; awaiting a notice, or a week's digest, until it is noted, which is refused the second time; ended
 * with its notices; and, never confirmed, removed past its time ({@link ExpiredRecords}).
 */
public abstract class SubscriptionContract extends PortContract {

    private static final EmailAddress JO = new EmailAddress("jo@example.org");

    private Subscriptions subscriptions;
    private CommunityId kendal;
    private ConsultationId consultation;

    @BeforeEach
    void aConsultationAboutKendal() {
        loadReferenceData();
        subscriptions = port(Subscriptions.class);
        kendal = transactions().inTransaction(() -> port(Communities.class).findBySlug(new Slug("kendal")))
                .orElseThrow().id();
        Consultation stored = Consultation.draft(ConsultationId.random(), new Slug("maternity"),
                new Subject.AboutCommunity(kendal), "Maternity care in Kendal", "Where should babies be born?",
                List.of(), "Where midwife-led births take place", MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY,
                new OpeningTimes(MONDAY, MONDAY.plus(Duration.ofDays(30))),
                List.of(new Question(new QuestionId("support"), "Do you support it?", Optional.empty(), true,
                        QuestionKind.Scale.agreement())));
        consultation = transactions().inTransaction(() -> port(Consultations.class).add(stored)).id();
    }

    @Test
    void a_subscription_is_read_back_whole_by_its_address_its_confirmation_and_its_unsubscribe_token() {
        Subscription asked = asked(JO, Followed.community(kendal), MONDAY);
        transactions().inTransaction(() -> {
            subscriptions.add(asked);
            return null;
        });

        assertThat(subscriptions.find(JO, Followed.community(kendal))).contains(asked);
        assertThat(subscriptions.findByConfirmTokenHash(asked.confirmTokenHash())).contains(asked);
        assertThat(subscriptions.findByUnsubscribeToken(asked.unsubscribeToken())).contains(asked);
        assertThat(subscriptions.of(JO)).containsExactly(asked);
        assertThat(subscriptions.find(JO, Followed.consultation(consultation))).isEmpty();
        assertThat(subscriptions.findByUnsubscribeToken("bctu_" + "x".repeat(43))).isEmpty();
    }

    @Test
    void a_subscription_is_confirmed_once() {
        Subscription asked = asked(JO, Followed.community(kendal), MONDAY);
        Subscription confirmed = asked.confirm(MONDAY.plusSeconds(60));

        boolean first = transactions().inTransaction(() -> {
            subscriptions.add(asked);
            return subscriptions.confirm(confirmed);
        });
        boolean again = transactions().inTransaction(() -> subscriptions.confirm(confirmed));

        assertThat(List.of(first, again)).containsExactly(true, false);
        assertThat(subscriptions.find(JO, Followed.community(kendal))).contains(confirmed);
    }

    @Test
    void a_confirmed_follower_awaits_a_notice_until_it_is_noted_and_it_is_noted_once() {
        Subscription follower = confirmed(JO, Followed.community(kendal), MONDAY);
        Subscription pending = asked(new EmailAddress("sam@example.org"), Followed.community(kendal), MONDAY);
        Subscription later = confirmed(new EmailAddress("ali@example.org"), Followed.community(kendal),
                MONDAY.plusSeconds(3600));
        Subscription elsewhere = confirmed(new EmailAddress("kim@example.org"), Followed.consultation(
                ConsultationId.random()), MONDAY);
        transactions().inTransaction(() -> {
            List.of(follower, pending, later, elsewhere).forEach(subscriptions::add);
            return null;
        });
        List<Followed> followed = List.of(Followed.community(kendal), Followed.consultation(consultation));

        List<Subscription> awaiting = subscriptions.awaiting(consultation, Notice.OPENED, followed,
                MONDAY.plusSeconds(60), 10);
        boolean noted = transactions().inTransaction(() -> subscriptions.noteMailed(follower.id(), consultation,
                Notice.OPENED, MONDAY.plusSeconds(60)));
        boolean notedAgain = transactions().inTransaction(() -> subscriptions.noteMailed(follower.id(), consultation,
                Notice.OPENED, MONDAY.plusSeconds(61)));

        assertThat(awaiting).containsExactly(follower);
        assertThat(List.of(noted, notedAgain)).containsExactly(true, false);
        assertThat(subscriptions.awaiting(consultation, Notice.OPENED, followed, MONDAY.plusSeconds(60), 10))
                .isEmpty();
        assertThat(subscriptions.awaiting(consultation, Notice.CLOSING_SOON, followed, MONDAY.plusSeconds(7200), 10))
                .as("another notice").containsExactly(follower, later);
    }

    @Test
    void a_confirmed_follower_of_a_community_or_a_workstream_awaits_the_digest_of_a_week_until_it_is_noted_once() {
        Subscription ofKendal = confirmed(JO, Followed.community(kendal), MONDAY);
        Subscription ofWorkstream = confirmed(new EmailAddress("sam@example.org"), Followed.workstream(
                transactions().inTransaction(() -> port(Workstreams.class).all()).getFirst().id()),
                MONDAY.plusSeconds(60));
        Subscription pending = asked(new EmailAddress("ali@example.org"), Followed.community(kendal), MONDAY);
        Subscription ofConsultation = confirmed(new EmailAddress("kim@example.org"),
                Followed.consultation(consultation), MONDAY);
        Subscription later = confirmed(new EmailAddress("lee@example.org"), Followed.community(kendal),
                MONDAY.plusSeconds(7200));
        transactions().inTransaction(() -> {
            List.of(ofKendal, ofWorkstream, pending, ofConsultation, later).forEach(subscriptions::add);
            return null;
        });
        LocalDate week = LocalDate.of(2026, 3, 2);

        List<Subscription> awaiting = subscriptions.awaitingDigest(week, MONDAY.plusSeconds(3600), 10);
        boolean noted = transactions().inTransaction(() -> subscriptions.noteDigest(ofKendal.id(), week, MONDAY));
        boolean notedAgain = transactions().inTransaction(() -> subscriptions.noteDigest(ofKendal.id(), week,
                MONDAY.plusSeconds(1)));

        assertThat(awaiting).containsExactly(ofKendal, ofWorkstream);
        assertThat(List.of(noted, notedAgain)).containsExactly(true, false);
        assertThat(subscriptions.awaitingDigest(week, MONDAY.plusSeconds(3600), 10)).containsExactly(ofWorkstream);
        assertThat(subscriptions.awaitingDigest(week.plusWeeks(1), MONDAY.plusSeconds(3600), 1))
                .as("the next week, one at most").containsExactly(ofKendal);
    }

    @Test
    void an_ended_subscription_goes_with_its_notices_and_erasure_ends_every_one_of_an_address() {
        Subscription follower = confirmed(JO, Followed.community(kendal), MONDAY);
        Subscription other = confirmed(JO, Followed.consultation(consultation), MONDAY);
        transactions().inTransaction(() -> {
            subscriptions.add(follower);
            subscriptions.add(other);
            return subscriptions.noteMailed(follower.id(), consultation, Notice.OPENED, MONDAY);
        });

        boolean removed = transactions().inTransaction(() -> subscriptions.remove(follower.id()));
        boolean removedAgain = transactions().inTransaction(() -> subscriptions.remove(follower.id()));
        int forgotten = transactions().inTransaction(() -> subscriptions.forget(JO));

        assertThat(List.of(removed, removedAgain)).containsExactly(true, false);
        assertThat(forgotten).isOne();
        assertThat(subscriptions.of(JO)).isEmpty();
    }

    @Test
    void a_subscription_never_confirmed_is_removed_past_its_time_and_a_confirmed_one_is_kept() {
        Subscription old = asked(JO, Followed.community(kendal), MONDAY);
        Subscription recent = asked(new EmailAddress("sam@example.org"), Followed.community(kendal),
                MONDAY.plus(Duration.ofDays(2)));
        Subscription kept = confirmed(new EmailAddress("ali@example.org"), Followed.community(kendal), MONDAY);
        transactions().inTransaction(() -> {
            List.of(old, recent, kept).forEach(subscriptions::add);
            return null;
        });

        int removed = transactions().inTransaction(() -> port(ExpiredRecords.class)
                .removeUnconfirmedSubscriptionsAskedBefore(MONDAY.plus(Duration.ofDays(1)), 10));

        assertThat(removed).isOne();
        assertThat(subscriptions.of(JO)).isEmpty();
        assertThat(subscriptions.of(new EmailAddress("sam@example.org"))).containsExactly(recent);
        assertThat(subscriptions.of(new EmailAddress("ali@example.org"))).containsExactly(kept);
    }

    private static Subscription asked(EmailAddress email, Followed followed, Instant at) {
        return Subscription.asked(email, followed, "Kendal Integrated Care Community",
                UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", ""),
                "bctu_" + UUID.randomUUID(), at);
    }

    private static Subscription confirmed(EmailAddress email, Followed followed, Instant at) {
        return asked(email, followed, at.minusSeconds(30)).confirm(at);
    }
}
