package org.bettercaretogether.web.community;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bettercaretogether.application.priority.PriorityDraft;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FieldChecks.Field;

/**
 * A local priority as the staff API takes it ({@code POST /api/v1/staff/communities/{slug}/priorities}, and with the
 * {@code version} it was read at, {@code PUT /api/v1/staff/priorities/{id}}): its title, description and rationale;
 * the dimensions of the triple aim it serves ({@code ["POPULATION_HEALTH"]}); the id of its theme (optional) and the
 * id of the partner that owns it. Its rank and status are changed apart.
 */
public record StaffPriorityBody(Long version, String title, String description, List<String> serves,
                                String rationale, String theme, String owner) {

    static final String VERSION = "version";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String SERVES = "serves";
    static final String RATIONALE = "rationale";
    static final String THEME = "theme";
    static final String OWNER = "owner";

    /** How the application's fields read to a person, for its refusals. */
    static final Field[] FIELDS = {
            new Field(TITLE, TITLE, "Title"), new Field(DESCRIPTION, DESCRIPTION, "Description"),
            new Field(SERVES, SERVES, "The triple aim"), new Field(RATIONALE, RATIONALE, "The reason"),
            new Field(THEME, THEME, "Theme"), new Field(OWNER, OWNER, "The owner")};

    /** The draft this body describes, or every problem of its fields at once. */
    Outcome<PriorityDraft> draft(FieldChecks checks) {
        checks.required(TITLE, title, "Enter a title for the priority");
        checks.required(DESCRIPTION, description, "Describe the priority");
        Set<TripleAimDimension> dimensions = dimensions(checks);
        checks.required(RATIONALE, rationale, "Say why the community chose this priority");
        Optional<ThemeId> themeId = themeId(checks);
        Optional<PartnerId> ownerId = ownerId(checks);
        return checks.outcome(() -> new PriorityDraft(title, description, dimensions, rationale, themeId,
                ownerId.orElseThrow()), FIELDS);
    }

    /** The version a revision must quote. */
    long version(FieldChecks checks) {
        return checks.version(VERSION, version, "priority");
    }

    private Set<TripleAimDimension> dimensions(FieldChecks checks) {
        Set<TripleAimDimension> found = EnumSet.noneOf(TripleAimDimension.class);
        for (String name : serves == null ? List.<String>of() : serves) {
            Optional<TripleAimDimension> known = Arrays.stream(TripleAimDimension.values())
                    .filter(dimension -> dimension.name().equals(name)).findFirst();
            if (known.isEmpty()) {
                checks.add(SERVES, "The triple aim is served by one or more of " + String.join(", ",
                        Arrays.stream(TripleAimDimension.values()).map(Enum::name).toList()));
            } else {
                found.add(known.get());
            }
        }
        if (found.isEmpty()) {
            checks.add(SERVES, "Select at least one part of the triple aim the priority serves");
        }
        return found;
    }

    private Optional<PartnerId> ownerId(FieldChecks checks) {
        if (!checks.required(OWNER, owner, "Select the partner that owns the priority")) {
            return Optional.empty();
        }
        try {
            return Optional.of(PartnerId.parse(owner));
        } catch (InvalidValueException notAnId) {
            checks.add(OWNER, "Select the partner that owns the priority from the list of partners");
            return Optional.empty();
        }
    }

    private Optional<ThemeId> themeId(FieldChecks checks) {
        if (theme == null || theme.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ThemeId.parse(theme));
        } catch (InvalidValueException notAnId) {
            checks.add(THEME, "Choose the theme from the list of themes");
            return Optional.empty();
        }
    }
}
