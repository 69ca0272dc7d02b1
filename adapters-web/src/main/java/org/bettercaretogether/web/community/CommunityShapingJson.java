package org.bettercaretogether.web.community;

import java.time.LocalDate;

/**
 * How the staff API takes the changes of a community over time, each dated (a day not in the future):
 * <ul>
 *   <li>{@link Stage}: {@code POST /api/v1/staff/communities/{slug}/stage},
 *       {@code {"stage": "DEVELOPING", "reachedOn": "2026-03-01"}};</li>
 *   <li>{@link Rename}: {@code POST .../rename}, {@code {"name": "Kendal and Burneside", "slug":
 *       "kendal-and-burneside", "effectiveOn": "2026-03-01"}} (without a slug, one made from the name);</li>
 *   <li>{@link Merge}: {@code POST .../merge}, {@code {"into": "lakes", "effectiveOn": "2026-03-01"}}.</li>
 * </ul>
 */
public final class CommunityShapingJson {

    private CommunityShapingJson() {
    }

    /** A development stage reached. */
    public record Stage(String stage, LocalDate reachedOn) {
    }

    /** A new name and address. */
    public record Rename(String name, String slug, LocalDate effectiveOn) {
    }

    /** A merger into another community, by its address. */
    public record Merge(String into, LocalDate effectiveOn) {
    }
}
