package org.bettercaretogether.application.feedback;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.shared.AccessPolicy;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.KeysetCursor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.PageRequest;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.shared.VersionedChange;
import org.bettercaretogether.application.staff.StaffMembers;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.feedback.Assignment;
import org.bettercaretogether.domain.feedback.Closure;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.PersonalDetails;
import org.bettercaretogether.domain.feedback.PublicText;
import org.bettercaretogether.domain.feedback.Response;
import org.bettercaretogether.domain.feedback.SafeguardingFlag;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.feedback.WorkingDays;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMember;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Moderation, assignment, answers and closure of views. Every change is checked against the role of the person making
 * it and the version they read, applied through the {@link Feedback} aggregate (which keeps the lifecycle rules),
 * audited, and — where the person asked to be told — followed by a message in the outbox, all in one transaction.
 */
public final class ModerationService implements ModerateFeedback, RespondToFeedback {

    public static final int MAXIMUM_PAGE_SIZE = 100;

    private final Transactions transactions;
    private final FeedbackLog feedback;
    private final VersionedChange<Feedback> versioned;
    private final Themes themes;
    private final StaffMembers staff;
    private final Subjects subjects;
    private final PublishedViews publishedViews;
    private final ContributorNotices notices;
    private final FeedbackSettings settings;
    private final AuditTrail audit;
    private final Clock clock;
    private final WorkingDays workingDays = WorkingDays.england();

    @Inject
    public ModerationService(Transactions transactions, FeedbackLog feedback, Themes themes, StaffMembers staff,
                            Subjects subjects, PublishedViews publishedViews, ContributorNotices notices,
                            FeedbackSettings settings, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.feedback = feedback;
        this.versioned = VersionedChange.of("view", Feedback::version, feedback::update);
        this.themes = themes;
        this.staff = staff;
        this.subjects = subjects;
        this.publishedViews = publishedViews;
        this.notices = notices;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Outcome<QueuePage> queue(Actor actor, Optional<String> cursor, int limit) {
        Optional<Rejection> refused = AccessPolicy.requireAny(actor, Role.MODERATOR, Role.ADMIN);
        if (refused.isPresent()) {
            return Outcome.rejected(refused.get());
        }
        return PageRequest.of(cursor, limit, MAXIMUM_PAGE_SIZE, FeedbackLog.Position::new)
                .map(request -> transactions.inTransaction(() -> {
                    PageRequest.Page<Feedback> page = request.page(
                            feedback.awaitingModeration(request.after(), request.lookAhead()),
                            view -> KeysetCursor.encode(view.receivedAt(), view.id().value()));
                    return new QueuePage(forStaff(page.items()), feedback.countAwaitingModeration(), page.next());
                }));
    }

    @Override
    public Outcome<FeedbackForStaff> view(Actor actor, FeedbackId id) {
        return transactions.inTransaction(() -> {
            Optional<Feedback> found = feedback.find(id);
            if (found.isEmpty()) {
                return Outcome.<FeedbackForStaff>notFound("view", id);
            }
            Optional<Rejection> refused = mayRead(actor, found.get());
            return refused.<Outcome<FeedbackForStaff>>map(Outcome::rejected)
                    .orElseGet(() -> Outcome.done(forStaff(found.get())));
        });
    }

    @Override
    public Outcome<FeedbackForStaff> publish(Actor actor, FeedbackId id, long version, String publicText) {
        return change(actor, id, version, view -> moderator(actor),
                view -> view.publish(new PublicText(publicText), clock.instant(), actor.id()),
                "feedback.published", notices::published);
    }

    @Override
    public Outcome<FeedbackForStaff> withhold(Actor actor, FeedbackId id, long version, WithholdReason reason,
                                              Optional<String> note) {
        return change(actor, id, version, view -> moderator(actor),
                view -> view.withhold(reason, note, clock.instant(), actor.id()), "feedback.withheld", view -> {
                });
    }

    @Override
    public Outcome<FeedbackForStaff> tagThemes(Actor actor, FeedbackId id, long version, Set<ThemeId> tagged) {
        Map<ThemeId, Theme> known = themes.all().stream().collect(Collectors.toMap(Theme::id, theme -> theme));
        return change(actor, id, version, view -> triage(actor), view -> {
            for (ThemeId theme : tagged) {
                boolean keptFromBefore = view.themes().contains(theme);
                if (!known.containsKey(theme) || (!known.get(theme).inUse() && !keptFromBefore)) {
                    throw new InvalidValueException("themes", "must be themes from the list in use");
                }
            }
            return view.tagThemes(tagged, clock.instant(), actor.id());
        }, "feedback.themes-tagged", view -> {
        });
    }

    @Override
    public Outcome<FeedbackForStaff> assign(Actor actor, FeedbackId id, long version, PartnerId partner) {
        Optional<Rejection> refused = triage(actor);
        if (refused.isPresent()) {
            return Outcome.rejected(refused.get());
        }
        if (publishedViews.partnerName(partner).isEmpty()) {
            return Outcome.rejected(Rejection.InvalidInput.of("partner", "must be one of the partners"));
        }
        return change(actor, id, version, view -> triage(actor), view -> view.assign(new Assignment(partner,
                        workingDays.after(view.origin().receivedOn(), settings.responseTargetWorkingDays()),
                        clock.instant(), actor.id())),
                "feedback.assigned", view -> {
                });
    }

    @Override
    public Outcome<FeedbackForStaff> flagSafeguarding(Actor actor, FeedbackId id, long version, String note) {
        return change(actor, id, version, view -> moderator(actor),
                view -> view.flagSafeguarding(new SafeguardingFlag(clock.instant(), actor.id(), note)),
                "feedback.safeguarding-flagged", view -> notices.safeguardingConcern(staff.all().stream()
                        .filter(member -> member.active() && member.holds(Role.ADMIN)).map(StaffMember::email)
                        .toList(), view.reference()));
    }

    @Override
    public Outcome<List<FeedbackForStaff>> safeguardingConcerns(Actor actor) {
        Optional<Rejection> refused = AccessPolicy.requireAny(actor, Role.ADMIN);
        if (refused.isPresent()) {
            return Outcome.rejected(refused.get());
        }
        return Outcome.done(transactions.inTransaction(() -> forStaff(feedback.safeguardingConcerns())));
    }

    @Override
    public Outcome<AwaitingAnswer> awaitingAnswer(Actor actor, Optional<String> cursor, int limit) {
        Optional<PartnerId> only;
        if (actor.holds(Role.MODERATOR) || actor.holds(Role.ENGAGEMENT_OFFICER) || actor.holds(Role.ADMIN)) {
            only = Optional.empty();
        } else if (actor.holds(Role.RESPONDER)) {
            only = Optional.of(actor.partner());
        } else {
            return Outcome.rejected(AccessPolicy.requireAny(actor, Role.RESPONDER).orElseThrow());
        }
        LocalDate today = UkTime.dayOf(clock.instant());
        return PageRequest.ofDays(cursor, limit, MAXIMUM_PAGE_SIZE, FeedbackLog.DuePosition::new)
                .map(request -> transactions.inTransaction(() -> {
                    PageRequest.Page<Feedback> page = request.page(
                            feedback.awaitingAnswer(only, request.after(), request.lookAhead()),
                            view -> KeysetCursor.encode(view.assignment().orElseThrow().dueOn(), view.id().value()));
                    FeedbackLog.AnswerBacklog backlog = feedback.answerBacklog(only, today);
                    return new AwaitingAnswer(forStaff(page.items()), backlog.waiting(), backlog.overdue(), today,
                            page.next());
                }));
    }

    @Override
    public Outcome<FeedbackForStaff> respond(Actor actor, FeedbackId id, long version, String answer) {
        return change(actor, id, version, view -> responderOfAssignedPartner(actor, view),
                view -> view.respond(new Response(actor.partner(), answer, clock.instant(), actor.id())),
                "feedback.answered", view -> notices.answered(view, publishedViews.partnerName(actor.partner())
                        .orElse("A partner organisation")));
    }

    @Override
    public Outcome<FeedbackForStaff> close(Actor actor, FeedbackId id, long version, Optional<String> reason) {
        return change(actor, id, version, view -> {
            if (actor.holds(Role.MODERATOR) || actor.holds(Role.ADMIN)) {
                return Optional.empty();
            }
            return responderOfAssignedPartner(actor, view);
        }, view -> view.close(new Closure(clock.instant(), actor.id(), reason)), "feedback.closed", view -> {
        });
    }

    /**
     * The one way a view changes: load it, check who is asking and which version they read, take the step, store it,
     * audit it, then tell whoever must be told.
     */
    private Outcome<FeedbackForStaff> change(Actor actor, FeedbackId id, long version,
                                             Function<Feedback, Optional<Rejection>> access,
                                             UnaryOperator<Feedback> step, String action, Consumer<Feedback> then) {
        return transactions.inTransaction(() -> versioned.found(feedback.find(id), id)
                .flatMap(was -> access.apply(was).<Outcome<VersionedChange.Changed<Feedback>>>map(Outcome::rejected)
                        .orElseGet(() -> versioned.apply(was, version, step)))
                .map(changed -> {
                    then.accept(changed.is());
                    audit.record(Optional.of(actor.id()), action, "feedback", changed.was().reference().value(),
                            auditedChanges(changed.was(), changed.is()));
                    return forStaff(changed.is());
                }));
    }

    private static List<FieldChange> auditedChanges(Feedback was, Feedback is) {
        List<FieldChange> changes = new ArrayList<>();
        if (was.status() != is.status()) {
            changes.add(new FieldChange("status", Optional.of(was.status().name()), Optional.of(is.status().name())));
        }
        if (!was.assignment().map(Assignment::partner).equals(is.assignment().map(Assignment::partner))) {
            changes.add(new FieldChange("assignedTo", was.assignment().map(a -> a.partner().toString()),
                    is.assignment().map(a -> a.partner().toString())));
        }
        if (!was.themes().equals(is.themes())) {
            changes.add(new FieldChange("themes", Optional.of(String.valueOf(was.themes().size())),
                    Optional.of(String.valueOf(is.themes().size()))));
        }
        if (was.safeguarding().isEmpty() && is.safeguarding().isPresent()) {
            changes.add(new FieldChange("safeguarding", Optional.of("no"), Optional.of("flagged")));
        }
        return changes;
    }

    private static Optional<Rejection> moderator(Actor actor) {
        return AccessPolicy.requireAny(actor, Role.MODERATOR, Role.ADMIN);
    }

    private static Optional<Rejection> triage(Actor actor) {
        return AccessPolicy.requireAny(actor, Role.MODERATOR, Role.ENGAGEMENT_OFFICER, Role.ADMIN);
    }

    private static Optional<Rejection> responderOfAssignedPartner(Actor actor, Feedback view) {
        Optional<Rejection> refused = AccessPolicy.requireAny(actor, Role.RESPONDER);
        if (refused.isPresent()) {
            return refused;
        }
        boolean ours = view.assignment().map(a -> a.partner().equals(actor.partner())).orElse(false);
        return ours ? Optional.empty() : Optional.of(new Rejection.Forbidden(
                "Only a responder of the organisation this view is assigned to may do this."));
    }

    private static Optional<Rejection> mayRead(Actor actor, Feedback view) {
        if (actor.holds(Role.MODERATOR) || actor.holds(Role.ENGAGEMENT_OFFICER) || actor.holds(Role.ADMIN)) {
            return Optional.empty();
        }
        return responderOfAssignedPartner(actor, view);
    }

    private List<FeedbackForStaff> forStaff(List<Feedback> views) {
        Map<ThemeId, String> names = themeNames();
        return views.stream().map(view -> forStaff(view, names)).toList();
    }

    private FeedbackForStaff forStaff(Feedback view) {
        return forStaff(view, themeNames());
    }

    private Map<ThemeId, String> themeNames() {
        return publishedViews.themeNames();
    }

    private FeedbackForStaff forStaff(Feedback view, Map<ThemeId, String> names) {
        List<PersonalDetails.Found> detected = view.text().map(ViewText::value).map(PersonalDetails::findIn)
                .orElse(List.of());
        return new FeedbackForStaff(view, subjects.describe(view.subject()).name(), detected,
                view.text().map(ViewText::value).map(PersonalDetails::redacted),
                view.themes().stream().map(names::get).filter(Objects::nonNull).sorted().toList(),
                view.assignment().flatMap(a -> publishedViews.partnerName(a.partner())));
    }
}
