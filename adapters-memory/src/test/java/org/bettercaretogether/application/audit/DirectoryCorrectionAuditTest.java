package org.bettercaretogether.application.audit;

import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.staff.NewStaffMember;
import org.bettercaretogether.memory.InMemoryApplication;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;
import org.junit.jupiter.api.Test;

import java.util.HashSet;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryCorrectionAuditTest {

    private final InMemoryApplication app = InMemoryApplication.withReferenceData();
    private final Actor admin = Actor.of(app.createAdministrator().create(new EmailAddress("a@example.nhs.uk"), "Ada",
            MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY).orElseThrow().member());

    @Test
    void a_correction_records_who_changed_which_field_from_what_to_what() {
        IntegratedCareCommunity kendal = kendal();

        app.correctDirectory().reviseCommunity(admin, renamed(kendal, "Kendal and Staveley")).orElseThrow();

        var entry = app.readAuditLog().read(admin, Optional.empty(), 1).orElseThrow().entries().getFirst();
        assertThat(entry.action()).isEqualTo("community.revised");
        assertThat(entry.recordId()).isEqualTo(kendal.id().toString());
        assertThat(entry.actor()).contains(admin.id());
        assertThat(entry.changes()).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("name");
            assertThat(change.before()).contains("Kendal");
            assertThat(change.after()).contains("Kendal and Staveley");
        });
    }

    @Test
    void only_administrators_correct_the_directory_and_a_refusal_changes_and_records_nothing() {
        Actor moderator = Actor.of(app.manageStaff().create(admin, new NewStaffMember(new EmailAddress("m@example.nhs.uk"),
                "Mo", MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY, Set.of(Role.MODERATOR))).orElseThrow().member());
        int entriesBefore = app.readAuditLog().read(admin, Optional.empty(), 200).orElseThrow().entries().size();

        Outcome<IntegratedCareCommunity> refused = app.correctDirectory().reviseCommunity(moderator, renamed(kendal(), "X"));

        assertThat(refused).isInstanceOfSatisfying(Outcome.Rejected.class,
                r -> assertThat(r.rejection()).isInstanceOf(Rejection.Forbidden.class));
        assertThat(kendal().name()).isEqualTo("Kendal");
        assertThat(app.readAuditLog().read(admin, Optional.empty(), 200).orElseThrow().entries())
                .hasSize(entriesBefore);
    }

    @Test
    void the_log_reads_newest_first_a_page_at_a_time_without_repeats() {
        for (int i = 0; i < 7; i++) {
            IntegratedCareCommunity current = kendal();
            app.correctDirectory().reviseCommunity(admin, renamed(current, "Kendal " + i)).orElseThrow();
        }
        Set<java.util.UUID> seen = new HashSet<>();
        Optional<String> cursor = Optional.empty();
        int pages = 0;
        do {
            AuditPage page = app.readAuditLog().read(admin, cursor, 3).orElseThrow();
            page.entries().forEach(entry -> assertThat(seen.add(entry.id())).as("entry seen once").isTrue());
            cursor = page.next();
            pages++;
        } while (cursor.isPresent());
        assertThat(seen).hasSizeGreaterThanOrEqualTo(8);
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    @Test
    void the_log_is_for_administrators_and_a_made_up_cursor_is_invalid_input() {
        Actor responder = Actor.of(app.manageStaff().create(admin, new NewStaffMember(new EmailAddress("r@example.nhs.uk"),
                "Rae", MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY, Set.of(Role.RESPONDER))).orElseThrow().member());

        assertThat(app.readAuditLog().read(responder, Optional.empty(), 10)).isInstanceOf(Outcome.Rejected.class);
        assertThat(app.readAuditLog().read(admin, Optional.of("not-a-cursor"), 10))
                .isInstanceOfSatisfying(Outcome.Rejected.class,
                        r -> assertThat(r.rejection()).isInstanceOf(Rejection.InvalidInput.class));
    }

    private IntegratedCareCommunity kendal() {
        return app.browseDirectory().community(new Slug("kendal")).orElseThrow().community();
    }

    private static IntegratedCareCommunity renamed(IntegratedCareCommunity community, String name) {
        return new IntegratedCareCommunity(community.id(), community.slug(), name, community.network(),
                community.coverage(), community.population(), community.stage(), community.version());
    }
}
