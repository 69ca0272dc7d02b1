package org.bettercaretogether.application.privacy;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.mail.SentMailCopies;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.application.shared.OneRunAtATime;
import org.bettercaretogether.application.shared.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Removes what has been kept as long as {@link RetentionSettings} says, in runs of one transaction each: a run first
 * claims the work ({@link OneRunAtATime}), so that of several instances on one store only one removes anything at a
 * time, then removes at most a batch of each kind and records in the audit log how many of each it removed (nothing
 * when it removed nothing). While a kind fills its batch, another run follows at once.
 */
public final class RetentionService implements ApplyRetention {

    /** The name by which every instance claims the work. */
    public static final String WORK = "retention";
    /** The most records of each kind one run removes, so that no run holds its transaction for long. */
    public static final int BATCH = 1_000;

    private final Transactions transactions;
    private final OneRunAtATime runs;
    private final ExpiredRecords expired;
    private final SentMailCopies mailDrop;
    private final AuditTrail audit;
    private final RetentionSettings settings;
    private final SecuritySettings security;
    private final Clock clock;
    private final int batch;

    @Inject
    public RetentionService(Transactions transactions, OneRunAtATime runs, ExpiredRecords expired,
                            SentMailCopies mailDrop, AuditTrail audit, RetentionSettings settings,
                            SecuritySettings security, Clock clock) {
        this(transactions, runs, expired, mailDrop, audit, settings, security, clock, BATCH);
    }

    /** Removing at most {@code batch} records of each kind a run: for a test of several runs in a row. */
    public RetentionService(Transactions transactions, OneRunAtATime runs, ExpiredRecords expired,
                            SentMailCopies mailDrop, AuditTrail audit, RetentionSettings settings,
                            SecuritySettings security, Clock clock, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("a run must remove at least one record of a kind");
        }
        this.transactions = transactions;
        this.runs = runs;
        this.expired = expired;
        this.mailDrop = mailDrop;
        this.audit = audit;
        this.settings = settings;
        this.security = security;
        this.clock = clock;
        this.batch = batch;
    }

    @Override
    public RetentionRun applyAll() {
        RetentionRun last = applyOnce();
        RetentionRun all = last;
        while (last.ran() && last.filled(batch)) {
            last = applyOnce();
            all = all.plus(last);
        }
        return all;
    }

    private RetentionRun applyOnce() {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            if (!runs.claim(WORK)) {
                return RetentionRun.leftToAnother();
            }
            RetentionRun run = new RetentionRun(true,
                    expired.forgetContactOfViewsClosedBefore(now.minus(settings.viewContactDetails()), now, batch),
                    expired.removeRegistrationsOfMeetingsEndedBefore(now.minus(settings.registrations()), batch),
                    expired.removeMailGivenUpBefore(now.minus(settings.undeliveredMail()), batch),
                    mailDrop.forgetWrittenBefore(now.minus(settings.mailDropFiles()), batch),
                    expired.removeAnswersForRetriesGivenBefore(now.minus(settings.answersForRetries()), batch),
                    expired.removeSessionsEndedBy(now, security.sessionIdleTimeout(), batch),
                    expired.removeApiTokensEndedBefore(now.minus(settings.endedApiTokens()), batch),
                    expired.removeAnswersInProgressExpiredBy(now, batch),
                    expired.removeUnconfirmedSubscriptionsAskedBefore(now.minus(settings.unconfirmedSubscriptions()),
                            batch));
            if (run.total() > 0) {
                audit.record(Optional.empty(), "retention.applied", "retention", now.toString(), run.counts());
            }
            return run;
        });
    }
}
