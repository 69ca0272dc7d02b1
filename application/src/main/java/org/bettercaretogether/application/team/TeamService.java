package org.bettercaretogether.application.team;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.community.CommunityHistories;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.shared.AccessPolicy;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.ReadCache;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.StoredData;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.shared.VersionedChange;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.team.IntegratedTeam;
import org.bettercaretogether.domain.team.Profession;
import org.bettercaretogether.domain.team.ProfessionId;
import org.bettercaretogether.domain.team.TeamRole;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Records each community's integrated team and the list of professions, and adds the teams up. */
public final class TeamService implements ManageTeams, ReadTeams {

    /** The parts of the stored data its kept answers are read from. */
    private static final Set<StoredData> READ_FROM = Set.of(StoredData.DIRECTORY, StoredData.COMMUNITY_LIFE);

    private final Transactions transactions;
    private final Teams teams;
    private final Professions professions;
    private final VersionedChange<IntegratedTeam> teamChanges;
    private final VersionedChange<Profession> professionChanges;
    private final Communities communities;
    private final Partners partners;
    private final CommunityHistories histories;
    private final AuditTrail audit;
    private final Clock clock;
    private final ReadCache cache;

    @Inject
    public TeamService(Transactions transactions, Teams teams, Professions professions, Communities communities,
                       Partners partners, CommunityHistories histories, AuditTrail audit, ReadCache cache, Clock clock) {
        this.cache = cache;
        this.histories = histories;
        this.transactions = transactions;
        this.teams = teams;
        this.professions = professions;
        this.teamChanges = VersionedChange.of("team", IntegratedTeam::version, teams::save)
                .storedMeanwhileSays("The team was changed by someone else meanwhile.");
        this.professionChanges = VersionedChange.of("profession", Profession::version, professions::update)
                .storedMeanwhileSays("The profession was changed meanwhile.");
        this.communities = communities;
        this.partners = partners;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Outcome<TeamSummary> describe(Actor actor, Slug community, long version, TeamDraft team) {
        return asEngagementOfficer(actor, () -> {
            Optional<IntegratedCareCommunity> found = communities.findBySlug(community);
            if (found.isEmpty()) {
                return Outcome.notFound("community", community);
            }
            if (histories.of(found.get().id()).merger().isPresent()) {
                return Outcome.rejected(new Rejection.Conflict(
                        "This community has been merged into another; describe the team of the community it joined."));
            }
            List<FieldProblem> problems = new ArrayList<>();
            Map<ProfessionId, Profession> known = professions.all().stream()
                    .collect(Collectors.toMap(Profession::id, Function.identity()));
            for (int i = 0; i < team.roles().size(); i++) {
                TeamRole role = team.roles().get(i);
                if (!known.containsKey(role.profession())) {
                    problems.add(new FieldProblem("roles[" + i + "].profession", "must be a profession from the list"));
                }
                if (partners.find(role.employer()).isEmpty()) {
                    problems.add(new FieldProblem("roles[" + i + "].employer", "must be one of the partners"));
                }
            }
            if (team.asOf().isAfter(UkTime.dayOf(clock.instant()))) {
                problems.add(new FieldProblem("asOf", "must not be in the future"));
            }
            if (!problems.isEmpty()) {
                return Outcome.rejected(new Rejection.InvalidInput(problems));
            }
            IntegratedTeam current = teams.find(found.get().id()).orElse(IntegratedTeam.undescribed(found.get().id()));
            return teamChanges.apply(current, version, was -> new IntegratedTeam(found.get().id(), team.roles(),
                    Optional.of(team.asOf()), version)).map(described -> {
                audit.record(Optional.of(actor.id()), "team.described", "community", found.get().slug().toString(),
                        List.of(new FieldChange("roles", Optional.of(String.valueOf(current.roles().size())),
                                Optional.of(String.valueOf(described.is().roles().size())))));
                return view(found.get(), described.is());
            });
        });
    }

    @Override
    public Outcome<Profession> addProfession(Actor actor, String name) {
        return asEngagementOfficer(actor, () -> {
            return Outcome.attempt(() -> new Profession(ProfessionId.random(), name, true, 0))
                    .flatMap(profession -> professions.add(profession).map(added -> {
                        audit.recordAdded(actor.id(), "profession.added", "profession", added.id(), "name",
                                added.name());
                        return Outcome.done(added);
                    }).orElseGet(() -> Outcome.rejected(Rejection.InvalidInput.of("name", "is already a profession"))));
        });
    }

    @Override
    public Outcome<Profession> setProfessionInUse(Actor actor, ProfessionId id, long version, boolean inUse) {
        return asEngagementOfficer(actor, () -> professionChanges.current(professions.find(id), id, version)
                .flatMap(was -> professionChanges.store(was, new Profession(id, was.name(), inUse, version)))
                .map(changed -> {
                    audit.record(Optional.of(actor.id()), "profession.revised", "profession", id.toString(),
                            List.of(new FieldChange("inUse", Optional.of(String.valueOf(changed.was().inUse())),
                                    Optional.of(String.valueOf(inUse)))));
                    return changed.is();
                }));
    }

    @Override
    public Outcome<TeamSummary> team(Slug community) {
        return cache.get(List.of("team", community), READ_FROM, () -> transactions.inTransaction(() ->
                Outcome.found(communities.findBySlug(community), "community", community)
                        .map(found -> view(found,
                                teams.find(found.id()).orElse(IntegratedTeam.undescribed(found.id()))))));
    }

    @Override
    public TeamTotals totals() {
        return cache.get(List.of("team totals", UkTime.dayOf(clock.instant())), READ_FROM, () -> transactions.inTransaction(() -> {
            Map<ProfessionId, String> professionNames = professionNames();
            Map<PartnerId, String> partnerNames = partnerNames();
            LocalDate today = UkTime.dayOf(clock.instant());
            List<IntegratedTeam> described = teams.all().stream().filter(team -> !team.roles().isEmpty())
                    .filter(team -> !histories.of(team.community()).mergedBy(today)).toList();
            List<TeamRole> roles = described.stream().flatMap(team -> team.roles().stream()).toList();
            return new TeamTotals(total(roles, role -> professionNames.getOrDefault(role.profession(), "Other")),
                    total(roles, role -> partnerNames.getOrDefault(role.employer(), "A partner organisation")),
                    described.size());
        }));
    }

    @Override
    public List<Profession> professions() {
        return cache.get(List.of("professions"), READ_FROM, () -> transactions.inTransaction(professions::all));
    }

    private static List<TeamTotals.Total> total(List<TeamRole> roles, Function<TeamRole, String> by) {
        Map<String, List<TeamRole>> grouped = new TreeMap<>(roles.stream().collect(Collectors.groupingBy(by)));
        return grouped.entrySet().stream().map(group -> new TeamTotals.Total(group.getKey(), headcount(group.getValue()),
                wholeTimeEquivalents(group.getValue()))).toList();
    }

    private TeamSummary view(IntegratedCareCommunity community, IntegratedTeam team) {
        Map<ProfessionId, String> professionNames = professionNames();
        Map<PartnerId, String> partnerNames = partnerNames();
        List<TeamSummary.Line> lines = team.roles().stream()
                .map(role -> new TeamSummary.Line(role.profession().toString(),
                        professionNames.getOrDefault(role.profession(), "Other"), role.employer().toString(),
                        partnerNames.getOrDefault(role.employer(), "A partner organisation"), role.headcount(),
                        role.wholeTimeEquivalents()))
                .sorted(Comparator.comparing(TeamSummary.Line::profession).thenComparing(TeamSummary.Line::employer))
                .toList();
        return new TeamSummary(community.name(), community.slug().toString(), lines, headcount(team.roles()),
                wholeTimeEquivalents(team.roles()), team.asOf(), team.version());
    }

    private static int headcount(List<TeamRole> roles) {
        return roles.stream().mapToInt(role -> role.headcount().orElse(0)).sum();
    }

    private static BigDecimal wholeTimeEquivalents(List<TeamRole> roles) {
        return roles.stream().map(role -> role.wholeTimeEquivalents().orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Map<ProfessionId, String> professionNames() {
        return professions.all().stream().collect(Collectors.toMap(Profession::id, Profession::name));
    }

    private Map<PartnerId, String> partnerNames() {
        return partners.all().stream().collect(Collectors.toMap(Partner::id, Partner::name));
    }

    private <T> Outcome<T> asEngagementOfficer(Actor actor, Supplier<Outcome<T>> work) {
        return AccessPolicy.inTransactionAs(actor, transactions, work, Role.ENGAGEMENT_OFFICER, Role.ADMIN);
    }
}
