package org.bettercaretogether.application.priority;

import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.memory.testing.CommunityLifeWorld;
import org.bettercaretogether.domain.audit.AuditEntry;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.priority.LocalPriority;
import org.bettercaretogether.domain.priority.PriorityEvent;
import org.bettercaretogether.domain.priority.PriorityId;
import org.bettercaretogether.domain.priority.PriorityStatus;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.memory.testing.CommunityLifeWorld.invalidFields;
import static org.bettercaretogether.memory.testing.CommunityLifeWorld.rejection;
import static org.bettercaretogether.memory.testing.CommunityLifeWorld.slug;

class ManagePrioritiesTest {

    private final CommunityLifeWorld world = new CommunityLifeWorld();
    private final ManagePriorities manage = world.app.managePriorities();
    private final ReadPriorities read = world.app.readPriorities();

    static PriorityDraft draft(String title) {
        return draft(title, Optional.empty(), MorecambeBay.CUMBRIA_PARTNERSHIP);
    }

    static PriorityDraft draft(String title, Optional<ThemeId> theme, PartnerId owner) {
        return new PriorityDraft(title, "What " + title.toLowerCase() + " means for Kendal.",
                Set.of(TripleAimDimension.POPULATION_HEALTH), "People told us it matters.", theme, owner);
    }

    private LocalPriority addToKendal(String title) {
        return manage.add(world.officer, slug("kendal"), draft(title)).orElseThrow().priority();
    }

    private List<LocalPriority> kendal() {
        return read.ofCommunity(slug("kendal")).orElseThrow().stream().map(PriorityDetails::priority).toList();
    }

    @Test
    void priorities_added_to_a_community_are_ranked_in_the_order_added_and_start_proposed_today() {
        addToKendal("Falls");
        addToKendal("Loneliness");
        addToKendal("Carers");

        assertThat(kendal()).extracting(LocalPriority::title).containsExactly("Falls", "Loneliness", "Carers");
        assertThat(kendal()).extracting(LocalPriority::rank).containsExactly(1, 2, 3);
        assertThat(kendal()).allSatisfy(priority -> {
            assertThat(priority.status()).isEqualTo(PriorityStatus.PROPOSED);
            assertThat(priority.statusSince()).isEqualTo(world.today());
            assertThat(priority.version()).isEqualTo(1);
        });
        assertThat(read.ofCommunity(slug("lakes")).orElseThrow()).isEmpty();
    }

    @Test
    void a_priority_is_read_with_its_owners_name() {
        addToKendal("Falls");

        PriorityDetails view = read.ofCommunity(slug("kendal")).orElseThrow().getFirst();
        assertThat(view.ownerName()).isEqualTo(
                world.app.browseDirectory().partner(MorecambeBay.CUMBRIA_PARTNERSHIP).orElseThrow().name());
        assertThat(view.themeName()).isEmpty();
    }

    @Test
    void ranking_the_third_first_moves_the_others_down_and_is_audited() {
        addToKendal("Falls");
        addToKendal("Loneliness");
        LocalPriority carers = addToKendal("Carers");

        List<PriorityDetails> ranked = manage.rank(world.officer, carers.id(), carers.version(), 1).orElseThrow();

        assertThat(ranked).extracting(view -> view.priority().title()).containsExactly("Carers", "Falls", "Loneliness");
        assertThat(ranked).extracting(view -> view.priority().rank()).containsExactly(1, 2, 3);
        assertThat(kendal()).extracting(LocalPriority::title).containsExactly("Carers", "Falls", "Loneliness");
        assertThat(kendal().get(1).history().getLast()).satisfies(event -> {
            assertThat(event.kind()).isEqualTo(PriorityEvent.Kind.RANKED);
            assertThat(event.detail()).isEqualTo("Rank 1 to 2");
        });
        List<AuditEntry> audited = world.audited("priority.ranked");
        assertThat(audited).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).contains(world.officer.id());
            assertThat(entry.recordId()).isEqualTo(carers.id().toString());
            assertThat(entry.changes()).containsExactly(new FieldChange("rank", Optional.of("3"), Optional.of("1")));
        });
    }

    @Test
    void ranking_only_changes_the_priorities_whose_rank_changed() {
        LocalPriority falls = addToKendal("Falls");
        LocalPriority loneliness = addToKendal("Loneliness");
        LocalPriority carers = addToKendal("Carers");

        manage.rank(world.officer, loneliness.id(), loneliness.version(), 3).orElseThrow();

        assertThat(kendal()).extracting(LocalPriority::title).containsExactly("Falls", "Carers", "Loneliness");
        assertThat(kendal().get(0).version()).isEqualTo(falls.version());
        assertThat(kendal().get(1).version()).isEqualTo(carers.version() + 1);
    }

    @Test
    void a_rank_outside_the_list_is_refused() {
        addToKendal("Falls");
        LocalPriority loneliness = addToKendal("Loneliness");

        assertThat(invalidFields(manage.rank(world.officer, loneliness.id(), loneliness.version(), 3)))
                .containsExactly("rank");
        assertThat(invalidFields(manage.rank(world.officer, loneliness.id(), loneliness.version(), 0)))
                .containsExactly("rank");
        assertThat(kendal()).extracting(LocalPriority::title).containsExactly("Falls", "Loneliness");
    }

    @Test
    void ranking_from_a_stale_version_is_a_conflict() {
        addToKendal("Falls");
        LocalPriority loneliness = addToKendal("Loneliness");
        manage.moveTo(world.officer, loneliness.id(), loneliness.version(), PriorityStatus.AGREED, world.today())
                .orElseThrow();

        assertThat(rejection(manage.rank(world.officer, loneliness.id(), loneliness.version(), 1)))
                .isInstanceOf(Rejection.Conflict.class);
        assertThat(kendal()).extracting(LocalPriority::title).containsExactly("Falls", "Loneliness");
    }

    @Test
    void a_status_is_moved_on_the_day_given_and_audited() {
        LocalPriority falls = addToKendal("Falls");
        world.advance(java.time.Duration.ofDays(10));

        PriorityDetails agreed = manage.moveTo(world.officer, falls.id(), falls.version(), PriorityStatus.AGREED,
                world.today().minusDays(3)).orElseThrow();

        assertThat(agreed.priority().status()).isEqualTo(PriorityStatus.AGREED);
        assertThat(agreed.priority().statusSince()).isEqualTo(world.today().minusDays(3));
        assertThat(agreed.priority().version()).isEqualTo(2);
        assertThat(world.audited("priority.status-changed")).singleElement().satisfies(entry -> assertThat(
                entry.changes()).containsExactly(new FieldChange("status", Optional.of("PROPOSED"), Optional.of("AGREED"))));
    }

    @Test
    void a_status_dated_in_the_future_is_refused() {
        LocalPriority falls = addToKendal("Falls");

        assertThat(invalidFields(manage.moveTo(world.officer, falls.id(), falls.version(), PriorityStatus.AGREED,
                world.today().plusDays(1)))).containsExactly("statusOn");
        assertThat(kendal().getFirst().status()).isEqualTo(PriorityStatus.PROPOSED);
    }

    @Test
    void a_status_dated_before_the_current_one_is_refused() {
        LocalPriority falls = addToKendal("Falls");

        assertThat(invalidFields(manage.moveTo(world.officer, falls.id(), falls.version(), PriorityStatus.AGREED,
                world.today().minusDays(1)))).containsExactly("statusOn");
    }

    @Test
    void moving_to_the_status_it_has_is_a_conflict() {
        LocalPriority falls = addToKendal("Falls");

        assertThat(rejection(manage.moveTo(world.officer, falls.id(), falls.version(), PriorityStatus.PROPOSED,
                world.today()))).isInstanceOf(Rejection.Conflict.class);
    }

    @Test
    void a_change_from_a_stale_version_is_a_conflict() {
        LocalPriority falls = addToKendal("Falls");
        manage.moveTo(world.officer, falls.id(), falls.version(), PriorityStatus.AGREED, world.today()).orElseThrow();

        Outcome<PriorityDetails> stale = manage.moveTo(world.officer, falls.id(), falls.version(),
                PriorityStatus.IN_PROGRESS, world.today());

        assertThat(rejection(stale)).isInstanceOf(Rejection.Conflict.class);
        assertThat(kendal().getFirst().status()).isEqualTo(PriorityStatus.AGREED);
    }

    @Test
    void only_engagement_officers_and_administrators_keep_priorities() {
        LocalPriority falls = addToKendal("Falls");

        assertThat(rejection(manage.add(world.moderator, slug("kendal"), draft("Loneliness"))))
                .isInstanceOf(Rejection.Forbidden.class);
        assertThat(rejection(manage.moveTo(world.moderator, falls.id(), falls.version(), PriorityStatus.AGREED,
                world.today()))).isInstanceOf(Rejection.Forbidden.class);
        assertThat(rejection(manage.rank(world.moderator, falls.id(), falls.version(), 1)))
                .isInstanceOf(Rejection.Forbidden.class);
        assertThat(rejection(manage.revise(world.moderator, falls.id(), falls.version(), draft("Falls at home"))))
                .isInstanceOf(Rejection.Forbidden.class);
        assertThat(manage.add(world.admin, slug("kendal"), draft("Loneliness"))).isInstanceOf(Outcome.Done.class);
        assertThat(kendal()).extracting(LocalPriority::title).containsExactly("Falls", "Loneliness");
    }

    @Test
    void the_owner_is_a_partner_and_the_theme_one_of_the_list() {
        assertThat(invalidFields(manage.add(world.officer, slug("kendal"),
                draft("Falls", Optional.empty(), PartnerId.random())))).containsExactly("owner");
        assertThat(invalidFields(manage.add(world.officer, slug("kendal"),
                draft("Falls", Optional.of(ThemeId.random()), MorecambeBay.CUMBRIA_PARTNERSHIP)))).containsExactly("theme");
        assertThat(kendal()).isEmpty();
    }

    @Test
    void a_revision_changes_the_wording_and_keeps_the_rank() {
        addToKendal("Falls");
        LocalPriority loneliness = addToKendal("Loneliness");

        PriorityDetails revised = manage.revise(world.officer, loneliness.id(), loneliness.version(),
                draft("Loneliness and isolation")).orElseThrow();

        assertThat(revised.priority().title()).isEqualTo("Loneliness and isolation");
        assertThat(revised.priority().rank()).isEqualTo(2);
        assertThat(revised.priority().history()).extracting(PriorityEvent::kind)
                .containsExactly(PriorityEvent.Kind.ADDED, PriorityEvent.Kind.REVISED);
    }

    @Test
    void unknown_communities_and_priorities_are_not_found() {
        assertThat(rejection(manage.add(world.officer, slug("atlantis"), draft("Falls"))))
                .isInstanceOf(Rejection.NotFound.class);
        assertThat(rejection(manage.moveTo(world.officer, PriorityId.random(), 1, PriorityStatus.AGREED, world.today())))
                .isInstanceOf(Rejection.NotFound.class);
        assertThat(rejection(manage.rank(world.officer, PriorityId.random(), 1, 1))).isInstanceOf(Rejection.NotFound.class);
        assertThat(rejection(read.ofCommunity(slug("atlantis")))).isInstanceOf(Rejection.NotFound.class);
    }
}
