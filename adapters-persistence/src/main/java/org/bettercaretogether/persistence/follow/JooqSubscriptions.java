package org.bettercaretogether.persistence.follow;

import org.bettercaretogether.application.follow.Subscriptions;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.follow.Followed;
import org.bettercaretogether.domain.follow.Notice;
import org.bettercaretogether.domain.follow.Subscription;
import org.bettercaretogether.domain.follow.SubscriptionId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.persistence.shared.DatabaseRefusal;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record9;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.bettercaretogether.persistence.jooq.Tables.CONSULTATION_NOTICE_SENT;
import static org.bettercaretogether.persistence.jooq.Tables.DIGEST_SENT;
import static org.bettercaretogether.persistence.jooq.Tables.SUBSCRIPTION;

/**
 * The subscriptions in the {@code subscription} table, the notices mailed in {@code consultation_notice_sent} and the
 * weekly digests in {@code digest_sent}.
 * Each method is one statement, joining the caller's transaction. Noting a notice or a digest is an
 * {@code INSERT ... ON CONFLICT DO NOTHING} on the notice's primary key: of two transactions noting the same one, the
 * second waits for the first and then inserts nothing, so it writes no mail. Rows become subscriptions in
 * {@link #subscription} only. A refused write names the constraint only, never the address (see
 * {@link DatabaseRefusal}).
 */
public final class JooqSubscriptions implements Subscriptions {

    private final DSLContext dsl;

    public JooqSubscriptions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Subscription subscription) {
        try {
            dsl.insertInto(SUBSCRIPTION)
                    .set(SUBSCRIPTION.ID, subscription.id().value())
                    .set(SUBSCRIPTION.EMAIL, subscription.email().value())
                    .set(SUBSCRIPTION.FOLLOWED_KIND, subscription.followed().kind().code())
                    .set(SUBSCRIPTION.FOLLOWED_ID, subscription.followed().id())
                    .set(SUBSCRIPTION.TITLE, subscription.title())
                    .set(SUBSCRIPTION.CONFIRM_TOKEN_HASH, subscription.confirmTokenHash())
                    .set(SUBSCRIPTION.UNSUBSCRIBE_TOKEN, subscription.unsubscribeToken())
                    .set(SUBSCRIPTION.ASKED_AT, time(subscription.askedAt()))
                    .set(SUBSCRIPTION.CONFIRMED_AT, subscription.confirmedAt().map(JooqSubscriptions::time).orElse(null))
                    .execute();
        } catch (DataAccessException refused) {
            throw DatabaseRefusal.of(refused).withoutValues("storing a subscription");
        }
    }

    @Override
    public Optional<Subscription> find(EmailAddress email, Followed followed) {
        return first(SUBSCRIPTION.EMAIL.eq(email.value()), SUBSCRIPTION.FOLLOWED_KIND.eq(followed.kind().code()),
                SUBSCRIPTION.FOLLOWED_ID.eq(followed.id()));
    }

    @Override
    public Optional<Subscription> findByConfirmTokenHash(String confirmTokenHash) {
        return first(SUBSCRIPTION.CONFIRM_TOKEN_HASH.eq(confirmTokenHash));
    }

    @Override
    public Optional<Subscription> findByUnsubscribeToken(String unsubscribeToken) {
        return first(SUBSCRIPTION.UNSUBSCRIBE_TOKEN.eq(unsubscribeToken));
    }

    @Override
    public boolean confirm(Subscription confirmed) {
        return dsl.update(SUBSCRIPTION)
                .set(SUBSCRIPTION.CONFIRMED_AT, time(confirmed.confirmedAt().orElseThrow()))
                .where(SUBSCRIPTION.ID.eq(confirmed.id().value()), SUBSCRIPTION.CONFIRMED_AT.isNull())
                .execute() == 1;
    }

    @Override
    public boolean remove(SubscriptionId id) {
        return dsl.deleteFrom(SUBSCRIPTION).where(SUBSCRIPTION.ID.eq(id.value())).execute() == 1;
    }

    @Override
    public int forget(EmailAddress email) {
        return dsl.deleteFrom(SUBSCRIPTION).where(SUBSCRIPTION.EMAIL.eq(email.value())).execute();
    }

    @Override
    public List<Subscription> of(EmailAddress email) {
        return where(SUBSCRIPTION.EMAIL.eq(email.value()));
    }

    /** {@inheritDoc} Read by the index of confirmed followers, the notices mailed left out by their key. */
    @Override
    public List<Subscription> awaiting(ConsultationId consultation, Notice notice, Collection<Followed> followed,
                                       Instant confirmedBy, int most) {
        Condition following = followed.stream()
                .map(one -> SUBSCRIPTION.FOLLOWED_KIND.eq(one.kind().code()).and(SUBSCRIPTION.FOLLOWED_ID.eq(one.id())))
                .reduce(DSL.falseCondition(), Condition::or);
        return selectSubscriptions()
                .where(following, SUBSCRIPTION.CONFIRMED_AT.le(time(confirmedBy)))
                .andNotExists(DSL.selectOne().from(CONSULTATION_NOTICE_SENT).where(
                        CONSULTATION_NOTICE_SENT.SUBSCRIPTION_ID.eq(SUBSCRIPTION.ID),
                        CONSULTATION_NOTICE_SENT.CONSULTATION_ID.eq(consultation.value()),
                        CONSULTATION_NOTICE_SENT.NOTICE.eq(notice.code())))
                .orderBy(SUBSCRIPTION.CONFIRMED_AT, SUBSCRIPTION.ID)
                .limit(most)
                .fetch(Records.mapping(JooqSubscriptions::subscription));
    }

    @Override
    public boolean noteMailed(SubscriptionId subscription, ConsultationId consultation, Notice notice, Instant at) {
        return dsl.insertInto(CONSULTATION_NOTICE_SENT)
                .set(CONSULTATION_NOTICE_SENT.SUBSCRIPTION_ID, subscription.value())
                .set(CONSULTATION_NOTICE_SENT.CONSULTATION_ID, consultation.value())
                .set(CONSULTATION_NOTICE_SENT.NOTICE, notice.code())
                .set(CONSULTATION_NOTICE_SENT.SENT_AT, time(at))
                .onConflictDoNothing()
                .execute() == 1;
    }

    /** {@inheritDoc} Read by the index of confirmed followers, the digests noted left out by their key. */
    @Override
    public List<Subscription> awaitingDigest(LocalDate week, Instant confirmedBy, int most) {
        return selectSubscriptions()
                .where(SUBSCRIPTION.FOLLOWED_KIND.in(Followed.Kind.COMMUNITY.code(), Followed.Kind.WORKSTREAM.code()),
                        SUBSCRIPTION.CONFIRMED_AT.le(time(confirmedBy)))
                .andNotExists(DSL.selectOne().from(DIGEST_SENT).where(
                        DIGEST_SENT.SUBSCRIPTION_ID.eq(SUBSCRIPTION.ID), DIGEST_SENT.WEEK.eq(week)))
                .orderBy(SUBSCRIPTION.CONFIRMED_AT, SUBSCRIPTION.ID)
                .limit(most)
                .fetch(Records.mapping(JooqSubscriptions::subscription));
    }

    @Override
    public boolean noteDigest(SubscriptionId subscription, LocalDate week, Instant at) {
        return dsl.insertInto(DIGEST_SENT)
                .set(DIGEST_SENT.SUBSCRIPTION_ID, subscription.value())
                .set(DIGEST_SENT.WEEK, week)
                .set(DIGEST_SENT.SENT_AT, time(at))
                .onConflictDoNothing()
                .execute() == 1;
    }

    private Optional<Subscription> first(Condition... conditions) {
        return where(conditions).stream().findFirst();
    }

    private List<Subscription> where(Condition... conditions) {
        return selectSubscriptions().where(conditions)
                .orderBy(SUBSCRIPTION.ASKED_AT, SUBSCRIPTION.ID)
                .fetch(Records.mapping(JooqSubscriptions::subscription));
    }

    private SelectJoinStep<Record9<UUID, String, String, UUID, String, String, String, OffsetDateTime,
            OffsetDateTime>> selectSubscriptions() {
        return dsl.select(SUBSCRIPTION.ID, SUBSCRIPTION.EMAIL, SUBSCRIPTION.FOLLOWED_KIND, SUBSCRIPTION.FOLLOWED_ID,
                        SUBSCRIPTION.TITLE, SUBSCRIPTION.CONFIRM_TOKEN_HASH, SUBSCRIPTION.UNSUBSCRIBE_TOKEN,
                        SUBSCRIPTION.ASKED_AT, SUBSCRIPTION.CONFIRMED_AT)
                .from(SUBSCRIPTION);
    }

    // Rows to subscriptions -------------------------------------------------------------------------------------

    private static Subscription subscription(UUID id, String email, String kind, UUID followedId, String title,
                                             String confirmTokenHash, String unsubscribeToken, OffsetDateTime askedAt,
                                             OffsetDateTime confirmedAt) {
        return new Subscription(new SubscriptionId(id), new EmailAddress(email),
                new Followed(Followed.Kind.ofCode(kind), followedId), title, confirmTokenHash, unsubscribeToken,
                askedAt.toInstant(), Optional.ofNullable(confirmedAt).map(OffsetDateTime::toInstant));
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
