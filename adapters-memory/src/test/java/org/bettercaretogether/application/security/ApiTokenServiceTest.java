package org.bettercaretogether.application.security;

import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.staff.ApiToken;
import org.bettercaretogether.application.staff.NewStaffMember;
import org.bettercaretogether.memory.InMemoryApplication;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.application.security.StaffSignInTest.rejection;

class ApiTokenServiceTest {

    private final MovableClock clock = MovableClock.startingNow();
    private final InMemoryApplication app = new InMemoryApplication(clock);
    private final Actor admin;
    private final Actor responder;

    ApiTokenServiceTest() {
        app.loadReferenceData().load();
        admin = Actor.of(app.createAdministrator().create(new EmailAddress("admin@example.nhs.uk"), "Ada",
                MorecambeBay.CLINICAL_COMMISSIONING_GROUP).orElseThrow().member());
        responder = Actor.of(app.manageStaff().create(admin, new NewStaffMember(new EmailAddress("r@example.nhs.uk"),
                "Rae", MorecambeBay.NORTH_WEST_AMBULANCE_SERVICE, Set.of(Role.RESPONDER))).orElseThrow().member());
    }

    @Test
    void an_issued_token_identifies_its_owner_until_revoked() {
        IssuedToken issued = app.manageApiTokens().issue(responder, "reporting", Optional.empty()).orElseThrow();

        assertThat(issued.token()).startsWith("bct_");
        assertThat(app.authenticate().apiToken(issued.token())).map(Actor::id).contains(responder.id());

        app.manageApiTokens().revoke(responder, issued.details().id()).orElseThrow();

        assertThat(app.authenticate().apiToken(issued.token())).isEmpty();
    }

    @Test
    void the_use_of_a_token_is_in_the_audit_log_once_an_hour_not_at_every_request() {
        IssuedToken issued = app.manageApiTokens().issue(responder, "script", Optional.empty()).orElseThrow();

        for (int i = 0; i < 5; i++) {
            assertThat(app.authenticate().apiToken(issued.token())).isPresent();
            clock.advance(Duration.ofMinutes(10));
        }
        assertThat(usesAudited(issued)).isEqualTo(1);
        clock.advance(Duration.ofMinutes(15));
        app.authenticate().apiToken(issued.token());

        assertThat(usesAudited(issued)).isEqualTo(2);
    }

    @Test
    void a_token_stops_working_when_it_expires() {
        IssuedToken issued = app.manageApiTokens().issue(responder, "short", Optional.of(Duration.ofDays(1)))
                .orElseThrow();

        clock.advance(Duration.ofDays(1));

        assertThat(app.authenticate().apiToken(issued.token())).isEmpty();
    }

    @Test
    void only_a_hash_of_the_token_is_stored_and_the_list_shows_no_token() {
        IssuedToken issued = app.manageApiTokens().issue(responder, "reporting", Optional.empty()).orElseThrow();

        assertThat(app.security().storedTokens()).extracting(ApiToken::tokenHash)
                .containsExactly(Secrets.sha256(issued.token()));
        assertThat(app.manageApiTokens().mine(responder)).singleElement()
                .satisfies(token -> assertThat(token.toString()).doesNotContain(issued.token()));
    }

    @Test
    void nobody_else_can_revoke_a_token() {
        IssuedToken issued = app.manageApiTokens().issue(responder, "reporting", Optional.empty()).orElseThrow();

        assertThat(rejection(app.manageApiTokens().revoke(admin, issued.details().id())))
                .isInstanceOf(Rejection.NotFound.class);
        assertThat(app.authenticate().apiToken(issued.token())).isPresent();
    }

    @Test
    void a_lifetime_beyond_the_maximum_or_a_blank_label_is_refused() {
        assertThat(rejection(app.manageApiTokens().issue(responder, "x", Optional.of(Duration.ofDays(366)))))
                .isInstanceOf(Rejection.InvalidInput.class);
        assertThat(rejection(app.manageApiTokens().issue(responder, "  ", Optional.empty())))
                .isInstanceOf(Rejection.InvalidInput.class);
    }

    private long usesAudited(IssuedToken issued) {
        return app.security().auditEntries().stream().filter(entry -> entry.action().equals("api-token.used")
                && entry.recordId().equals(issued.details().id().toString())).count();
    }
}
