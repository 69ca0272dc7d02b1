package org.bettercaretogether.application.community;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.shared.AccessPolicy;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.ReadCache;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.StoredData;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.shared.VersionedChange;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.community.CommunityHistory;
import org.bettercaretogether.domain.community.Coverage;
import org.bettercaretogether.domain.community.DevelopmentStage;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.community.Merger;
import org.bettercaretogether.domain.community.PostcodeDistrict;
import org.bettercaretogether.domain.community.Renaming;
import org.bettercaretogether.domain.community.StageReached;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.staff.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Records how communities change over time, keeping every step in their history. A community's own record changes with
 * it (its stage; its name and address; on a merger, the community it joined takes on its towns and postcode districts),
 * so finding one's community by place keeps working.
 */
public final class CommunityService implements ShapeCommunities {

    /** More mergers in a row than the programme has communities would mean a cycle in the data. */
    private static final int MOST_MERGERS = 20;

    /** The parts of the stored data its kept answers are read from. */
    private static final Set<StoredData> READ_FROM = Set.of(StoredData.DIRECTORY);

    private final Transactions transactions;
    private final Communities communities;
    private final CommunityHistories histories;
    private final VersionedChange<IntegratedCareCommunity> communityChanges;
    private final VersionedChange<CommunityHistory> historyChanges;
    private final AuditTrail audit;
    private final ReadCache cache;
    private final Clock clock;

    @Inject
    public CommunityService(Transactions transactions, Communities communities, CommunityHistories histories,
                            AuditTrail audit, ReadCache cache, Clock clock) {
        this.transactions = transactions;
        this.communityChanges = VersionedChange.of("community", IntegratedCareCommunity::version, communities::update)
                .storedMeanwhileSays("The community was changed by someone else meanwhile; try again.");
        this.historyChanges = VersionedChange.of("community's history", CommunityHistory::version, histories::save)
                .storedMeanwhileSays("The community's history was changed by someone else meanwhile; try again.");
        this.communities = communities;
        this.histories = histories;
        this.audit = audit;
        this.cache = cache;
        this.clock = clock;
    }

    @Override
    public Outcome<CommunityStory> recordStage(Actor actor, Slug slug, DevelopmentStage stage, LocalDate reachedOn) {
        return shaping(actor, slug, "stageReachedOn", reachedOn, (community, history) -> {
            StageReached reached = new StageReached(stage, reachedOn);
            update(community.reaching(reached));
            audit(actor, "community.stage-recorded", community, "stage", community.stage().map(s -> s.stage().name()),
                    stage.name());
            return history.reaching(reached);
        });
    }

    @Override
    public Outcome<CommunityStory> rename(Actor actor, Slug slug, String newName, Slug newSlug, LocalDate effectiveOn) {
        return shaping(actor, slug, "effectiveOn", effectiveOn, (community, history) -> {
            boolean takenNow = communities.findBySlug(newSlug).filter(other -> !other.id().equals(community.id()))
                    .isPresent();
            boolean takenBefore = histories.withFormerSlug(newSlug)
                    .filter(other -> !other.community().equals(community.id())).isPresent();
            if (takenNow || takenBefore) {
                throw new InvalidValueException("slug", "is, or was, the address of another community");
            }
            Renaming renaming = new Renaming(community.name(), community.slug(), newName, newSlug, effectiveOn);
            update(new IntegratedCareCommunity(community.id(), newSlug, renaming.toName(), community.network(),
                    community.coverage(), community.population(), community.stage(), community.version()));
            audit(actor, "community.renamed", community, "name", Optional.of(community.name() + " (" + community.slug()
                    + ")"), renaming.toName() + " (" + newSlug + ")");
            return history.renamed(renaming);
        });
    }

    @Override
    public Outcome<CommunityStory> merge(Actor actor, Slug slug, Slug into, LocalDate effectiveOn) {
        return shaping(actor, slug, "effectiveOn", effectiveOn, (community, history) -> {
            IntegratedCareCommunity survivor = communities.findBySlug(into)
                    .orElseThrow(() -> new InvalidValueException("into", "must be the address of another community"));
            if (survivor.id().equals(community.id())) {
                throw new InvalidValueException("into", "must be another community");
            }
            if (histories.of(survivor.id()).merger().isPresent()) {
                throw new InvalidValueException("into", "must be a community that has not itself been merged");
            }
            Set<String> towns = new LinkedHashSet<>(survivor.coverage().towns());
            towns.addAll(community.coverage().towns());
            Set<PostcodeDistrict> districts = new LinkedHashSet<>(survivor.coverage().districts());
            districts.addAll(community.coverage().districts());
            update(new IntegratedCareCommunity(survivor.id(), survivor.slug(), survivor.name(), survivor.network(),
                    new Coverage(List.copyOf(towns), List.copyOf(districts), survivor.coverage().provenance()),
                    survivor.population(), survivor.stage(), survivor.version()));
            audit(actor, "community.merged", community, "mergedInto", Optional.empty(), survivor.slug().toString());
            return history.mergedInto(new Merger(survivor.id(), survivor.name(), effectiveOn));
        });
    }

    @Override
    public Outcome<CommunityStory> story(Slug slug) {
        return cache.get(List.of("community story", slug, UkTime.dayOf(clock.instant())), READ_FROM, () ->
                transactions.inTransaction(() -> Outcome.found(find(slug), "community", slug)
                        .map(community -> story(community, histories.of(community.id())))));
    }

    @Override
    public Optional<Slug> whereIs(Slug slug) {
        return cache.get(List.of("where is", slug, UkTime.dayOf(clock.instant())), READ_FROM, () -> transactions.inTransaction(() -> {
            Optional<IntegratedCareCommunity> current = communities.findBySlug(slug);
            if (current.isPresent()) {
                return survivorOf(current.get());
            }
            return histories.withFormerSlug(slug).flatMap(history -> communities.find(history.community()))
                    .map(renamed -> survivorOf(renamed).orElse(renamed.slug()));
        }));
    }

    /**
     * The address of the community {@code community} was merged into, once the merger has taken effect, following
     * later mergers of that one too.
     */
    private Optional<Slug> survivorOf(IntegratedCareCommunity community) {
        LocalDate today = UkTime.dayOf(clock.instant());
        Optional<IntegratedCareCommunity> survivor = Optional.empty();
        IntegratedCareCommunity current = community;
        for (int step = 0; step < MOST_MERGERS; step++) {
            CommunityHistory history = histories.of(current.id());
            if (!history.mergedBy(today)) {
                break;
            }
            Optional<IntegratedCareCommunity> next = communities.find(history.merger().orElseThrow().into());
            if (next.isEmpty()) {
                break;
            }
            survivor = next;
            current = next.get();
        }
        return survivor.map(IntegratedCareCommunity::slug);
    }

    private Optional<IntegratedCareCommunity> find(Slug slug) {
        return communities.findBySlug(slug).or(() -> histories.withFormerSlug(slug)
                .flatMap(history -> communities.find(history.community())));
    }

    private CommunityStory story(IntegratedCareCommunity community, CommunityHistory history) {
        Optional<String> intoSlug = history.merger().flatMap(merger -> communities.find(merger.into()))
                .map(survivor -> survivor.slug().toString());
        return new CommunityStory(community.name(), community.slug().toString(), history, intoSlug);
    }

    @FunctionalInterface
    private interface Step {
        CommunityHistory apply(IntegratedCareCommunity community, CommunityHistory history);
    }

    /** Checks who asks and the day, applies the step to the community and its history, and stores the history. */
    private Outcome<CommunityStory> shaping(Actor actor, Slug slug, String dayField, LocalDate day, Step step) {
        return asEngagementOfficer(actor, () -> {
            Optional<IntegratedCareCommunity> found = communities.findBySlug(slug);
            if (found.isEmpty()) {
                return Outcome.notFound("community", slug);
            }
            if (day.isAfter(UkTime.dayOf(clock.instant()))) {
                return Outcome.rejected(Rejection.InvalidInput.of(dayField, "must not be in the future"));
            }
            CommunityHistory changed = step.apply(found.get(), histories.of(found.get().id()));
            CommunityHistory stored = historyChanges.storeOrUndo(changed);
            return Outcome.done(story(communities.find(found.get().id()).orElseThrow(), stored));
        });
    }

    private void update(IntegratedCareCommunity changed) {
        communityChanges.storeOrUndo(changed);
    }

    private void audit(Actor actor, String action, IntegratedCareCommunity community, String field, Optional<String> was,
                       String is) {
        audit.record(Optional.of(actor.id()), action, "community", community.id().toString(),
                List.of(new FieldChange(field, was, Optional.of(is))));
    }

    private <T> Outcome<T> asEngagementOfficer(Actor actor, Supplier<Outcome<T>> work) {
        return AccessPolicy.inTransactionAs(actor, transactions, work, Role.ENGAGEMENT_OFFICER, Role.ADMIN);
    }
}
