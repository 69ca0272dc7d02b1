package org.bettercaretogether.application.change;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.consultation.Consultations;
import org.bettercaretogether.application.feedback.ContributorNotices;
import org.bettercaretogether.application.feedback.FeedbackLog;
import org.bettercaretogether.application.feedback.PublishedViews;
import org.bettercaretogether.application.feedback.Subjects;
import org.bettercaretogether.application.feedback.Themes;
import org.bettercaretogether.application.shared.AccessPolicy;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.ReadCache;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.StoredData;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.shared.VersionedChange;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.change.ChangeId;
import org.bettercaretogether.domain.change.ChangeMade;
import org.bettercaretogether.domain.change.ChangeStatus;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.workstream.Workstream;
import org.bettercaretogether.domain.workstream.WorkstreamId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Records changes made and serves "you said, we did", each change linked to the consultation it came from, if one
 * did (a scheduled one; a draft is refused). Linking a view to a change tells its giver once, if they asked;
 * the public picture of a change shows only its published views, and counts the rest.
 */
public final class ChangeService implements RecordChangeMade, YouSaidWeDid {

    /** The parts of the stored data its kept answers are read from. */
    private static final Set<StoredData> READ_FROM = Set.of(StoredData.DIRECTORY, StoredData.COMMUNITY_LIFE, StoredData.VIEWS);

    private final Transactions transactions;
    private final ChangesMade changes;
    private final Consultations consultations;
    private final VersionedChange<ChangeMade> versioned;
    private final FeedbackLog feedback;
    private final Themes themes;
    private final Communities communities;
    private final Workstreams workstreams;
    private final PublishedViews publishedViews;
    private final ContributorNotices notices;
    private final AuditTrail audit;
    private final Clock clock;
    private final ReadCache cache;

    @Inject
    public ChangeService(Transactions transactions, ChangesMade changes, Consultations consultations,
                         FeedbackLog feedback, Themes themes, Communities communities, Workstreams workstreams,
                         PublishedViews publishedViews, ContributorNotices notices, AuditTrail audit, ReadCache cache,
                         Clock clock) {
        this.cache = cache;
        this.transactions = transactions;
        this.changes = changes;
        this.consultations = consultations;
        this.versioned = VersionedChange.of("change", ChangeMade::version, changes::update);
        this.feedback = feedback;
        this.themes = themes;
        this.communities = communities;
        this.workstreams = workstreams;
        this.publishedViews = publishedViews;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Outcome<List<ChangeSummary>> changes(Actor actor) {
        return asEngagementOfficer(actor, () -> Outcome.done(summaries(changes.all(), 0)));
    }

    @Override
    public Outcome<ChangeSummary> change(Actor actor, ChangeId id) {
        return asEngagementOfficer(actor, () -> Outcome.found(changes.find(id), "change", id).map(this::summary));
    }

    @Override
    public Outcome<ChangeSummary> plan(Actor actor, ChangeDraft draft) {
        return asEngagementOfficer(actor, () -> resolve(draft).map(resolved -> {
            ChangeMade planned = ChangeMade.planned(ChangeId.random(), draft.title(), draft.description(),
                    resolved.community(), resolved.workstream(), UkTime.dayOf(clock.instant()),
                    resolved.views().keySet(), draft.themes()).cameFrom(resolved.consultation());
            ChangeMade stored = changes.add(planned);
            tellNewlyLinked(stored, Set.of(), resolved.views());
            audit.recordAdded(actor.id(), "change.planned", "change", stored.id(), "title", stored.title());
            return summary(stored);
        }));
    }

    @Override
    public Outcome<ChangeSummary> revise(Actor actor, ChangeId id, long version, ChangeDraft draft) {
        return asEngagementOfficer(actor, () -> versioned.current(changes.find(id), id, version)
                .flatMap(was -> resolve(draft).flatMap(resolved -> {
                    ChangeMade revised = was.revise(draft.title(), draft.description(), resolved.community(),
                            resolved.workstream(), resolved.views().keySet(), draft.themes())
                            .cameFrom(resolved.consultation());
                    return store(actor, was, revised, "change.revised", resolved.views());
                })));
    }

    @Override
    public Outcome<ChangeSummary> advance(Actor actor, ChangeId id, long version, ChangeStatus status, LocalDate day) {
        return asEngagementOfficer(actor, () -> versioned.current(changes.find(id), id, version).flatMap(was -> {
            if (day.isAfter(UkTime.dayOf(clock.instant()))) {
                return Outcome.<ChangeSummary>rejected(Rejection.InvalidInput.of("day", "must not be in the future"));
            }
            return Outcome.attempt(() -> was.advance(status, day)).flatMap(advanced -> {
                Outcome<ChangeSummary> stored = store(actor, was, advanced, "change.advanced", Map.of());
                if (stored instanceof Outcome.Done<ChangeSummary> && advanced.status() == ChangeStatus.MADE) {
                    // The interface promises that the givers of linked views hear when the change is made.
                    advanced.views().stream().map(feedback::find).flatMap(Optional::stream)
                            .forEach(view -> notices.linkedToChange(view, advanced.title(), advanced.status().title()));
                }
                return stored;
            });
        }));
    }

    @Override
    public List<ChangeSummary> programme() {
        return cache.get(List.of("changes made"), READ_FROM, () -> transactions.inTransaction(() ->
                publicOrder(summaries(changes.all(), ChangeSummary.PUBLISHED_VIEWS_SHOWN))));
    }

    @Override
    public Outcome<List<ChangeSummary>> community(Slug slug) {
        return madeFor("community", slug, () -> communities.findBySlug(slug).map(IntegratedCareCommunity::id),
                ChangeMade::community);
    }

    @Override
    public Outcome<List<ChangeSummary>> workstream(Slug slug) {
        return madeFor("workstream", slug, () -> workstreams.findBySlug(slug).map(Workstream::id),
                ChangeMade::workstream);
    }

    @Override
    public Outcome<List<ChangeSummary>> consultation(Slug slug) {
        return madeFor("consultation", slug, () -> scheduled(slug).map(Consultation::id), ChangeMade::consultation);
    }

    /** The consultation at {@code slug} if it has been scheduled: a draft is no consultation a change can come from. */
    private Optional<Consultation> scheduled(Slug slug) {
        return consultations.findBySlug(slug).filter(found -> found.scheduledAt().isPresent());
    }

    /**
     * The changes made for the community or workstream at {@code slug} (a {@code kind}), in public order: those whose
     * {@code subjectOf} is the id {@code find} reads.
     */
    private <I> Outcome<List<ChangeSummary>> madeFor(String kind, Slug slug, Supplier<Optional<I>> find,
                                                     Function<ChangeMade, Optional<I>> subjectOf) {
        return cache.get(List.of("changes made", kind, slug), READ_FROM, () -> transactions.inTransaction(() ->
                Outcome.found(find.get(), kind, slug).map(id -> publicOrder(summaries(changes.all().stream()
                        .filter(change -> subjectOf.apply(change).equals(Optional.of(id))).toList(),
                        ChangeSummary.PUBLISHED_VIEWS_SHOWN)))));
    }

    private Outcome<ChangeSummary> store(Actor actor, ChangeMade was, ChangeMade changed, String action,
                                         Map<FeedbackId, Feedback> linked) {
        return versioned.store(was, changed).map(stored -> {
            tellNewlyLinked(stored.is(), was.views(), linked);
            List<FieldChange> audited = new ArrayList<>();
            if (was.status() != changed.status()) {
                audited.add(new FieldChange("status", Optional.of(was.status().name()),
                        Optional.of(changed.status().name())));
            }
            if (!was.title().equals(changed.title())) {
                audited.add(new FieldChange("title", Optional.of(was.title()), Optional.of(changed.title())));
            }
            if (!was.views().equals(changed.views())) {
                audited.add(new FieldChange("views", Optional.of(String.valueOf(was.views().size())),
                        Optional.of(String.valueOf(changed.views().size()))));
            }
            if (!was.consultation().equals(changed.consultation())) {
                audited.add(new FieldChange("consultation", was.consultation().map(ConsultationId::toString),
                        changed.consultation().map(ConsultationId::toString)));
            }
            audit.record(Optional.of(actor.id()), action, "change", changed.id().toString(), audited);
            return summary(stored.is());
        });
    }

    private void tellNewlyLinked(ChangeMade change, Set<FeedbackId> before, Map<FeedbackId, Feedback> linked) {
        linked.forEach((id, view) -> {
            if (!before.contains(id)) {
                notices.linkedToChange(view, change.title(), change.status().title());
            }
        });
    }

    private record Resolved(Optional<CommunityId> community, Optional<WorkstreamId> workstream,
                            Map<FeedbackId, Feedback> views, Optional<ConsultationId> consultation) {
    }

    /** Finds what a draft names, or refuses it naming every unknown community, workstream, view or theme. */
    private Outcome<Resolved> resolve(ChangeDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<CommunityId> community = draft.community().flatMap(slug -> {
            Optional<IntegratedCareCommunity> found = communities.findBySlug(slug);
            if (found.isEmpty()) {
                problems.add(new FieldProblem("community", "There is no community called '" + slug + "'."));
            }
            return found.map(IntegratedCareCommunity::id);
        });
        Optional<WorkstreamId> workstream = draft.workstream().flatMap(slug -> {
            Optional<Workstream> found = workstreams.findBySlug(slug);
            if (found.isEmpty()) {
                problems.add(new FieldProblem("workstream", "There is no workstream called '" + slug + "'."));
            }
            return found.map(Workstream::id);
        });
        Optional<ConsultationId> consultation = draft.consultation().flatMap(slug -> {
            Optional<Consultation> found = scheduled(slug);
            if (found.isEmpty()) {
                problems.add(new FieldProblem("consultation", "There is no consultation at '" + slug + "'."));
            }
            return found.map(Consultation::id);
        });
        Map<FeedbackId, Feedback> views = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (FeedbackReference reference : draft.views().stream().sorted(Comparator.comparing(FeedbackReference::value)).toList()) {
            feedback.findByReference(reference).ifPresentOrElse(view -> views.put(view.id(), view),
                    () -> unknown.add(reference.value()));
        }
        if (unknown.size() == 1) {
            problems.add(new FieldProblem("views", "There is no view with the reference " + unknown.getFirst() + "."));
        } else if (unknown.size() > 1) {
            problems.add(new FieldProblem("views", "There are no views with the references "
                    + String.join(", ", unknown.subList(0, unknown.size() - 1)) + " and " + unknown.getLast() + "."));
        }
        Set<ThemeId> known = themes.all().stream().map(Theme::id).collect(Collectors.toSet());
        draft.themes().stream().filter(theme -> !known.contains(theme)).map(ThemeId::toString).sorted()
                .forEach(theme -> problems.add(new FieldProblem("themes",
                        "must be themes from the list; there is no theme " + theme)));
        if (!problems.isEmpty()) {
            return Outcome.rejected(new Rejection.InvalidInput(problems));
        }
        return Outcome.done(new Resolved(community, workstream, views, consultation));
    }

    /**
     * The summaries of changes, each quoting its {@code shown} most recently published views. For staff (who are
     * shown none, and see every reference), the views behind the changes are read in brief; for the public, only
     * their counts and the ids of those quoted are read, from the links, and only those quoted are read whole.
     */
    private List<ChangeSummary> summaries(List<ChangeMade> found, int shown) {
        Map<ThemeId, String> themeNames = publishedViews.themeNames();
        if (shown == 0) {
            Map<FeedbackId, FeedbackLog.InBrief> linked = feedback.inBrief(found.stream()
                            .flatMap(change -> change.views().stream()).collect(Collectors.toSet())).stream()
                    .collect(Collectors.toMap(FeedbackLog.InBrief::id, view -> view));
            return found.stream().map(change -> {
                List<FeedbackLog.InBrief> views = change.views().stream().map(linked::get).filter(Objects::nonNull)
                        .sorted(Comparator.comparing(FeedbackLog.InBrief::receivedAt)).toList();
                return summary(change, themeNames, views.stream().map(FeedbackLog.InBrief::reference).toList(),
                        views.size(), (int) views.stream().filter(view -> view.publishedAt().isPresent()).count(),
                        List.of());
            }).toList();
        }
        Map<ChangeId, FeedbackLog.LinkedViews> linked = feedback.linkedToChanges(shown);
        Map<FeedbackId, Feedback> whole = feedback.findAll(found.stream()
                        .flatMap(change -> linkedTo(change, linked).latestPublished().stream())
                        .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Feedback::id, view -> view));
        return found.stream().map(change -> {
            FeedbackLog.LinkedViews views = linkedTo(change, linked);
            return summary(change, themeNames, List.of(), views.linked(), views.published(),
                    views.latestPublished().stream().map(whole::get).filter(Objects::nonNull).toList());
        }).toList();
    }

    private static FeedbackLog.LinkedViews linkedTo(ChangeMade change, Map<ChangeId, FeedbackLog.LinkedViews> linked) {
        return linked.getOrDefault(change.id(), FeedbackLog.LinkedViews.NONE);
    }

    private ChangeSummary summary(ChangeMade change) {
        return summaries(List.of(change), 0).getFirst();
    }

    private ChangeSummary summary(ChangeMade change, Map<ThemeId, String> themeNames,
                                  List<FeedbackReference> references, int linked, int published,
                                  List<Feedback> quoted) {
        String where = Subjects.PROGRAMME;
        Optional<String> communitySlug = Optional.empty();
        Optional<String> workstreamSlug = Optional.empty();
        if (change.community().isPresent()) {
            Optional<IntegratedCareCommunity> community = communities.find(change.community().get());
            where = community.map(IntegratedCareCommunity::name).orElse("A former community");
            communitySlug = community.map(c -> c.slug().toString());
        } else if (change.workstream().isPresent()) {
            Optional<Workstream> workstream = workstreams.find(change.workstream().get());
            where = workstream.map(Workstream::name).orElse("A former workstream");
            workstreamSlug = workstream.map(w -> w.slug().toString());
        }
        return new ChangeSummary(change, where, communitySlug, workstreamSlug,
                change.themes().stream().map(themeNames::get).filter(Objects::nonNull).sorted().toList(),
                references, linked, published,
                publishedViews.of(quoted.stream().sorted(Comparator.comparing(Feedback::receivedAt)).toList()),
                change.consultation().flatMap(consultations::find)
                        .map(found -> new ChangeSummary.CameFrom(found.slug(), found.title())));
    }

    /** Made changes first, latest made first; then those in progress, latest started first; then planned, latest first. */
    private static List<ChangeSummary> publicOrder(List<ChangeSummary> summaries) {
        Comparator<ChangeSummary> order = Comparator
                .comparing((ChangeSummary s) -> -s.change().status().ordinal())
                .thenComparing(s -> s.change().madeOn().or(() -> s.change().startedOn())
                        .orElse(s.change().plannedOn()), Comparator.reverseOrder())
                .thenComparing(s -> s.change().title());
        return summaries.stream().sorted(order).toList();
    }

    private <T> Outcome<T> asEngagementOfficer(Actor actor, Supplier<Outcome<T>> work) {
        return AccessPolicy.inTransactionAs(actor, transactions, work, Role.ENGAGEMENT_OFFICER, Role.ADMIN);
    }
}
