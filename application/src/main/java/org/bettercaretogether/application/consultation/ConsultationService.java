package org.bettercaretogether.application.consultation;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.feedback.Subjects;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.shared.AccessPolicy;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.IdempotencyKey;
import org.bettercaretogether.application.shared.KeptAnswers;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.ReadCache;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.SealedTokens;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.shared.StoredData;
import org.bettercaretogether.application.shared.SubmissionReplays;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.shared.VersionedChange;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.consultation.AboutYouTopic;
import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.consultation.Answering;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.ConsultationState;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.Option;
import org.bettercaretogether.domain.consultation.Response;
import org.bettercaretogether.domain.consultation.ResponseId;
import org.bettercaretogether.domain.feedback.Origin;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Runs consultations for staff, shows them to the public, and takes their answers. A response sent with an
 * idempotency key claims the key first ({@link KeptAnswers}, as registrations for meetings do), so a retry at the
 * same moment waits for the first and is given its answer; a response is kept only if the consultation is open and
 * still asks the questions it was checked against.
 */
public final class ConsultationService implements BrowseConsultations, AnswerConsultation, RunConsultations,
        EnterPaperResponse {

    /** Keeps the keys of responses apart from those of views and registrations in {@link SubmissionReplays}. */
    private static final String KEY_KIND = "consultation response\u001f";
    private static final String TOKEN_PREFIX = "r";
    /**
     * What a claimed key records as its reference: a response is known by its private link's token, which the retry
     * opens with its key, so the reference itself says only what was made.
     */
    private static final String REPLAY_REFERENCE = "response";

    /** Consultations belong to what communities do; what they are about and who runs them, to the directory. */
    private static final Set<StoredData> READ_FROM = Set.of(StoredData.COMMUNITY_LIFE, StoredData.DIRECTORY);

    private final Transactions transactions;
    private final ReadCache cache;
    private final Consultations consultations;
    private final ConsultationResponses responses;
    private final FreeTextAnswers freeText;
    private final RespondentEmails emails;
    private final VersionedChange<Consultation> versioned;
    private final KeptAnswers answers;
    private final Subjects subjects;
    private final Communities communities;
    private final Partners partners;
    private final AuditTrail audit;
    private final Clock clock;

    private final TellRespondents tell;

    @Inject
    public ConsultationService(Transactions transactions, Consultations consultations, ConsultationResponses responses,
                               FreeTextAnswers freeText, RespondentEmails emails, KeptAnswers answers,
                               Subjects subjects, Communities communities, Partners partners, TellRespondents tell,
                               AuditTrail audit, ReadCache cache, Clock clock) {
        this.tell = tell;
        this.transactions = transactions;
        this.cache = cache;
        this.consultations = consultations;
        this.responses = responses;
        this.freeText = freeText;
        this.emails = emails;
        this.versioned = VersionedChange.of("consultation", Consultation::version, consultations::update);
        this.answers = answers;
        this.subjects = subjects;
        this.communities = communities;
        this.partners = partners;
        this.audit = audit;
        this.clock = clock;
    }

    // The public -------------------------------------------------------------------------------------------------

    @Override
    public List<ConsultationSummary> consultations() {
        Instant now = clock.instant();
        // Read once between changes (the home page lists the open ones for every reader); the state of each is the
        // clock's, worked out again for each call.
        List<ConsultationSummary> read = cache.get(List.of("consultations"), READ_FROM, () ->
                transactions.inTransaction(() -> consultations.all().stream()
                        .map(consultation -> summary(consultation, now)).toList()));
        return publicOrder(read.stream().map(summary -> new ConsultationSummary(summary.consultation(),
                        summary.consultation().state(now), summary.about(), summary.runBy()))
                .filter(summary -> summary.state().isPublic()).toList());
    }

    @Override
    public List<ConsultationSummary> stillToClose(ViewAbout about) {
        String kind = about.kind().key();
        Optional<String> slug = about.slug().map(Slug::value);
        return consultations().stream()
                .filter(summary -> summary.state() == ConsultationState.OPEN
                        || summary.state() == ConsultationState.UPCOMING)
                .filter(summary -> summary.about().kind().equals(kind) && summary.about().slug().equals(slug))
                .toList();
    }

    @Override
    public Outcome<ConsultationSummary> consultation(Slug slug) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> published(slug, now).map(found -> summary(found, now)));
    }

    @Override
    public Outcome<ConsultationVersions> versions(Slug slug) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> published(slug, now).map(found -> versionsOf(found, now).onlyPublic()));
    }

    @Override
    public Outcome<ConsultationResults> results(Slug slug) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> published(slug, now).flatMap(found -> resultsOf(found, now)));
    }

    @Override
    public List<Option> aboutYouOptions(AboutYouTopic topic) {
        return AboutYouOptions.of(topic, transactions.inTransaction(communities::all));
    }

    @Override
    public Outcome<ResponseReceipt> respond(Slug slug, List<Answer> given, ResponseConsent consent,
                                            Optional<IdempotencyKey> key) {
        Optional<String> keyHash = key.map(presented -> Secrets.sha256(KEY_KIND + presented.value()));
        String fingerprint = Secrets.sha256(slug + "\u001f" + given.stream()
                .map(answer -> answer.question() + "=" + String.join("\u001e", answer.values()))
                .collect(Collectors.joining("\u001f")) + "\u001d" + consent.publishFreeText() + "\u001d"
                + consent.emailForUpdates().map(EmailAddress::value).orElse(""));
        ResponseId id = ResponseId.random();
        String token = Secrets.token(TOKEN_PREFIX);
        try {
            return transactions.inTransaction(() -> {
                Instant now = clock.instant();
                Optional<Consultation> found = consultations.findBySlug(slug)
                        .filter(consultation -> consultation.state(now).isPublic());
                if (found.isEmpty()) {
                    return Outcome.<ResponseReceipt>notFound("consultation", slug);
                }
                if (keyHash.isPresent()) {
                    Optional<SubmissionReplays.Replay> earlier = answers.earlier(keyHash.get());
                    if (earlier.isPresent()) {
                        return replay(earlier.get(), key.orElseThrow(), fingerprint);
                    }
                    // A request with the same key at the same moment waits here for the first to end.
                    if (!answers.claim(new SubmissionReplays.Replay(keyHash.get(), fingerprint, REPLAY_REFERENCE,
                            SealedTokens.seal(token, key.orElseThrow().value()), now))) {
                        return replay(answers.earlier(keyHash.get()).orElseThrow(), key.orElseThrow(), fingerprint);
                    }
                }
                return keep(found.get(), id, given, consent, token, now);
            });
        } catch (RejectedException refused) {
            return Outcome.rejected(refused.rejection());
        }
    }

    @Override
    public Outcome<Response> ownResponse(String token) {
        return transactions.inTransaction(() -> Outcome.found(
                responses.findByTokenHash(Secrets.sha256(token.strip())), "response", "at that link"));
    }

    /** Keeps the answers if they fit an open consultation; a refusal is thrown, so that the claimed key is let go. */
    private Outcome<ResponseReceipt> keep(Consultation consultation, ResponseId id, List<Answer> answers,
                                          ResponseConsent consent, String token, Instant now) {
        Answering answering = consultation.answer(id, answers, consent.publishFreeText(), now,
                communitiesBySlug(communities));
        Response response = accepted(consultation, answering, now);
        responses.add(response, Secrets.sha256(token));
        freeText.addAll(consultation.forModeration(response));
        consent.emailForUpdates().ifPresent(email -> emails.add(id, consultation.id(), email));
        return Outcome.done(new ResponseReceipt(id, token, false));
    }

    /** The response {@code answering} took, the first answer noted; a refusal is thrown. */
    private Response accepted(Consultation consultation, Answering answering, Instant now) {
        return switch (answering) {
            case Answering.NotOpen notOpen -> throw new RejectedException(new Rejection.Conflict(notOpen(notOpen)));
            case Answering.Invalid invalid -> throw new RejectedException(new Rejection.InvalidInput(
                    invalid.problems().stream().map(problem -> new FieldProblem(problem.question().value(),
                            problem.message())).toList()));
            case Answering.Accepted taken -> {
                if (!consultations.markAnswered(consultation.id(), consultation.version(), now)) {
                    throw new RejectedException(new Rejection.Conflict("The consultation changed while your answers "
                            + "were on their way; send them again."));
                }
                yield taken.response();
            }
        };
    }

    @Override
    public Outcome<ResponseId> enter(Actor actor, ConsultationId id, PaperResponse paper) {
        return asEnterer(actor, () -> versioned.found(consultations.find(id), id)
                .flatMap(consultation -> Outcome.attempt(() -> keepOnPaper(actor, consultation, paper))));
    }

    @Override
    public Outcome<ConsultationSummary> consultationToEnter(Actor actor, ConsultationId id) {
        Instant now = clock.instant();
        return asEnterer(actor, () -> versioned.found(consultations.find(id), id).map(found -> summary(found, now)));
    }

    /** Keeps a response entered by staff, audited with who entered it and where it came from; a refusal is thrown. */
    private ResponseId keepOnPaper(Actor actor, Consultation consultation, PaperResponse paper) {
        Instant now = clock.instant();
        Origin origin = new Origin(paper.channel(), paper.receivedOn(), paper.eventOrBatch(), Optional.of(actor.id()));
        Answering answering = consultation.answerOnPaper(ResponseId.random(), paper.answers(), paper.publishFreeText(),
                origin, now, communitiesBySlug(communities));
        if (answering instanceof Answering.NotOpen closed && closed.state() == ConsultationState.RESULTS_PUBLISHED) {
            throw new RejectedException(new Rejection.Conflict("Its results are published, so no more responses are "
                    + "entered for this consultation."));
        }
        Response response = accepted(consultation, answering, now);
        // Nobody holds a private link to a response entered by staff.
        responses.add(response, Secrets.sha256(Secrets.token(TOKEN_PREFIX)));
        freeText.addAll(consultation.forModeration(response));
        audit.record(Optional.of(actor.id()), "consultation.paper-response-entered", "consultation",
                consultation.id().toString(), List.of(
                        new FieldChange("response", Optional.empty(), Optional.of(response.id().toString())),
                        new FieldChange("channel", Optional.empty(), Optional.of(paper.channel().name())),
                        new FieldChange("receivedOn", Optional.empty(), Optional.of(paper.receivedOn().toString()))));
        return response.id();
    }

    /** Why a consultation takes no answers now, naming the moment it opens or closed. */
    static String notOpen(Answering.NotOpen notOpen) {
        return switch (notOpen.state()) {
            case UPCOMING -> "This consultation opens at " + OpeningTimes.shown(notOpen.times().opensAt())
                    + "; answers are taken from then.";
            case CLOSED, RESULTS_PUBLISHED -> "This consultation closed at "
                    + OpeningTimes.shown(notOpen.times().closesAt()) + ", so it no longer takes answers.";
            case DRAFT, OPEN -> "This consultation takes no answers now.";
        };
    }

    /** The first answer given for a key, to a retry of the same response; a different one is refused. */
    private Outcome<ResponseReceipt> replay(SubmissionReplays.Replay earlier, IdempotencyKey key, String fingerprint) {
        return KeptAnswers.firstToken(earlier, key, fingerprint, "response").flatMap(token -> Outcome.found(
                responses.findByTokenHash(Secrets.sha256(token)), "response", "for that key")
                .map(response -> new ResponseReceipt(response.id(), token, true)));
    }

    // Staff ------------------------------------------------------------------------------------------------------

    @Override
    public Outcome<List<ConsultationSummary>> all(Actor actor) {
        Instant now = clock.instant();
        return asEngagementOfficer(actor, () -> Outcome.done(consultations.all().stream()
                .map(consultation -> summary(consultation, now)).toList()));
    }

    @Override
    public Outcome<ConsultationSummary> consultation(Actor actor, ConsultationId id) {
        Instant now = clock.instant();
        return asEngagementOfficer(actor, () -> versioned.found(consultations.find(id), id)
                .map(found -> summary(found, now)));
    }

    @Override
    public Outcome<ConsultationSummary> draft(Actor actor, ConsultationDraft draft) {
        return asEngagementOfficer(actor, () -> resolve(draft, Optional.empty()).map(subject -> {
            Consultation stored = consultations.add(Consultation.draft(ConsultationId.random(), draft.slug(), subject,
                    draft.title(), draft.summary(), draft.documents(), draft.decisionInformed(), draft.runBy(),
                    draft.times(), draft.questions()));
            audit.recordAdded(actor.id(), "consultation.drafted", "consultation", stored.id(), "title", stored.title());
            return summary(stored, clock.instant());
        }));
    }

    @Override
    public Outcome<ConsultationSummary> redraft(Actor actor, ConsultationId id, long version, ConsultationDraft draft) {
        return asEngagementOfficer(actor, () -> versioned.current(consultations.find(id), id, version)
                .flatMap(was -> resolve(draft, Optional.of(id)).flatMap(subject -> change(actor, was,
                        was.redraft(draft.slug(), subject, draft.title(), draft.summary(), draft.documents(),
                                draft.decisionInformed(), draft.runBy(), draft.times(), draft.questions()),
                        "consultation.redrafted", List.of(field("title", was.title(), draft.title()))))
                        .map(stored -> summary(stored, clock.instant()))));
    }

    @Override
    public Outcome<ConsultationSummary> changeQuestions(Actor actor, ConsultationId id, long version,
                                                        List<Question> questions) {
        return step(actor, id, version, "consultation.questions-changed", was -> was.withQuestions(questions),
                (was, is) -> List.of(field("questions", String.valueOf(was.questions().size()),
                        String.valueOf(is.questions().size()))));
    }

    @Override
    public Outcome<ConsultationSummary> newVersion(Actor actor, ConsultationId id, long version, Slug slug) {
        // The earlier one is stored again at its next version first, so that of two new versions asked for at once
        // the second is refused as a change made meanwhile (409), before it could add a second newer version.
        return asEngagementOfficer(actor, () -> versioned.current(consultations.find(id), id, version)
                .flatMap(was -> Outcome.attempt(() -> was.newVersion(ConsultationId.random(), slug,
                        consultations.newerVersionOf(id).map(Consultation::id))).flatMap(newer -> {
                            if (consultations.findBySlug(slug).isPresent()) {
                                return Outcome.rejected(new Rejection.InvalidInput(List.of(slugTaken())));
                            }
                            return versioned.store(was, was).map(claimed -> {
                                Consultation stored = consultations.add(newer);
                                audit.record(Optional.of(actor.id()), "consultation.new-version", "consultation",
                                        stored.id().toString(), List.of(
                                                new FieldChange("replaces", Optional.empty(), Optional.of(id.toString())),
                                                new FieldChange("slug", Optional.empty(), Optional.of(slug.value()))));
                                return summary(stored, clock.instant());
                            });
                        })));
    }

    @Override
    public Outcome<ConsultationVersions> versions(Actor actor, ConsultationId id) {
        Instant now = clock.instant();
        return asEngagementOfficer(actor, () -> versioned.found(consultations.find(id), id)
                .map(found -> versionsOf(found, now)));
    }

    @Override
    public Outcome<ConsultationSummary> schedule(Actor actor, ConsultationId id, long version) {
        Instant now = clock.instant();
        return step(actor, id, version, "consultation.scheduled", was -> was.schedule(now),
                (was, is) -> List.of(field("state", was.state(now).name(), is.state(now).name())));
    }

    @Override
    public Outcome<ConsultationSummary> extend(Actor actor, ConsultationId id, long version, Instant closesAt,
                                               String reason) {
        Instant now = clock.instant();
        return step(actor, id, version, "consultation.extended", was -> was.extendClosing(closesAt, reason, now),
                (was, is) -> closingChanged(was, is, reason));
    }

    @Override
    public Outcome<ConsultationSummary> closeEarly(Actor actor, ConsultationId id, long version, String reason) {
        Instant now = clock.instant();
        return step(actor, id, version, "consultation.closed-early", was -> was.closeEarly(reason, now),
                (was, is) -> closingChanged(was, is, reason));
    }

    @Override
    public Outcome<ConsultationSummary> publishResults(Actor actor, ConsultationId id, long version, String summary) {
        Instant now = clock.instant();
        return step(actor, id, version, "consultation.results-published", was -> was.publishResults(summary, now),
                (was, is) -> List.of(field("state", was.state(now).name(), is.state(now).name())),
                published -> tell.resultsPublished(published, emails.forUpdates(published.id())));
    }

    @Override
    public Outcome<ConsultationResults> results(Actor actor, ConsultationId id) {
        Instant now = clock.instant();
        return asEngagementOfficer(actor, () -> versioned.found(consultations.find(id), id)
                .flatMap(found -> resultsOf(found, now)));
    }

    private Outcome<ConsultationSummary> step(Actor actor, ConsultationId id, long version, String action,
                                              UnaryOperator<Consultation> step,
                                              BiFunction<Consultation, Consultation, List<FieldChange>> audited) {
        return step(actor, id, version, action, step, audited, stored -> { });
    }

    /** A step as above, then {@code andThen} with the consultation as stored, in the same transaction. */
    private Outcome<ConsultationSummary> step(Actor actor, ConsultationId id, long version, String action,
                                              UnaryOperator<Consultation> step,
                                              BiFunction<Consultation, Consultation, List<FieldChange>> audited,
                                              Consumer<Consultation> andThen) {
        return asEngagementOfficer(actor, () -> versioned.current(consultations.find(id), id, version)
                .flatMap(was -> Outcome.attempt(() -> step.apply(was))
                        .flatMap(is -> change(actor, was, is, action, audited.apply(was, is)).map(stored -> {
                            andThen.accept(stored);
                            return summary(stored, clock.instant());
                        }))));
    }

    private Outcome<Consultation> change(Actor actor, Consultation was, Consultation is, String action,
                                         List<FieldChange> audited) {
        return versioned.store(was, is).map(stored -> {
            audit.record(Optional.of(actor.id()), action, "consultation", stored.is().id().toString(), audited);
            return stored.is();
        });
    }

    private static List<FieldChange> closingChanged(Consultation was, Consultation is, String reason) {
        return List.of(field("closesAt", was.times().closesAt().toString(), is.times().closesAt().toString()),
                new FieldChange("reason", Optional.empty(), Optional.of(reason.strip())));
    }

    private static FieldChange field(String name, String was, String is) {
        return new FieldChange(name, Optional.of(was), Optional.of(is));
    }

    /** What a draft is about, or its refusal naming an unknown subject or partner, or a slug taken by another. */
    private Outcome<Subject> resolve(ConsultationDraft draft, Optional<ConsultationId> self) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Subject> subject = subjects.resolve(draft.about());
        if (subject.isEmpty()) {
            problems.add(new FieldProblem(Subjects.FIELD, Subjects.unknown(draft.about())));
        }
        if (partners.find(draft.runBy()).isEmpty()) {
            problems.add(new FieldProblem("runBy", "must be one of the programme's partners"));
        }
        consultations.findBySlug(draft.slug()).filter(other -> self.map(id -> !id.equals(other.id())).orElse(true))
                .ifPresent(other -> problems.add(slugTaken()));
        return problems.isEmpty() ? Outcome.done(subject.orElseThrow())
                : Outcome.rejected(new Rejection.InvalidInput(problems));
    }

    private static FieldProblem slugTaken() {
        return new FieldProblem("slug", "is the address of another consultation; choose another");
    }

    // Reading ----------------------------------------------------------------------------------------------------

    private Outcome<Consultation> published(Slug slug, Instant now) {
        return published(consultations, slug, now);
    }

    /** The consultation {@code slug} if the public may see it at {@code now}; not found otherwise. */
    static Outcome<Consultation> published(Consultations consultations, Slug slug, Instant now) {
        return Outcome.found(consultations.findBySlug(slug).filter(found -> found.state(now).isPublic()),
                "consultation", slug);
    }

    /** The communities an "about you" answer may name, by the slug it names them with. */
    static Map<Slug, CommunityId> communitiesBySlug(Communities communities) {
        return communities.all().stream()
                .collect(Collectors.toMap(IntegratedCareCommunity::slug, IntegratedCareCommunity::id));
    }

    private Outcome<ConsultationResults> resultsOf(Consultation consultation, Instant now) {
        ConsultationState state = consultation.state(now);
        if (state != ConsultationState.CLOSED && state != ConsultationState.RESULTS_PUBLISHED) {
            return Outcome.rejected(new Rejection.Conflict("Results are shown once the consultation has closed; it "
                    + (state == ConsultationState.OPEN ? "closes at " + OpeningTimes.shown(consultation.times().closesAt())
                    : "opens at " + OpeningTimes.shown(consultation.times().opensAt())) + "."));
        }
        return Outcome.done(ResultsCounted.of(summary(consultation, now), responses.count(consultation.id()),
                responses.tallies(consultation.id()), communities.all(), freeText.published(consultation.id())));
    }

    private ConsultationVersions versionsOf(Consultation consultation, Instant now) {
        return new ConsultationVersions(
                consultation.replaces().flatMap(consultations::find).map(earlier -> version(earlier, now)),
                consultations.newerVersionOf(consultation.id()).map(newer -> version(newer, now)));
    }

    private static ConsultationVersions.Version version(Consultation consultation, Instant now) {
        return new ConsultationVersions.Version(consultation, consultation.state(now));
    }

    private ConsultationSummary summary(Consultation consultation, Instant now) {
        return new ConsultationSummary(consultation, consultation.state(now), subjects.describe(consultation.subject()),
                partners.find(consultation.runBy()).map(Partner::name).orElse("A former partner"));
    }

    /** Open first, closing soonest first; then upcoming, opening soonest first; then closed, latest closed first. */
    private static List<ConsultationSummary> publicOrder(List<ConsultationSummary> summaries) {
        Comparator<ConsultationSummary> order = Comparator
                .comparingInt((ConsultationSummary s) -> switch (s.state()) {
                    case OPEN -> 0;
                    case UPCOMING -> 1;
                    default -> 2;
                })
                .thenComparingLong(s -> switch (s.state()) {
                    case OPEN -> s.consultation().times().closesAt().toEpochMilli();
                    case UPCOMING -> s.consultation().times().opensAt().toEpochMilli();
                    default -> -s.consultation().times().closesAt().toEpochMilli();
                })
                .thenComparing(s -> s.consultation().title());
        return summaries.stream().sorted(order).toList();
    }

    /** Those who enter views that did not come in online enter consultation responses that did not either. */
    private <T> Outcome<T> asEnterer(Actor actor, Supplier<Outcome<T>> work) {
        return AccessPolicy.inTransactionAs(actor, transactions, work, Role.MODERATOR, Role.ENGAGEMENT_OFFICER,
                Role.ADMIN);
    }

    private <T> Outcome<T> asEngagementOfficer(Actor actor, Supplier<Outcome<T>> work) {
        return AccessPolicy.inTransactionAs(actor, transactions, work, Role.ENGAGEMENT_OFFICER, Role.ADMIN);
    }
}
