package org.bettercaretogether.application.priority;

import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.memory.testing.CommunityLifeWorld;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.priority.LocalPriority;
import org.bettercaretogether.domain.priority.PriorityStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.application.priority.ManagePrioritiesTest.draft;
import static org.bettercaretogether.memory.testing.CommunityLifeWorld.slug;

/**
 * The comparison of every community's priorities by theme. Kendal holds falls (frailty), loneliness (mental health) and
 * parking (no theme); Lakes holds falls at home (frailty); Bay dropped its mental health priority; Barrow Town held
 * the only housing priority and has been merged into Alfred Barrow.
 */
class PriorityComparisonTest {

    private final CommunityLifeWorld world = new CommunityLifeWorld();
    private final ManagePriorities manage = world.app.managePriorities();
    private ThemeId frailty;
    private ThemeId mentalHealth;

    @BeforeEach
    void priorities_across_the_bay() {
        frailty = world.app.manageThemes().add(world.officer, "Frailty").orElseThrow().id();
        mentalHealth = world.app.manageThemes().add(world.officer, "Mental health").orElseThrow().id();
        ThemeId housing = world.app.manageThemes().add(world.officer, "Housing").orElseThrow().id();
        add("kendal", "Falls", Optional.of(frailty));
        add("kendal", "Parking at the health centre", Optional.empty());
        add("kendal", "Loneliness", Optional.of(mentalHealth));
        add("lakes", "Falls at home", Optional.of(frailty));
        LocalPriority bayMentalHealth = add("bay", "Crisis support", Optional.of(mentalHealth));
        manage.moveTo(world.officer, bayMentalHealth.id(), bayMentalHealth.version(), PriorityStatus.DROPPED,
                world.today()).orElseThrow();
        add("barrow-town", "Damp homes", Optional.of(housing));
        world.app.shapeCommunities().merge(world.officer, slug("barrow-town"), slug("alfred-barrow"), world.today())
                .orElseThrow();
    }

    private LocalPriority add(String community, String title, Optional<ThemeId> theme) {
        return manage.add(world.officer, slug(community), draft(title, theme, MorecambeBay.CUMBRIA_PARTNERSHIP))
                .orElseThrow().priority();
    }

    private static List<PriorityComparison.Cell> cell(PriorityComparison comparison, String theme, String community) {
        int column = comparison.communities().stream().map(PriorityComparison.Column::slug).toList().indexOf(community);
        assertThat(column).as("the column of " + community).isNotNegative();
        return comparison.rows().stream().filter(row -> row.theme().equals(theme)).findFirst().orElseThrow()
                .cells().get(column);
    }

    @Test
    void one_column_per_community_in_name_order_leaving_out_the_merged_one() {
        PriorityComparison comparison = world.app.readPriorities().comparison();

        assertThat(comparison.communities()).extracting(PriorityComparison.Column::name).containsExactly(
                "Alfred Barrow", "Bay", "Carnforth", "Dalton & Ulverston", "East", "Garstang", "Grange", "Kendal",
                "Lakes", "Lancaster", "Millom");
    }

    @Test
    void one_row_per_theme_held_with_a_last_row_for_priorities_without_a_theme() {
        PriorityComparison comparison = world.app.readPriorities().comparison();

        assertThat(comparison.rows()).extracting(PriorityComparison.Row::theme)
                .containsExactly("Frailty", "Mental health", "Other priorities");
        assertThat(comparison.rows()).allSatisfy(row -> assertThat(row.cells()).hasSize(11));
    }

    @Test
    void each_cell_holds_the_communitys_priorities_under_the_theme_with_their_rank() {
        PriorityComparison comparison = world.app.readPriorities().comparison();

        assertThat(cell(comparison, "Frailty", "kendal"))
                .containsExactly(new PriorityComparison.Cell(1, "Falls", PriorityStatus.PROPOSED));
        assertThat(cell(comparison, "Frailty", "lakes"))
                .containsExactly(new PriorityComparison.Cell(1, "Falls at home", PriorityStatus.PROPOSED));
        assertThat(cell(comparison, "Frailty", "bay")).isEmpty();
        assertThat(cell(comparison, "Mental health", "kendal"))
                .containsExactly(new PriorityComparison.Cell(3, "Loneliness", PriorityStatus.PROPOSED));
        assertThat(cell(comparison, "Other priorities", "kendal"))
                .containsExactly(new PriorityComparison.Cell(2, "Parking at the health centre", PriorityStatus.PROPOSED));
    }

    @Test
    void dropped_priorities_are_left_out() {
        PriorityComparison comparison = world.app.readPriorities().comparison();

        assertThat(cell(comparison, "Mental health", "bay")).isEmpty();
        assertThat(comparison.rows()).flatExtracting(PriorityComparison.Row::cells)
                .noneSatisfy(cells -> assertThat(cells).extracting(PriorityComparison.Cell::title).contains("Crisis support"));
    }

    @Test
    void a_theme_held_only_by_a_merged_community_has_no_row() {
        PriorityComparison comparison = world.app.readPriorities().comparison();

        assertThat(comparison.rows()).extracting(PriorityComparison.Row::theme).doesNotContain("Housing");
        assertThat(comparison.rows()).allSatisfy(row -> assertThat(row.cells()).anySatisfy(
                cells -> assertThat(cells).isNotEmpty()));
    }

    @Test
    void with_every_priority_themed_there_is_no_row_for_others() {
        LocalPriority parking = world.app.readPriorities().ofCommunity(slug("kendal")).orElseThrow().stream()
                .map(PriorityDetails::priority).filter(p -> p.title().startsWith("Parking")).findFirst().orElseThrow();
        manage.revise(world.officer, parking.id(), parking.version(),
                draft("Parking at the health centre", Optional.of(frailty), MorecambeBay.CUMBRIA_PARTNERSHIP)).orElseThrow();

        PriorityComparison comparison = world.app.readPriorities().comparison();

        assertThat(comparison.rows()).extracting(PriorityComparison.Row::theme).containsExactly("Frailty", "Mental health");
        assertThat(cell(comparison, "Frailty", "kendal")).extracting(PriorityComparison.Cell::title)
                .containsExactly("Falls", "Parking at the health centre");
    }
}
