package org.bettercaretogether.web.change;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bettercaretogether.application.change.ChangeDraft;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FieldChecks.Field;
import org.bettercaretogether.web.platform.Formats;

/**
 * A change as the staff API takes it ({@code POST /api/v1/staff/changes}, and with the {@code version} it was read
 * at, {@code PUT /api/v1/staff/changes/{id}}): its title and description; the slug of the community or of the
 * workstream it belongs to (neither for the whole programme); the references of the views that led to it
 * ({@code ["BCT-7KQ3-M9XD"]}), the ids of its themes, and the slug of the consultation it came from, if one did.
 * Missing lists are empty lists.
 */
public record ChangeBody(Long version, String title, String description, String community, String workstream,
                         List<String> views, List<String> themes, String consultation) {

    static final String VERSION = "version";
    static final String VIEWS = "views";
    static final String THEMES = "themes";
    static final String CONSULTATION = "consultation";
    private static final String EXAMPLE_REFERENCE = "BCT-7KQ3-M9XD";

    /** The draft this body describes, or every problem of its fields at once. */
    Outcome<ChangeDraft> draft(FieldChecks checks) {
        checks.required("title", title, "Enter a title for the change");
        checks.required("description", description, "Describe the change");
        Optional<Slug> inCommunity = place("community", community, checks);
        Optional<Slug> inWorkstream = place("workstream", workstream, checks);
        Set<FeedbackReference> references = references(checks);
        Set<ThemeId> themeIds = themeIds(checks);
        Optional<Slug> cameFrom = place(CONSULTATION, consultation, checks);
        return checks.outcome(() -> new ChangeDraft(title, description, inCommunity, inWorkstream, references,
                        themeIds, cameFrom),
                new Field("title", "title", "Title"), new Field("description", "description", "Description"),
                new Field("workstream", "workstream", "Workstream"));
    }

    /** The version a revision must quote. */
    long version(FieldChecks checks) {
        return checks.version(VERSION, version, "change");
    }

    private static Optional<Slug> place(String field, String slug, FieldChecks checks) {
        if (slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        return checks.check(field, Character.toUpperCase(field.charAt(0)) + field.substring(1),
                () -> new Slug(slug.strip()));
    }

    private Set<FeedbackReference> references(FieldChecks checks) {
        Set<FeedbackReference> references = new LinkedHashSet<>();
        List<String> malformed = new ArrayList<>();
        for (String reference : views == null ? List.<String>of() : views) {
            try {
                references.add(new FeedbackReference(reference));
            } catch (InvalidValueException notAReference) {
                malformed.add(reference == null || reference.isBlank() ? "(empty)" : reference.strip());
            }
        }
        if (!malformed.isEmpty()) {
            checks.add(VIEWS, "Give each view by its reference, like " + EXAMPLE_REFERENCE + ": "
                    + Formats.list(malformed) + (malformed.size() == 1 ? " is not one" : " are not"));
        }
        return references;
    }

    private Set<ThemeId> themeIds(FieldChecks checks) {
        Set<ThemeId> ids = new LinkedHashSet<>();
        for (String theme : themes == null ? List.<String>of() : themes) {
            try {
                ids.add(ThemeId.parse(theme));
            } catch (InvalidValueException notAnId) {
                checks.add(THEMES, "Themes must be chosen from the list of themes");
            }
        }
        return ids;
    }
}
