package org.bettercaretogether.domain.project;

import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommunityProjectTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final Suggester SUGGESTER = new Suggester(Optional.of("Ada Suggester"),
            Optional.of(new EmailAddress("ada@example.org")));

    @Test
    void a_suggestion_waits_for_review_then_is_listed_checked_that_day_and_its_suggester_forgotten() {
        CommunityProject suggested = CommunityProject.suggested(ProjectId.random(), Projects.fallsClass(), SUGGESTER,
                MONDAY);

        CommunityProject listed = suggested.accept(MONDAY.plusSeconds(86_400 * 3));

        assertThat(suggested.status()).isEqualTo(ProjectStatus.SUGGESTED);
        assertThat(suggested.isPublic()).isFalse();
        assertThat(listed.status()).isEqualTo(ProjectStatus.LISTED);
        assertThat(listed.isPublic()).isTrue();
        assertThat(listed.lastChecked()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(suggested.suggester()).contains(SUGGESTER);
        assertThat(listed.suggester()).as("the suggester is forgotten once reviewed").isEmpty();
    }

    @Test
    void a_declined_suggestion_is_never_public_and_cannot_be_accepted_after() {
        CommunityProject declined = CommunityProject.suggested(ProjectId.random(), Projects.fallsClass(), SUGGESTER,
                MONDAY).decline(MONDAY);

        assertThat(declined.isPublic()).isFalse();
        assertThatThrownBy(() -> declined.accept(MONDAY)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void only_a_listed_project_closes_and_a_closed_one_stays_public_but_changes_no_more() {
        CommunityProject listed = CommunityProject.listed(ProjectId.random(), Projects.fallsClass(), MONDAY);

        CommunityProject closed = listed.close(MONDAY);

        assertThat(closed.status()).isEqualTo(ProjectStatus.CLOSED);
        assertThat(closed.isPublic()).isTrue();
        assertThatThrownBy(() -> closed.close(MONDAY)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> closed.revise(Projects.fallsClass(), MONDAY))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void an_entry_is_due_for_a_check_twelve_months_after_its_last_one_and_not_a_day_before() {
        CommunityProject listed = CommunityProject.listed(ProjectId.random(), Projects.fallsClass(), MONDAY);

        assertThat(listed.dueForCheck(LocalDate.of(2027, 3, 1))).isFalse();
        assertThat(listed.dueForCheck(LocalDate.of(2027, 3, 2))).isTrue();
        assertThat(listed.checked(Instant.parse("2027-03-03T10:00:00Z")).dueForCheck(LocalDate.of(2027, 3, 3)))
                .isFalse();
    }

    @Test
    void a_suggestion_is_never_due_for_a_check_however_old() {
        CommunityProject suggested = CommunityProject.suggested(ProjectId.random(), Projects.fallsClass(), SUGGESTER,
                MONDAY);

        assertThat(suggested.dueForCheck(LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void a_project_needs_a_venue_unless_it_meets_online_and_a_time_it_meets() {
        ProjectDetails falls = Projects.fallsClass();

        assertThatThrownBy(() -> new ProjectDetails(falls.name(), falls.offer(), falls.forWhom(), falls.category(),
                falls.organiser(), falls.communities(), Optional.empty(), false, falls.sessions(), Optional.empty(),
                falls.joining(), falls.cost()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("venue"));
        assertThatThrownBy(() -> new ProjectDetails(falls.name(), falls.offer(), falls.forWhom(), falls.category(),
                falls.organiser(), falls.communities(), falls.venue(), false, List.of(), Optional.empty(),
                falls.joining(), falls.cost()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("sessions"));
        assertThatThrownBy(() -> new ProjectDetails(falls.name(), falls.offer(), falls.forWhom(), falls.category(),
                falls.organiser(), Set.of(), falls.venue(), false, falls.sessions(), Optional.empty(),
                falls.joining(), falls.cost()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("communities"));
    }

    @Test
    void a_session_ends_after_it_starts_and_a_charge_is_said_only_when_not_free() {
        assertThatThrownBy(() -> new Session(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(10, 0)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Cost(false, Optional.empty())).isInstanceOf(InvalidValueException.class);
        assertThat(Cost.of("£2 a session").free()).isFalse();
    }

    @Test
    void the_suggester_is_hidden_from_logs() {
        assertThat(SUGGESTER.toString()).doesNotContain("Ada").doesNotContain("ada@example.org");
        assertThat(CommunityProject.suggested(ProjectId.random(), Projects.fallsClass(), SUGGESTER, MONDAY).toString())
                .doesNotContain("Ada").doesNotContain("example.org");
    }

    @Test
    void a_report_is_resolved_once() {
        ProjectReport report = ProjectReport.received(ReportId.random(), ProjectId.random(),
                ProjectReport.Problem.CLOSED, "The hall says the class stopped in May.", MONDAY);

        ProjectReport resolved = report.resolve(MONDAY);

        assertThat(report.open()).isTrue();
        assertThat(resolved.open()).isFalse();
        assertThatThrownBy(() -> resolved.resolve(MONDAY)).isInstanceOf(StateConflictException.class);
    }
}
