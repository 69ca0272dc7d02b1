package org.bettercaretogether.web.team;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.team.TeamDraft;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.team.ProfessionId;
import org.bettercaretogether.domain.team.TeamRole;
import org.bettercaretogether.web.platform.FieldChecks;

/**
 * A community's team as {@code PUT /api/v1/staff/communities/{slug}/team} takes it, replacing the whole team:
 * {@code {"version": 1, "asOf": "2026-03-01", "roles": [{"profession": "<id>", "employer": "<partner id>",
 * "headcount": 3, "wholeTimeEquivalents": 2.5}]}} — each line with a headcount, whole-time equivalents (to two
 * decimal places) or both; {@code version} is the team's as read (0 for a team not described yet).
 */
public record StaffTeamBody(Long version, LocalDate asOf, List<Role> roles) {

    static final String VERSION = "version";
    static final String AS_OF = "asOf";
    static final String ROLES = "roles";

    /** One line of the team. */
    public record Role(String profession, String employer, Integer headcount, BigDecimal wholeTimeEquivalents) {
    }

    /** The version the change must quote. */
    long version(FieldChecks checks) {
        checks.required(VERSION, version, "Give the version of the team you read (0 for a team not described yet), "
                + "so that a change made meanwhile by someone else is not overwritten");
        return version == null ? 0 : version;
    }

    /** The team this body describes, or every problem of its fields at once. */
    Outcome<TeamDraft> draft(FieldChecks checks) {
        checks.required(AS_OF, asOf, "Give the day the figures describe");
        List<TeamRole> made = new ArrayList<>();
        List<Role> lines = roles == null ? List.of() : roles;
        for (int i = 0; i < lines.size(); i++) {
            String at = ROLES + "[" + i + "].";
            Role line = lines.get(i);
            if (line == null) {
                checks.add(ROLES + "[" + i + "]", "Give each line of the team as an object");
                continue;
            }
            Optional<ProfessionId> profession = id(checks, at + "profession", line.profession(), "the profession",
                    ProfessionId::parse);
            Optional<PartnerId> employer = id(checks, at + "employer", line.employer(), "the employer",
                    PartnerId::parse);
            role(checks, at, profession, employer, Optional.ofNullable(line.headcount()),
                    Optional.ofNullable(line.wholeTimeEquivalents()), "").ifPresent(made::add);
        }
        return checks.outcome(() -> new TeamDraft(made, asOf));
    }

    private static <T> Optional<T> id(FieldChecks checks, String field, String value, String what,
                                      Function<String, T> parse) {
        if (!checks.required(field, value, "Give " + what + " by its id")) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(value));
        } catch (InvalidValueException notAnId) {
            checks.add(field, "Give " + what + " by its id, a UUID");
            return Optional.empty();
        }
    }

    /**
     * The line, or empty with its problems recorded against the fields starting {@code at}
     * ({@code roles[2].}): the domain's rules on the counts, worded "Headcount{@code where} must be...".
     */
    static Optional<TeamRole> role(FieldChecks checks, String at, Optional<ProfessionId> profession,
                                   Optional<PartnerId> employer, Optional<Integer> headcount,
                                   Optional<BigDecimal> wholeTimeEquivalents, String where) {
        if (headcount.isEmpty() && wholeTimeEquivalents.isEmpty()) {
            checks.add(at + "headcount", "Give a headcount or whole-time equivalents" + where);
            return Optional.empty();
        }
        try {
            // the counts are checked even on a line whose profession or employer is at fault, so that every
            // problem of the line is named at once; such a line is not kept
            TeamRole role = new TeamRole(profession.orElseGet(ProfessionId::random),
                    employer.orElseGet(PartnerId::random), headcount, wholeTimeEquivalents);
            return profession.isPresent() && employer.isPresent() ? Optional.of(role) : Optional.empty();
        } catch (InvalidValueException broken) {
            String label = broken.field().equals("wholeTimeEquivalents") ? "Whole-time equivalents" : "Headcount";
            checks.add(at + broken.field(), label + where + " " + broken.rule());
            return Optional.empty();
        }
    }
}
