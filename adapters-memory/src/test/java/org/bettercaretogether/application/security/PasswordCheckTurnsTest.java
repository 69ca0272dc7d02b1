package org.bettercaretogether.application.security;

import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.staff.AccountWithPassword;
import org.bettercaretogether.memory.InMemoryApplication;
import org.bettercaretogether.memory.InMemorySecurity;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordCheckTurnsTest {

    @Test
    void a_check_beyond_the_turns_waits_then_is_turned_away_and_runs_once_a_turn_is_free() throws Exception {
        PasswordCheckTurns turns = new PasswordCheckTurns(1, Duration.ofMillis(100));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Optional<String>> first = CompletableFuture.supplyAsync(() -> turns.inTurn(() -> {
            holding.countDown();
            await(release);
            return "first";
        }));
        assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(turns.inTurn(() -> "second")).isEmpty();

        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).contains("first");
        assertThat(turns.inTurn(() -> "third")).contains("third");
    }

    @Test
    void a_sign_in_that_gets_no_turn_is_told_to_come_back_and_signs_in_once_a_turn_is_free() throws Exception {
        MovableClock clock = MovableClock.startingNow();
        InMemoryApplication app = new InMemoryApplication(clock);
        app.loadReferenceData().load();
        AccountWithPassword admin = app.createAdministrator().create(new EmailAddress("admin@example.nhs.uk"),
                "Ada Admin", MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY).orElseThrow();
        PasswordCheckTurns turns = new PasswordCheckTurns(1, Duration.ofMillis(100));
        InMemorySecurity security = app.security();
        StaffSessionService signIn = new StaffSessionService(app.adapters().transactions(), security.staffMembers(),
                security.sessions(), security.apiTokens(), security.secondFactors(), security.passwordHasher(), security.rateLimits(),
                new AuditTrail(security.auditLog(), clock), security.securityEvents(), app.settings(), clock, turns);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Optional<Boolean>> busy = CompletableFuture.supplyAsync(() -> turns.inTurn(() -> {
            holding.countDown();
            await(release);
            return true;
        }));
        assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();

        var refused = signIn.signIn("admin@example.nhs.uk", admin.oneTimePassword(), "10.0.0.9");

        assertThat(refused).isInstanceOfSatisfying(Outcome.Rejected.class, rejected -> assertThat(rejected.rejection())
                .isEqualTo(new Rejection.Throttled(PasswordCheckTurns.LONGEST_WAIT)));
        release.countDown();
        busy.get(5, TimeUnit.SECONDS);
        assertThat(signIn.signIn("admin@example.nhs.uk", admin.oneTimePassword(), "10.0.0.9"))
                .isInstanceOf(Outcome.Done.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
