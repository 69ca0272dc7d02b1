package org.bettercaretogether.application.community;

import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.directory.CommunityProfile;
import org.bettercaretogether.application.directory.NetworkProfile;
import org.bettercaretogether.application.meeting.MeetingDraft;
import org.bettercaretogether.application.priority.PriorityDraft;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.team.TeamDraft;
import org.bettercaretogether.memory.testing.CommunityLifeWorld;
import org.bettercaretogether.domain.community.DevelopmentStage;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.community.PlaceQuery;
import org.bettercaretogether.domain.community.StageReached;
import org.bettercaretogether.domain.team.Profession;
import org.bettercaretogether.domain.team.TeamRole;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.memory.testing.CommunityLifeWorld.invalidFields;
import static org.bettercaretogether.memory.testing.CommunityLifeWorld.rejection;
import static org.bettercaretogether.memory.testing.CommunityLifeWorld.slug;

class ShapeCommunitiesTest {

    private final CommunityLifeWorld world = new CommunityLifeWorld();
    private final ShapeCommunities shape = world.app.shapeCommunities();
    private final BrowseDirectory directory = world.app.browseDirectory();

    private List<String> communityNames() {
        return directory.communities().stream().map(profile -> profile.community().name()).toList();
    }

    private List<String> foundFor(String place) {
        return world.app.findCommunityForPlace().find(PlaceQuery.parse(place)).orElseThrow().communities().stream()
                .map(profile -> profile.community().name()).toList();
    }

    private CommunityStory renameKendal() {
        return shape.rename(world.officer, slug("kendal"), "Kendal and District", slug("kendal-and-district"),
                world.today()).orElseThrow();
    }

    private CommunityStory mergeBarrowTown() {
        return shape.merge(world.officer, slug("barrow-town"), slug("alfred-barrow"), world.today()).orElseThrow();
    }

    // ---- renaming ----

    @Test
    void a_renamed_community_is_listed_under_its_new_name_and_address() {
        CommunityStory story = renameKendal();

        assertThat(story.community()).isEqualTo("Kendal and District");
        assertThat(story.slug()).isEqualTo("kendal-and-district");
        assertThat(communityNames()).contains("Kendal and District").doesNotContain("Kendal");
        assertThat(directory.community(slug("kendal-and-district")).orElseThrow().community().name())
                .isEqualTo("Kendal and District");
        assertThat(world.audited("community.renamed")).hasSize(1);
    }

    @Test
    void the_old_address_leads_to_the_new_one() {
        renameKendal();

        assertThat(shape.whereIs(slug("kendal"))).contains(slug("kendal-and-district"));
        assertThat(shape.whereIs(slug("kendal-and-district"))).isEmpty();
        assertThat(shape.whereIs(slug("atlantis"))).isEmpty();
    }

    @Test
    void the_story_is_found_by_the_old_address_too() {
        renameKendal();

        CommunityStory byOld = shape.story(slug("kendal")).orElseThrow();

        assertThat(byOld.community()).isEqualTo("Kendal and District");
        assertThat(byOld.history().formerSlugs()).containsExactly(slug("kendal"));
        assertThat(byOld.history().renamings()).singleElement().satisfies(renaming -> {
            assertThat(renaming.fromName()).isEqualTo("Kendal");
            assertThat(renaming.effectiveOn()).isEqualTo(world.today());
        });
        assertThat(byOld.mergedIntoSlug()).isEmpty();
    }

    @Test
    void the_town_of_kendal_still_finds_its_community() {
        renameKendal();

        assertThat(foundFor("Kendal")).containsExactly("Kendal and District");
        assertThat(foundFor("LA9")).containsExactly("Kendal and District");
    }

    @Test
    void the_address_of_another_community_is_refused() {
        assertThat(invalidFields(shape.rename(world.officer, slug("kendal"), "Kendal Lakes", slug("lakes"),
                world.today()))).containsExactly("slug");
        assertThat(communityNames()).contains("Kendal");
    }

    @Test
    void the_former_address_of_another_community_is_refused() {
        renameKendal();

        assertThat(invalidFields(shape.rename(world.officer, slug("lakes"), "Kendal", slug("kendal"), world.today())))
                .containsExactly("slug");
        assertThat(shape.whereIs(slug("kendal"))).contains(slug("kendal-and-district"));
    }

    @Test
    void a_community_may_take_back_its_own_former_address() {
        renameKendal();

        CommunityStory back = shape.rename(world.officer, slug("kendal-and-district"), "Kendal", slug("kendal"),
                world.today()).orElseThrow();

        assertThat(back.slug()).isEqualTo("kendal");
        assertThat(shape.whereIs(slug("kendal"))).isEmpty();
        assertThat(shape.whereIs(slug("kendal-and-district"))).contains(slug("kendal"));
    }

    @Test
    void a_renaming_from_a_day_in_the_future_is_refused() {
        assertThat(invalidFields(shape.rename(world.officer, slug("kendal"), "Kendal and District",
                slug("kendal-and-district"), world.today().plusDays(1)))).containsExactly("effectiveOn");
        assertThat(communityNames()).contains("Kendal");
    }

    // ---- merging ----

    @Test
    void a_merged_community_is_no_longer_listed_nor_in_its_network() {
        mergeBarrowTown();

        assertThat(communityNames()).hasSize(11).doesNotContain("Barrow Town");
        NetworkProfile furness = directory.network(slug("furness")).orElseThrow();
        assertThat(furness.communities()).extracting(IntegratedCareCommunity::name)
                .containsExactly("Alfred Barrow", "Dalton & Ulverston", "Millom");
        assertThat(directory.networks()).flatExtracting(NetworkProfile::communities)
                .extracting(IntegratedCareCommunity::name).doesNotContain("Barrow Town").hasSize(11);
        assertThat(rejection(directory.community(slug("barrow-town")))).isInstanceOf(Rejection.NotFound.class);
    }

    @Test
    void the_merged_communitys_address_leads_to_the_one_it_joined() {
        CommunityStory story = mergeBarrowTown();

        assertThat(story.mergedIntoSlug()).contains("alfred-barrow");
        assertThat(shape.whereIs(slug("barrow-town"))).contains(slug("alfred-barrow"));
        assertThat(shape.whereIs(slug("alfred-barrow"))).isEmpty();
        assertThat(shape.story(slug("barrow-town")).orElseThrow().history().merger()).isPresent();
        assertThat(world.audited("community.merged")).hasSize(1);
    }

    @Test
    void after_two_mergers_in_a_row_the_first_address_leads_to_the_last_community() {
        mergeBarrowTown();
        shape.merge(world.officer, slug("alfred-barrow"), slug("millom"), world.today()).orElseThrow();

        assertThat(shape.whereIs(slug("barrow-town"))).contains(slug("millom"));
        assertThat(shape.whereIs(slug("alfred-barrow"))).contains(slug("millom"));
    }

    @Test
    void a_merged_community_takes_no_team_nor_meeting_and_its_old_team_leaves_the_totals() {
        Profession gp = world.app.manageTeams().addProfession(world.officer, "GP").orElseThrow();
        TeamDraft team = new TeamDraft(List.of(new TeamRole(gp.id(), MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY,
                Optional.of(4), Optional.empty())), world.today());
        world.app.manageTeams().describe(world.officer, slug("barrow-town"), 0, team).orElseThrow();
        assertThat(world.app.readTeams().totals().communitiesDescribed()).isEqualTo(1);
        mergeBarrowTown();

        assertThat(rejection(world.app.manageTeams().describe(world.officer, slug("barrow-town"), 1, team)))
                .isInstanceOf(Rejection.Conflict.class);
        assertThat(world.app.readTeams().totals().communitiesDescribed()).isZero();
        assertThat(invalidFields(world.app.scheduleMeetings().schedule(world.officer, new MeetingDraft(
                Optional.of(slug("barrow-town")), Optional.empty(), "Barrow evening", "Tell us.",
                LocalDateTime.of(2026, 11, 26, 18, 0), LocalDateTime.of(2026, 11, 26, 20, 0), Optional.empty(),
                Optional.of(URI.create("https://meet.example.org/barrow")), 40)))).containsExactly("community");
    }

    @Test
    void a_merged_community_takes_no_new_priority() {
        mergeBarrowTown();

        Rejection refused = rejection(world.app.managePriorities().add(world.officer, slug("barrow-town"),
                new PriorityDraft("Walk-in clinic", "A clinic open without appointment.",
                        Set.of(TripleAimDimension.QUALITY_OF_CARE), "Asked for at public meetings.", Optional.empty(),
                        MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY)));

        assertThat(refused).isInstanceOf(Rejection.Conflict.class);
    }

    @Test
    void the_community_joined_takes_on_the_towns_so_they_find_it() {
        mergeBarrowTown();

        CommunityProfile alfredBarrow = directory.community(slug("alfred-barrow")).orElseThrow();
        assertThat(alfredBarrow.community().coverage().towns()).containsExactly("Barrow-in-Furness", "Walney");
        assertThat(foundFor("Walney")).containsExactly("Alfred Barrow");
        assertThat(foundFor("Barrow")).containsExactly("Alfred Barrow");
        assertThat(foundFor("LA14")).containsExactly("Alfred Barrow");
    }

    @Test
    void a_merger_that_takes_effect_later_is_refused() {
        assertThat(invalidFields(shape.merge(world.officer, slug("barrow-town"), slug("alfred-barrow"),
                world.today().plusDays(1)))).containsExactly("effectiveOn");
        assertThat(communityNames()).contains("Barrow Town");
    }

    @Test
    void a_community_joins_another_current_community_once() {
        assertThat(invalidFields(shape.merge(world.officer, slug("barrow-town"), slug("barrow-town"), world.today())))
                .containsExactly("into");
        assertThat(invalidFields(shape.merge(world.officer, slug("barrow-town"), slug("atlantis"), world.today())))
                .containsExactly("into");
        mergeBarrowTown();
        assertThat(rejection(shape.merge(world.officer, slug("barrow-town"), slug("millom"), world.today())))
                .isInstanceOf(Rejection.Conflict.class);
        assertThat(invalidFields(shape.merge(world.officer, slug("millom"), slug("barrow-town"), world.today())))
                .containsExactly("into");
        assertThat(communityNames()).contains("Millom");
    }

    @Test
    void nothing_more_is_recorded_for_a_merged_community() {
        mergeBarrowTown();

        assertThat(rejection(shape.rename(world.officer, slug("barrow-town"), "Barrow Central", slug("barrow-central"),
                world.today()))).isInstanceOf(Rejection.Conflict.class);
        assertThat(rejection(shape.recordStage(world.officer, slug("barrow-town"), DevelopmentStage.ESTABLISHED,
                world.today()))).isInstanceOf(Rejection.Conflict.class);
        assertThat(shape.whereIs(slug("barrow-central"))).isEmpty();
    }

    // ---- development stages ----

    @Test
    void a_stage_is_recorded_with_its_date_on_the_community_and_in_its_story() {
        LocalDate spring = LocalDate.of(2026, 4, 1);
        shape.recordStage(world.officer, slug("kendal"), DevelopmentStage.FORMING, spring).orElseThrow();

        CommunityStory story = shape.recordStage(world.officer, slug("kendal"), DevelopmentStage.DEVELOPING,
                world.today()).orElseThrow();

        assertThat(story.history().stages()).containsExactly(new StageReached(DevelopmentStage.FORMING, spring),
                new StageReached(DevelopmentStage.DEVELOPING, world.today()));
        assertThat(directory.community(slug("kendal")).orElseThrow().community().stage())
                .contains(new StageReached(DevelopmentStage.DEVELOPING, world.today()));
        assertThat(world.audited("community.stage-recorded")).hasSize(2);
    }

    @Test
    void a_stage_dated_before_the_current_one_is_refused() {
        shape.recordStage(world.officer, slug("kendal"), DevelopmentStage.DEVELOPING, world.today()).orElseThrow();

        assertThat(invalidFields(shape.recordStage(world.officer, slug("kendal"), DevelopmentStage.ESTABLISHED,
                world.today().minusDays(1)))).containsExactly("stageReachedOn");
        assertThat(shape.story(slug("kendal")).orElseThrow().history().stages()).hasSize(1);
    }

    @Test
    void a_stage_reached_in_the_future_is_refused() {
        assertThat(rejection(shape.recordStage(world.officer, slug("kendal"), DevelopmentStage.FORMING,
                world.today().plusDays(1)))).isInstanceOf(Rejection.InvalidInput.class);
        assertThat(directory.community(slug("kendal")).orElseThrow().community().stage()).isEmpty();
    }

    @Test
    void only_engagement_officers_and_administrators_shape_communities() {
        assertThat(rejection(shape.rename(world.moderator, slug("kendal"), "Kendal and District",
                slug("kendal-and-district"), world.today()))).isInstanceOf(Rejection.Forbidden.class);
        assertThat(rejection(shape.merge(world.moderator, slug("barrow-town"), slug("alfred-barrow"), world.today())))
                .isInstanceOf(Rejection.Forbidden.class);
        assertThat(rejection(shape.recordStage(world.moderator, slug("kendal"), DevelopmentStage.FORMING,
                world.today()))).isInstanceOf(Rejection.Forbidden.class);
        assertThat(shape.recordStage(world.admin, slug("kendal"), DevelopmentStage.FORMING, world.today()).orElseThrow()
                .history().stages()).hasSize(1);
    }

    @Test
    void unknown_communities_are_not_found() {
        assertThat(rejection(shape.story(slug("atlantis")))).isInstanceOf(Rejection.NotFound.class);
        assertThat(rejection(shape.rename(world.officer, slug("atlantis"), "Atlantis", slug("atlantis-2"),
                world.today()))).isInstanceOf(Rejection.NotFound.class);
        assertThat(rejection(shape.merge(world.officer, slug("atlantis"), slug("kendal"), world.today())))
                .isInstanceOf(Rejection.NotFound.class);
    }
}
