package org.bettercaretogether.application.priority;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.community.CommunityHistories;
import org.bettercaretogether.application.feedback.Themes;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.shared.AccessPolicy;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.ReadCache;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.StoredData;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.shared.VersionedChange;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.priority.LocalPriority;
import org.bettercaretogether.domain.priority.PriorityId;
import org.bettercaretogether.domain.priority.PriorityStatus;
import org.bettercaretogether.domain.priority.Ranking;
import org.bettercaretogether.domain.priority.StatusStep;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.staff.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Keeps each community's ranked priorities, and serves them to the public one community at a time or side by side. */
public final class PriorityService implements ManagePriorities, ReadPriorities {

    static final String NO_THEME = "Other priorities";

    /** The parts of the stored data its kept answers are read from. */
    private static final Set<StoredData> READ_FROM = Set.of(StoredData.DIRECTORY, StoredData.COMMUNITY_LIFE);

    private final Transactions transactions;
    private final Priorities priorities;
    private final VersionedChange<LocalPriority> versioned;
    private final Communities communities;
    private final CommunityHistories histories;
    private final Themes themes;
    private final Partners partners;
    private final AuditTrail audit;
    private final Clock clock;
    private final ReadCache cache;

    @Inject
    public PriorityService(Transactions transactions, Priorities priorities, Communities communities,
                           CommunityHistories histories, Themes themes, Partners partners, AuditTrail audit,
                           ReadCache cache, Clock clock) {
        this.cache = cache;
        this.transactions = transactions;
        this.priorities = priorities;
        this.versioned = VersionedChange.of("priority", LocalPriority::version, priorities::update);
        this.communities = communities;
        this.histories = histories;
        this.themes = themes;
        this.partners = partners;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Outcome<PriorityDetails> add(Actor actor, Slug community, PriorityDraft draft) {
        return asEngagementOfficer(actor, () -> {
            Optional<IntegratedCareCommunity> found = communities.findBySlug(community);
            if (found.isEmpty()) {
                return Outcome.notFound("community", community);
            }
            if (histories.of(found.get().id()).merger().isPresent()) {
                return Outcome.rejected(new Rejection.Conflict("This community has been merged into another; "
                        + "add the priority to the community it joined."));
            }
            Optional<Rejection> invalid = check(draft);
            if (invalid.isPresent()) {
                return Outcome.rejected(invalid.get());
            }
            priorities.hold(found.get().id());
            int rank = priorities.ofCommunity(found.get().id()).size() + 1;
            LocalPriority added = priorities.add(LocalPriority.add(PriorityId.random(), found.get().id(), rank,
                    draft.title(), draft.description(), draft.serves(), draft.rationale(), draft.theme(), draft.owner(),
                    new StatusStep(PriorityStatus.PROPOSED, today()), clock.instant()));
            audit.recordAdded(actor.id(), "priority.added", "priority", added.id(), "title", added.title());
            return Outcome.done(view(added));
        });
    }

    @Override
    public Outcome<PriorityDetails> revise(Actor actor, PriorityId id, long version, PriorityDraft draft) {
        return change(actor, id, version, "priority.revised", was -> {
            check(draft).ifPresent(rejection -> {
                throw new RejectedException(rejection);
            });
            return was.revise(draft.title(), draft.description(), draft.serves(), draft.rationale(), draft.theme(),
                    draft.owner(), clock.instant());
        });
    }

    @Override
    public Outcome<PriorityDetails> moveTo(Actor actor, PriorityId id, long version, PriorityStatus status, LocalDate on) {
        return change(actor, id, version, "priority.status-changed", was -> {
            if (on.isAfter(today())) {
                throw new InvalidValueException("statusOn", "must not be in the future");
            }
            return was.moveTo(status, on, clock.instant());
        });
    }

    @Override
    public Outcome<List<PriorityDetails>> rank(Actor actor, PriorityId id, long version, int rank) {
        return asEngagementOfficer(actor, () -> versioned.current(priorities.find(id), id, version).flatMap(found -> {
            priorities.hold(found.community());
            return Outcome.attempt(() -> Ranking.move(priorities.ofCommunity(found.community()), id, rank,
                    clock.instant())).map(ranked -> {
                for (LocalPriority priority : ranked) {
                    LocalPriority stored = priorities.find(priority.id()).orElseThrow();
                    if (stored.rank() != priority.rank()) {
                        versioned.storeOrUndo(priority);
                    }
                }
                audit.record(Optional.of(actor.id()), "priority.ranked", "priority", id.toString(), List.of(
                        new FieldChange("rank", Optional.of(String.valueOf(found.rank())),
                                Optional.of(String.valueOf(rank)))));
                return views(priorities.ofCommunity(found.community()));
            });
        }));
    }

    @Override
    public Outcome<List<PriorityDetails>> ofCommunity(Slug community) {
        return cache.get(List.of("priorities", community), READ_FROM, () -> transactions.inTransaction(() ->
                Outcome.found(communities.findBySlug(community), "community", community)
                        .map(found -> views(priorities.ofCommunity(found.id())))));
    }

    @Override
    public PriorityComparison comparison() {
        return cache.get(List.of("priority comparison", today()), READ_FROM, () -> transactions.inTransaction(() -> {
            LocalDate today = today();
            List<IntegratedCareCommunity> columns = communities.all().stream()
                    .filter(community -> !histories.of(community.id()).mergedBy(today))
                    .sorted(Comparator.comparing(IntegratedCareCommunity::name)).toList();
            Map<ThemeId, String> themeNames = themes.all().stream().collect(Collectors.toMap(Theme::id, Theme::name));
            Set<CommunityId> shown = columns.stream().map(IntegratedCareCommunity::id).collect(Collectors.toSet());
            List<LocalPriority> held = priorities.all().stream().filter(p -> p.status() != PriorityStatus.DROPPED)
                    .filter(p -> shown.contains(p.community())).toList();
            Map<String, List<List<PriorityComparison.Cell>>> rows = new LinkedHashMap<>();
            List<String> rowNames = new ArrayList<>(held.stream().flatMap(p -> p.theme().map(themeNames::get).stream())
                    .distinct().sorted().toList());
            if (held.stream().anyMatch(p -> p.theme().isEmpty())) {
                rowNames.add(NO_THEME);
            }
            for (String row : rowNames) {
                List<List<PriorityComparison.Cell>> cells = new ArrayList<>();
                for (IntegratedCareCommunity column : columns) {
                    cells.add(held.stream().filter(p -> p.community().equals(column.id()))
                            .filter(p -> p.theme().map(themeNames::get).orElse(NO_THEME).equals(row))
                            .sorted(Comparator.comparingInt(LocalPriority::rank))
                            .map(p -> new PriorityComparison.Cell(p.rank(), p.title(), p.status())).toList());
                }
                rows.put(row, cells);
            }
            return new PriorityComparison(
                    columns.stream().map(c -> new PriorityComparison.Column(c.slug().toString(), c.name())).toList(),
                    rows.entrySet().stream().map(e -> new PriorityComparison.Row(e.getKey(), e.getValue())).toList());
        }));
    }

    private Outcome<PriorityDetails> change(Actor actor, PriorityId id, long version, String action,
                                         UnaryOperator<LocalPriority> step) {
        return asEngagementOfficer(actor, () -> versioned.apply(priorities.find(id), id, version, step).map(changed -> {
            LocalPriority was = changed.was();
            LocalPriority stored = changed.is();
            List<FieldChange> changes = new ArrayList<>();
            if (was.status() != stored.status()) {
                changes.add(new FieldChange("status", Optional.of(was.status().name()), Optional.of(stored.status().name())));
            }
            if (!was.title().equals(stored.title())) {
                changes.add(new FieldChange("title", Optional.of(was.title()), Optional.of(stored.title())));
            }
            audit.record(Optional.of(actor.id()), action, "priority", id.toString(), changes);
            return view(stored);
        }));
    }

    private Optional<Rejection> check(PriorityDraft draft) {
        if (draft.serves().isEmpty()) {
            return Optional.of(Rejection.InvalidInput.of("serves", "must name at least one dimension of the triple aim"));
        }
        if (partners.find(draft.owner()).isEmpty()) {
            return Optional.of(Rejection.InvalidInput.of("owner", "must be one of the partners"));
        }
        if (draft.theme().isPresent() && themes.find(draft.theme().get()).isEmpty()) {
            return Optional.of(Rejection.InvalidInput.of("theme", "must be a theme from the list"));
        }
        return Optional.empty();
    }

    private List<PriorityDetails> views(List<LocalPriority> found) {
        Map<ThemeId, String> themeNames = themes.all().stream().collect(Collectors.toMap(Theme::id, Theme::name));
        Map<PartnerId, String> partnerNames = partners.all().stream().collect(Collectors.toMap(Partner::id, Partner::name));
        return found.stream().sorted(Comparator.comparingInt(LocalPriority::rank))
                .map(p -> new PriorityDetails(p, p.theme().map(themeNames::get), partnerNames.getOrDefault(p.owner(),
                        "A partner organisation"))).toList();
    }

    private PriorityDetails view(LocalPriority priority) {
        return views(List.of(priority)).getFirst();
    }

    private LocalDate today() {
        return UkTime.dayOf(clock.instant());
    }

    private <T> Outcome<T> asEngagementOfficer(Actor actor, Supplier<Outcome<T>> work) {
        return AccessPolicy.inTransactionAs(actor, transactions, work, Role.ENGAGEMENT_OFFICER, Role.ADMIN);
    }
}
