package org.bettercaretogether.application.shared;

import org.bettercaretogether.application.shared.PublishedCount.Zeros;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountTableTest {

    /** The counts of {@code table} as they read, in the order added. */
    private static List<String> read(CountTable table, Zeros zeros) {
        return table.published(zeros).stream().map(PublishedCount::text).toList();
    }

    /** A table of {@code parts} and their total, added last. */
    private static CountTable group(long... parts) {
        CountTable table = new CountTable();
        List<Integer> places = IntStream.range(0, parts.length).mapToObj(i -> table.add(parts[i])).toList();
        table.sum(table.add(Arrays.stream(parts).sum()), places);
        return table;
    }

    /**
     * A table of {@code cells} (a row per group, a column per option) with their totals, added in this order: the
     * cells row by row, each row's total, each column's total, then the whole; each total the sum of its row or column,
     * the whole the sum of the rows and of the columns.
     */
    private static CountTable grid(long[][] cells) {
        CountTable table = new CountTable();
        int[][] places = Arrays.stream(cells).map(row -> Arrays.stream(row).mapToInt(table::add).toArray())
                .toArray(int[][]::new);
        List<Integer> rows = Arrays.stream(cells).map(row -> table.add(Arrays.stream(row).sum())).toList();
        List<Integer> columns = IntStream.range(0, cells[0].length).mapToObj(column -> table.add(
                Arrays.stream(cells).mapToLong(row -> row[column]).sum())).toList();
        int whole = table.add(Arrays.stream(cells).flatMapToLong(Arrays::stream).sum());
        for (int row = 0; row < cells.length; row++) {
            table.sum(rows.get(row), Arrays.stream(places[row]).boxed().toList());
        }
        for (int column = 0; column < columns.size(); column++) {
            int at = column;
            table.sum(columns.get(column), Arrays.stream(places).map(row -> row[at]).toList());
        }
        table.sum(whole, rows);
        table.sum(whole, columns);
        return table;
    }

    @Test
    void six_who_answered_with_five_agreeing_hides_the_five_so_the_one_who_disagreed_cannot_be_worked_out() {
        assertThat(read(group(0, 5, 0, 1, 0), Zeros.HIDDEN)).containsExactly(
                "fewer than 5", "not shown", "fewer than 5", "fewer than 5", "fewer than 5", "6");
    }

    @Test
    void two_small_counts_adding_up_to_under_five_are_protected_like_one() {
        assertThat(read(group(40, 1, 1, 9), Zeros.SHOWN))
                .containsExactly("40", "fewer than 5", "fewer than 5", "not shown", "51");
    }

    @Test
    void small_counts_adding_up_to_five_or_more_already_protect_each_other() {
        assertThat(read(group(40, 3, 2, 9), Zeros.SHOWN))
                .containsExactly("40", "fewer than 5", "fewer than 5", "9", "54");
    }

    @Test
    void the_smallest_count_shown_is_the_one_hidden_beside_a_small_one_and_zeros_are_passed_over() {
        assertThat(read(group(40, 3, 0, 12, 9), Zeros.SHOWN))
                .containsExactly("40", "fewer than 5", "0", "12", "not shown", "64");
    }

    @Test
    void a_count_hidden_in_one_sum_but_worked_out_from_another_is_followed_to_the_count_that_gives_it_away() {
        assertThat(read(grid(new long[][] {{5, 3}, {6, 10}}), Zeros.SHOWN)).containsExactly(
                "not shown", "fewer than 5", "not shown", "not shown", "8", "16", "11", "13", "24");
    }

    @Test
    void a_count_hidden_but_worked_out_again_from_its_one_group_is_hidden_there_too_rather_than_a_larger_one() {
        // 12 answered: 6 agree, 5 disagree, 1 strongly disagree; all of them in one group, so each option's count
        // is that group's. Hiding the 5 overall is undone by the group's 5, so that goes, not the 6.
        assertThat(read(grid(new long[][] {{6, 5, 1}}), Zeros.SHOWN)).containsExactly(
                "6", "not shown", "fewer than 5", "12", "6", "not shown", "fewer than 5", "12");
    }

    @Test
    void a_protected_total_worked_out_from_its_parent_sum_does_not_then_give_away_its_own_small_part() {
        CountTable table = new CountTable();
        int all = table.add(30);
        int kendal = table.add(9);
        int lancaster = table.add(21);
        int kendalAgree = table.add(7);
        int kendalDisagree = table.add(2);
        int patients = table.add(12);
        int patientsNotFromKendal = table.add(3);
        table.sum(patients, List.of(kendal, patientsNotFromKendal));
        table.sum(all, List.of(kendal, lancaster));
        table.sum(kendal, List.of(kendalAgree, kendalDisagree));

        // 12 - 3 hides Kendal's 9; 30 - 21 gives it back, and 9 - 7 the 2 who disagreed: so the 7 goes; then the
        // 9 worked out gives away the 3 again, so the 21 it was worked out from goes too.
        assertThat(read(table, Zeros.SHOWN)).containsExactly(
                "30", "not shown", "not shown", "not shown", "fewer than 5", "12", "fewer than 5");
    }

    @Test
    void zeros_are_shown_or_read_fewer_than_five_as_the_policy_says_and_never_need_protecting() {
        assertThat(read(group(0, 12, 0), Zeros.SHOWN)).containsExactly("0", "12", "0", "12");
        assertThat(read(group(0, 12, 0), Zeros.HIDDEN)).containsExactly("fewer than 5", "12", "fewer than 5", "12");
    }

    @Test
    void a_table_with_nothing_small_hides_nothing() {
        assertThat(read(group(5, 17, 240), Zeros.HIDDEN)).containsExactly("5", "17", "240", "262");
    }

    @Test
    void a_table_of_small_counts_with_a_small_total_hides_everything() {
        assertThat(read(group(1, 2, 1), Zeros.SHOWN))
                .containsExactly("fewer than 5", "fewer than 5", "fewer than 5", "fewer than 5");
    }

    @Test
    void a_table_whose_every_option_count_gives_a_small_one_away_hides_them_all_and_keeps_the_totals() {
        assertThat(read(grid(new long[][] {{5, 1}}), Zeros.HIDDEN)).containsExactly(
                "not shown", "fewer than 5", "6", "not shown", "fewer than 5", "6");
    }

    @Test
    void a_sum_may_name_only_counts_of_the_table_and_not_its_total_among_its_parts() {
        CountTable table = new CountTable();
        int one = table.add(7);

        assertThatThrownBy(() -> table.sum(one, List.of(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> table.sum(one, List.of(one))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> table.add(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
