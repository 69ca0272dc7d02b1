package org.bettercaretogether.domain.consultation;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.community.PostcodeDistrict;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Origin;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.shared.StateConflictException;
import org.bettercaretogether.domain.shared.UkTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A consultation: the programme asks the public a set of questions, for a fixed time, to inform one decision. It is
 * about the programme, a workstream, a network or an Integrated Care Community; it is run by one partner; it has a
 * title, a summary and background documents.
 *
 * <p>Staff draft it and schedule it; from then on its state follows the clock — upcoming before it opens, open until
 * it closes, closed after — until its results are published, which is final. Staff may extend its closing (even after
 * it closed, until results are published) or close it early, each time with a reason the public is shown. Its
 * questions are locked once the first answer arrives ({@code firstAnsweredAt}), so every answer fits the same
 * questions. A response that reached the programme on paper, by phone or at a meeting, received while it was open, is
 * entered by staff even after it closed, until its results are published ({@link #answerOnPaper}): that is what paper
 * provenance means. Free-text answers reach the public only with their writer's consent and a moderator's decision
 * ({@link #forModeration}). Changed questions after that need a new version ({@link #newVersion}): another
 * consultation that says which one it {@code replaces}.
 */
public record Consultation(ConsultationId id, Slug slug, Subject subject, String title, String summary,
                           List<DocumentLink> documents, String decisionInformed, PartnerId runBy, OpeningTimes times,
                           Optional<Instant> scheduledAt, List<ClosingChange> closingChanges, List<Question> questions,
                           Optional<Instant> firstAnsweredAt, Optional<PublishedResults> results,
                           Optional<ConsultationId> replaces, long version) {

    public Consultation {
        Require.present(id, "consultationId");
        Require.present(slug, "slug");
        Require.present(subject, "subject");
        title = Require.text(title, "title", 200);
        summary = Require.text(summary, "summary", 5_000);
        documents = Require.distinctListOf(documents, "documents");
        decisionInformed = Require.text(decisionInformed, "decisionInformed", 1_000);
        Require.present(runBy, "runBy");
        Require.present(times, "times");
        Require.present(scheduledAt, "scheduledAt");
        closingChanges = Require.listOf(closingChanges, "closingChanges");
        questions = Require.listOf(questions, "questions");
        Require.present(firstAnsweredAt, "firstAnsweredAt");
        Require.present(results, "results");
        Require.present(replaces, "replaces");
        if (replaces.filter(id::equals).isPresent()) {
            throw new InvalidValueException("replaces", "must name another consultation, not this one");
        }
        Require.version(version);
        Set<QuestionId> ids = new HashSet<>();
        for (Question question : questions) {
            if (!ids.add(question.id())) {
                throw new InvalidValueException("questions", "must not repeat the question " + question.id());
            }
        }
        if (scheduledAt.isEmpty() && (firstAnsweredAt.isPresent() || results.isPresent() || !closingChanges.isEmpty())) {
            throw new InvalidValueException("scheduledAt", "is needed before a consultation is answered, changed or has results");
        }
        if (scheduledAt.isPresent() && questions.isEmpty()) {
            throw new InvalidValueException("questions", "must hold at least one question once a consultation is scheduled");
        }
    }

    /** A new consultation, not yet scheduled: nobody but staff sees it. */
    public static Consultation draft(ConsultationId id, Slug slug, Subject subject, String title, String summary,
                                     List<DocumentLink> documents, String decisionInformed, PartnerId runBy,
                                     OpeningTimes times, List<Question> questions) {
        return new Consultation(id, slug, subject, title, summary, documents, decisionInformed, runBy, times,
                Optional.empty(), List.of(), questions, Optional.empty(), Optional.empty(), Optional.empty(), 0);
    }

    /**
     * A draft of a new version of this consultation, as {@code newId} at {@code newSlug}: the same subject, wording,
     * documents, decision, partner, questions and times, which staff then change (its questions too, since the draft
     * has no answers yet), saying which consultation it replaces. Answers given to this one stay counted in its own
     * results. Refused for a draft (change it instead) and when this one already has a newer version
     * ({@code newerVersion}), so a consultation is replaced once at most.
     */
    public Consultation newVersion(ConsultationId newId, Slug newSlug, Optional<ConsultationId> newerVersion) {
        Require.present(newerVersion, "newerVersion");
        if (scheduledAt.isEmpty()) {
            throw new StateConflictException("A draft has no new version: change the draft itself.");
        }
        if (newerVersion.isPresent()) {
            throw new StateConflictException("This consultation already has a newer version; make a new version of "
                    + "that one instead.");
        }
        return new Consultation(newId, newSlug, subject, title, summary, documents, decisionInformed, runBy, times,
                Optional.empty(), List.of(), questions, Optional.empty(), Optional.empty(), Optional.of(id), 0);
    }

    /** Where the consultation stands at {@code now}. */
    public ConsultationState state(Instant now) {
        if (scheduledAt.isEmpty()) {
            return ConsultationState.DRAFT;
        }
        if (results.isPresent()) {
            return ConsultationState.RESULTS_PUBLISHED;
        }
        if (now.isBefore(times.opensAt())) {
            return ConsultationState.UPCOMING;
        }
        return times.isOpenAt(now) ? ConsultationState.OPEN : ConsultationState.CLOSED;
    }

    /** Whether its questions may no longer change: once the first answer has arrived. */
    public boolean questionsLocked() {
        return firstAnsweredAt.isPresent();
    }

    /** Makes a draft public, to open and close at its times; refused if it would already have closed. */
    public Consultation schedule(Instant now) {
        if (scheduledAt.isPresent()) {
            throw new StateConflictException("This consultation is already scheduled.");
        }
        if (!times.closesAt().isAfter(now)) {
            throw new StateConflictException("A consultation cannot be scheduled to close before now ("
                    + OpeningTimes.shown(times.closesAt()) + ").");
        }
        return with(times, Optional.of(now), closingChanges, questions, firstAnsweredAt, results);
    }

    /** The same draft with other wording, documents, times or questions; a scheduled consultation is not redrafted. */
    public Consultation redraft(Slug newSlug, Subject newSubject, String newTitle, String newSummary,
                                List<DocumentLink> newDocuments, String newDecision, PartnerId newRunBy,
                                OpeningTimes newTimes, List<Question> newQuestions) {
        if (scheduledAt.isPresent()) {
            throw new StateConflictException("A scheduled consultation is not redrafted: its closing is extended or brought forward instead.");
        }
        return new Consultation(id, newSlug, newSubject, newTitle, newSummary, newDocuments, newDecision, newRunBy,
                newTimes, scheduledAt, closingChanges, newQuestions, firstAnsweredAt, results, replaces, version);
    }

    /** The same consultation asking {@code newQuestions}; refused once the first answer has arrived. */
    public Consultation withQuestions(List<Question> newQuestions) {
        if (questionsLocked()) {
            throw new StateConflictException("The questions are locked: answers have arrived since "
                    + OpeningTimes.shown(firstAnsweredAt.orElseThrow())
                    + ". Changed questions need a new consultation that says it is a new version.");
        }
        return with(times, scheduledAt, closingChanges, newQuestions, firstAnsweredAt, results);
    }

    /**
     * Moves the closing to the later {@code newClosing}, for {@code reason} (shown to the public). It may reopen a
     * closed consultation, but never one whose results are published.
     */
    public Consultation extendClosing(Instant newClosing, String reason, Instant now) {
        ConsultationState state = state(now);
        if (state == ConsultationState.DRAFT) {
            throw new StateConflictException("A draft is not extended: change its times instead.");
        }
        if (state == ConsultationState.RESULTS_PUBLISHED) {
            throw new StateConflictException("Its results are published, so this consultation cannot be reopened.");
        }
        Require.present(newClosing, "closesAt");
        if (!newClosing.isAfter(times.closesAt()) || !newClosing.isAfter(now)) {
            throw new InvalidValueException("closesAt", "must be later than both the present closing ("
                    + OpeningTimes.shown(times.closesAt()) + ") and now");
        }
        return changeClosing(ClosingChange.Kind.EXTENDED, newClosing, reason, now);
    }

    /** Closes an open consultation at {@code now}, for {@code reason} (shown to the public). */
    public Consultation closeEarly(String reason, Instant now) {
        if (state(now) != ConsultationState.OPEN) {
            throw new StateConflictException("Only an open consultation can be closed early; this one is "
                    + state(now).title().toLowerCase() + ".");
        }
        return changeClosing(ClosingChange.Kind.CLOSED_EARLY, now, reason, now);
    }

    /** Publishes the staff's summary of a closed consultation's results; once only, and never while it is open. */
    public Consultation publishResults(String resultsSummary, Instant now) {
        if (state(now) != ConsultationState.CLOSED) {
            throw new StateConflictException("Results are published once a consultation has closed, and once only; this one is "
                    + state(now).title().toLowerCase() + ".");
        }
        return with(times, scheduledAt, closingChanges, questions, firstAnsweredAt,
                Optional.of(new PublishedResults(resultsSummary, now)));
    }

    /** The same consultation noting that its first answer arrived at {@code at}; a later answer changes nothing. */
    public Consultation answeredAt(Instant at) {
        return firstAnsweredAt.isPresent() ? this
                : with(times, scheduledAt, closingChanges, questions, Optional.of(at), results);
    }

    /** Takes the answers {@code given} online, as {@link #answer(ResponseId, List, boolean, Instant, Map)} does, without consent to publish. */
    public Answering answer(ResponseId responseId, List<Answer> given, Instant now, Map<Slug, CommunityId> communities) {
        return answer(responseId, given, false, now, communities);
    }

    /**
     * Takes the answers {@code given} online at {@code now} as response {@code responseId}, if the consultation is open and
     * every answer fits its question: each question answered at most once, every required one answered, choices
     * among the options (no more than a multiple choice's maximum), text within its length, a respondent type from the
     * list, a community among {@code communities} (by slug), a postcode district of the right form. The free-text
     * answers may be published, once moderated, only if {@code publishFreeText}.
     */
    public Answering answer(ResponseId responseId, List<Answer> given, boolean publishFreeText, Instant now,
                            Map<Slug, CommunityId> communities) {
        ConsultationState state = state(now);
        if (state != ConsultationState.OPEN) {
            return new Answering.NotOpen(state, times);
        }
        return checked(responseId, given, publishFreeText, Origin.online(UkTime.dayOf(now)), now, communities);
    }

    /**
     * Takes a response that reached the programme another way — on paper, by phone, at a meeting — as staff enter it
     * at {@code now}, with where it came from ({@code origin}: its channel, the day it was received, who entered it).
     * The rule of paper provenance: a response received while the consultation was open counts, however late it is
     * entered, so it is taken while the consultation is open and after it closed, until its results are published
     * (then, or before it opens, it is {@link Answering.NotOpen}); the day it was received must fall within the
     * opening, and not after today. Its answers must fit the questions as an online response's do.
     */
    public Answering answerOnPaper(ResponseId responseId, List<Answer> given, boolean publishFreeText, Origin origin,
                                   Instant now, Map<Slug, CommunityId> communities) {
        Require.present(origin, "origin");
        if (origin.channel() == Channel.ONLINE) {
            throw new InvalidValueException("channel", "must say how the response reached the programme, not online");
        }
        ConsultationState state = state(now);
        if (state != ConsultationState.OPEN && state != ConsultationState.CLOSED) {
            return new Answering.NotOpen(state, times);
        }
        LocalDate firstDay = UkTime.dayOf(times.opensAt());
        LocalDate lastDay = UkTime.dayOf(times.closesAt().minusNanos(1));
        LocalDate received = origin.receivedOn();
        if (received.isBefore(firstDay) || received.isAfter(lastDay) || received.isAfter(UkTime.dayOf(now))) {
            throw new InvalidValueException("receivedOn", "must be a day the consultation was open, from "
                    + firstDay + " to " + lastDay + ", and not later than today");
        }
        return checked(responseId, given, publishFreeText, origin, now, communities);
    }

    /**
     * The free-text answers of {@code response} that go to moderation: each one, if its writer agreed they may be
     * published; none otherwise, so an answer given without that consent can never be published.
     */
    public List<FreeTextAnswer> forModeration(Response response) {
        if (!response.publishFreeText()) {
            return List.of();
        }
        return response.answers().stream()
                .filter(answer -> question(answer.question()).map(q -> q.kind() instanceof QuestionKind.FreeText)
                        .orElse(false))
                .map(answer -> FreeTextAnswer.awaiting(response, answer))
                .toList();
    }

    private Answering checked(ResponseId responseId, List<Answer> given, boolean publishFreeText, Origin origin,
                              Instant now, Map<Slug, CommunityId> communities) {
        List<AnswerProblem> problems = new ArrayList<>();
        Map<QuestionId, Answer> byQuestion = new LinkedHashMap<>();
        for (Answer answer : given) {
            if (question(answer.question()).isEmpty()) {
                problems.add(new AnswerProblem(answer.question(), "is not a question of this consultation"));
            } else if (byQuestion.putIfAbsent(answer.question(), answer) != null) {
                problems.add(new AnswerProblem(answer.question(), "is answered more than once"));
            }
        }
        List<Answer> kept = new ArrayList<>();
        Optional<ContributorRole> respondentType = Optional.empty();
        Optional<CommunityId> community = Optional.empty();
        for (Question question : questions) {
            List<String> values = Optional.ofNullable(byQuestion.get(question.id())).map(Answer::values)
                    .orElse(List.of()).stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
            if (values.isEmpty()) {
                if (question.required()) {
                    problems.add(new AnswerProblem(question.id(), missing(question.kind())));
                }
                continue;
            }
            Optional<String> problem = problemWith(question.kind(), values, communities);
            if (problem.isPresent()) {
                problems.add(new AnswerProblem(question.id(), problem.get()));
                continue;
            }
            List<String> normalised = normalised(question.kind(), values);
            kept.add(new Answer(question.id(), normalised));
            if (question.kind() instanceof QuestionKind.AboutYou about) {
                switch (about.topic()) {
                    case RESPONDENT_TYPE -> respondentType = RespondentTypes.fromCode(normalised.getFirst());
                    case COMMUNITY -> community = Optional.of(communities.get(new Slug(normalised.getFirst())));
                    case POSTCODE_DISTRICT -> { }
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Answering.Invalid(problems);
        }
        return new Answering.Accepted(new Response(responseId, id, now, kept, respondentType, community,
                publishFreeText, origin));
    }

    /** The question {@code questionId}, if the consultation asks it. */
    public Optional<Question> question(QuestionId questionId) {
        return questions.stream().filter(question -> question.id().equals(questionId)).findFirst();
    }

    public Consultation withVersion(long newVersion) {
        return new Consultation(id, slug, subject, title, summary, documents, decisionInformed, runBy, times,
                scheduledAt, closingChanges, questions, firstAnsweredAt, results, replaces, newVersion);
    }

    private Consultation changeClosing(ClosingChange.Kind kind, Instant newClosing, String reason, Instant now) {
        List<ClosingChange> changes = new ArrayList<>(closingChanges);
        changes.add(new ClosingChange(kind, times.closesAt(), newClosing, reason, now));
        return with(times.closingAt(newClosing), scheduledAt, changes, questions, firstAnsweredAt, results);
    }

    private Consultation with(OpeningTimes newTimes, Optional<Instant> newScheduledAt, List<ClosingChange> newChanges,
                              List<Question> newQuestions, Optional<Instant> newFirstAnswer,
                              Optional<PublishedResults> newResults) {
        return new Consultation(id, slug, subject, title, summary, documents, decisionInformed, runBy, newTimes,
                newScheduledAt, newChanges, newQuestions, newFirstAnswer, newResults, replaces, version);
    }

    private static String missing(QuestionKind kind) {
        return switch (kind) {
            case QuestionKind.SingleChoice ignored -> "Select an answer";
            case QuestionKind.Scale ignored -> "Select an answer";
            case QuestionKind.MultipleChoice ignored -> "Select at least one answer";
            case QuestionKind.FreeText ignored -> "Enter your answer";
            case QuestionKind.AboutYou about -> about.topic() == AboutYouTopic.POSTCODE_DISTRICT
                    ? "Enter the first half of your postcode" : "Select an answer";
        };
    }

    private static Optional<String> problemWith(QuestionKind kind, List<String> values, Map<Slug, CommunityId> communities) {
        Function<String, Optional<String>> one = rule -> values.size() == 1 ? Optional.empty() : Optional.of(rule);
        return switch (kind) {
            case QuestionKind.SingleChoice single -> one.apply("Select only one answer")
                    .or(() -> unknownOption(kind, values));
            case QuestionKind.Scale scale -> one.apply("Select only one point of the scale")
                    .or(() -> unknownOption(kind, values));
            case QuestionKind.MultipleChoice multiple -> {
                if (Set.copyOf(values).size() != values.size()) {
                    yield Optional.of("Select each answer only once");
                }
                if (values.size() > multiple.maximum()) {
                    yield Optional.of("Select no more than " + multiple.maximum() + " answers");
                }
                yield unknownOption(kind, values);
            }
            case QuestionKind.FreeText text -> one.apply("Give one answer").or(() -> {
                String written = values.getFirst();
                if (!Require.isPlainText(written)) {
                    return Optional.of("Your answer must not contain control characters");
                }
                return written.length() > text.maxLength()
                        ? Optional.of("Your answer must be " + text.maxLength() + " characters or fewer")
                        : Optional.empty();
            });
            case QuestionKind.AboutYou about -> one.apply("Give one answer").or(() -> {
                String value = values.getFirst();
                return switch (about.topic()) {
                    case RESPONDENT_TYPE -> RespondentTypes.fromCode(value).isPresent() ? Optional.empty()
                            : Optional.of("Select one of the listed answers");
                    case COMMUNITY -> isCommunity(value, communities) ? Optional.empty()
                            : Optional.of("Select one of the listed communities");
                    case POSTCODE_DISTRICT -> PostcodeDistrict.looksLikeOne(value) ? Optional.empty()
                            : Optional.of("Enter the first half of your postcode, such as LA9");
                };
            });
        };
    }

    private static boolean isCommunity(String value, Map<Slug, CommunityId> communities) {
        try {
            return communities.containsKey(new Slug(value));
        } catch (InvalidValueException notASlug) {
            return false;
        }
    }

    private static Optional<String> unknownOption(QuestionKind kind, List<String> values) {
        return values.stream().allMatch(value -> kind.option(value).isPresent()) ? Optional.empty()
                : Optional.of("Select one of the listed answers");
    }

    private static List<String> normalised(QuestionKind kind, List<String> values) {
        if (kind instanceof QuestionKind.AboutYou about && about.topic() == AboutYouTopic.POSTCODE_DISTRICT) {
            return List.of(new PostcodeDistrict(values.getFirst()).value());
        }
        return values;
    }
}
