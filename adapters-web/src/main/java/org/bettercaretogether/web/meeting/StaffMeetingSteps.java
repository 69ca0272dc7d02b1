package org.bettercaretogether.web.meeting;

/**
 * What the staff API takes to move a meeting on, each quoting the version of the meeting it was read at:
 * <ul>
 *   <li>{@link Cancel}: {@code POST /api/v1/staff/meetings/{id}/cancel}, {@code {"version": 3, "reason": "The hall
 *       is flooded"}} — the reason is emailed to everyone registered;</li>
 *   <li>{@link Afterwards}: {@code POST /api/v1/staff/meetings/{id}/afterwards}, {@code {"version": 3,
 *       "attendance": 24, "summary": "..."}} — once the meeting has ended.</li>
 * </ul>
 */
public final class StaffMeetingSteps {

    private StaffMeetingSteps() {
    }

    /** A step, quoting the version of the meeting it was read at. */
    sealed interface Step permits Cancel, Afterwards {

        Long version();
    }

    /** Cancelling, with the reason people are told. */
    public record Cancel(Long version, String reason) implements Step {
    }

    /** After the meeting: how many came and a summary for the public. */
    public record Afterwards(Long version, Integer attendance, String summary) implements Step {
    }
}
