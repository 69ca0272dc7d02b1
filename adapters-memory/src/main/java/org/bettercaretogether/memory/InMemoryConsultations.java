package org.bettercaretogether.memory;

import org.bettercaretogether.application.consultation.AnswersInProgress;
import org.bettercaretogether.application.consultation.AnswersInProgress.UnsentAnswers;
import org.bettercaretogether.application.consultation.ConsultationResponses;
import org.bettercaretogether.application.consultation.ConsultationResponses.Breakdown;
import org.bettercaretogether.application.consultation.ConsultationResponses.Tally;
import org.bettercaretogether.application.consultation.Consultations;
import org.bettercaretogether.application.consultation.FreeTextAnswers;
import org.bettercaretogether.application.consultation.RespondentEmails;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.FreeTextAnswer;
import org.bettercaretogether.domain.consultation.FreeTextAnswerId;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.RespondentTypes;
import org.bettercaretogether.domain.consultation.Response;
import org.bettercaretogether.domain.consultation.ResponseId;
import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Consultations and their responses held in memory. Their records join the transactions of {@link InMemoryAdapters},
 * which run one at a time; results are counted here as the database counts them, by walking the responses.
 */
public final class InMemoryConsultations {

    private final InMemoryRecords<ConsultationId, Consultation> consultations = new InMemoryRecords<>(
            Consultation::id, Consultation::version, Consultation::withVersion,
            Comparator.comparing((Consultation c) -> c.times().opensAt()).reversed()
                    .thenComparing(c -> c.id().toString()));
    private final InMemoryRecords<ResponseId, Kept> responses = new InMemoryRecords<>(
            kept -> kept.response().id(), kept -> 1, (kept, version) -> kept,
            Comparator.comparing((Kept kept) -> kept.response().receivedAt()));

    private final InMemoryRecords<String, UnsentAnswers> unsent = new InMemoryRecords<>(
            UnsentAnswers::tokenHash, answers -> 1, (answers, version) -> answers,
            Comparator.comparing(UnsentAnswers::expiresAt));

    private final InMemoryRecords<FreeTextAnswerId, FreeTextAnswer> freeText = new InMemoryRecords<>(
            FreeTextAnswer::id, FreeTextAnswer::version, FreeTextAnswer::withVersion,
            Comparator.comparing(FreeTextAnswer::receivedAt).thenComparing(answer -> answer.id().value()));
    private final InMemoryRecords<ResponseId, LeftEmail> emails = new InMemoryRecords<>(
            LeftEmail::response, left -> 1, (left, version) -> left, Comparator.comparing(left -> left.response().value()));

    /** An address left for updates with a response. */
    private record LeftEmail(ResponseId response, ConsultationId consultation, EmailAddress email) {
    }

    /** A response with the hash of its private link's token. */
    private record Kept(Response response, String tokenHash) {
    }

    List<InMemoryRecords<?, ?>> records() {
        return List.of(consultations, responses, unsent, freeText, emails);
    }

    public Consultations consultations() {
        return new Consultations() {
            @Override
            public List<Consultation> all() {
                return consultations.all().stream().limit(MOST_LISTED).toList();
            }

            @Override
            public Optional<Consultation> find(ConsultationId id) {
                return consultations.find(id);
            }

            @Override
            public Optional<Consultation> findBySlug(Slug slug) {
                return consultations.findWhere(consultation -> consultation.slug().equals(slug));
            }

            @Override
            public Optional<Consultation> newerVersionOf(ConsultationId id) {
                return consultations.findWhere(consultation -> consultation.replaces().equals(Optional.of(id)));
            }

            @Override
            public Consultation add(Consultation consultation) {
                if (findBySlug(consultation.slug()).isPresent()) {
                    throw new IllegalStateException("a consultation at " + consultation.slug() + " is already stored");
                }
                if (consultation.replaces().flatMap(this::newerVersionOf).isPresent()) {
                    throw new IllegalStateException("the consultation " + consultation.replaces().orElseThrow()
                            + " already has a newer version");
                }
                return consultations.add(consultation);
            }

            @Override
            public Optional<Consultation> update(Consultation consultation) {
                synchronized (consultations) {
                    Optional<Consultation> stored = consultations.find(consultation.id());
                    if (stored.isEmpty() || !stored.get().firstAnsweredAt().equals(consultation.firstAnsweredAt())) {
                        return Optional.empty();
                    }
                    return consultations.update(consultation);
                }
            }

            @Override
            public boolean markAnswered(ConsultationId id, long version, Instant at) {
                synchronized (consultations) {
                    Optional<Consultation> stored = consultations.find(id);
                    if (stored.isEmpty() || stored.get().version() != version) {
                        return false;
                    }
                    if (!stored.get().questionsLocked()) {
                        consultations.replace(stored.get().answeredAt(at));
                    }
                    return true;
                }
            }
        };
    }

    public AnswersInProgress answersInProgress() {
        return new AnswersInProgress() {
            @Override
            public Optional<UnsentAnswers> find(String tokenHash, Instant now) {
                return unsent.find(tokenHash).filter(found -> found.expiresAt().isAfter(now));
            }

            @Override
            public void keep(UnsentAnswers answers) {
                unsent.replace(answers);
            }

            @Override
            public void remove(String tokenHash) {
                unsent.remove(tokenHash);
            }
        };
    }

    /** See {@code ExpiredRecords#removeAnswersInProgressExpiredBy}: the longest expired first. */
    int removeAnswersInProgressExpiredBy(Instant now, int most) {
        List<UnsentAnswers> due = unsent.all().stream().filter(answers -> !answers.expiresAt().isAfter(now))
                .limit(most).toList();
        due.forEach(answers -> unsent.remove(answers.tokenHash()));
        return due.size();
    }

    public ConsultationResponses responses() {
        return new ConsultationResponses() {
            @Override
            public void add(Response response, String tokenHash) {
                responses.add(new Kept(response, tokenHash));
            }

            @Override
            public long count(ConsultationId consultation) {
                return of(consultation).size();
            }

            @Override
            public long countReceived(ConsultationId consultation, Instant from, Instant until) {
                return of(consultation).stream().filter(response -> !response.receivedAt().isBefore(from)
                        && response.receivedAt().isBefore(until)).count();
            }

            @Override
            public Optional<Response> findByTokenHash(String tokenHash) {
                return responses.findWhere(kept -> kept.tokenHash().equals(tokenHash)).map(Kept::response);
            }

            @Override
            public List<Tally> tallies(ConsultationId consultation) {
                List<Question> questions = consultations.find(consultation).map(Consultation::questions)
                        .orElse(List.of());
                Map<Tally, Long> counts = new LinkedHashMap<>();
                for (Response response : of(consultation)) {
                    Optional<String> type = response.respondentType().map(RespondentTypes::code);
                    Optional<String> community = response.community().map(CommunityId::toString);
                    for (Question question : questions) {
                        Optional<Answer> answer = response.answerTo(question.id());
                        if (answer.isEmpty()) {
                            continue;
                        }
                        List<Optional<String>> options = new ArrayList<>();
                        options.add(Optional.empty());
                        if (question.kind().countedByOption()) {
                            answer.get().values().forEach(value -> options.add(Optional.of(value)));
                        }
                        for (Optional<String> option : options) {
                            counts.merge(new Tally(question.id(), option, Breakdown.OVERALL, Optional.empty(), 0), 1L, Long::sum);
                            counts.merge(new Tally(question.id(), option, Breakdown.RESPONDENT_TYPE, type, 0), 1L, Long::sum);
                            counts.merge(new Tally(question.id(), option, Breakdown.COMMUNITY, community, 0), 1L, Long::sum);
                        }
                    }
                }
                return counts.entrySet().stream().map(entry -> new Tally(entry.getKey().question(),
                        entry.getKey().option(), entry.getKey().breakdown(), entry.getKey().group(),
                        entry.getValue())).toList();
            }

            private List<Response> of(ConsultationId consultation) {
                return responses.all().stream().map(Kept::response)
                        .filter(response -> response.consultation().equals(consultation)).toList();
            }
        };
    }

    public FreeTextAnswers freeTextAnswers() {
        return new FreeTextAnswers() {
            @Override
            public void addAll(List<FreeTextAnswer> answers) {
                answers.forEach(freeText::add);
            }

            @Override
            public Optional<FreeTextAnswer> find(FreeTextAnswerId id) {
                return freeText.find(id);
            }

            @Override
            public Optional<FreeTextAnswer> update(FreeTextAnswer answer) {
                return freeText.update(answer);
            }

            @Override
            public List<FreeTextAnswer> awaiting(ConsultationId consultation, Optional<Position> after, int limit) {
                return freeText.all().stream()
                        .filter(answer -> answer.consultation().equals(consultation) && answer.pending())
                        .filter(answer -> after.map(position -> {
                            int byTime = answer.receivedAt().compareTo(position.receivedAt());
                            return byTime > 0 || byTime == 0 && answer.id().value().compareTo(position.id()) > 0;
                        }).orElse(true))
                        .limit(limit).toList();
            }

            @Override
            public int countAwaiting(ConsultationId consultation) {
                return (int) freeText.all().stream()
                        .filter(answer -> answer.consultation().equals(consultation) && answer.pending()).count();
            }

            @Override
            public List<Published> published(ConsultationId consultation) {
                return freeText.all().stream()
                        .filter(answer -> answer.consultation().equals(consultation))
                        .filter(answer -> answer.moderation() instanceof Moderation.Published)
                        .sorted(Comparator.comparing(answer -> ((Moderation.Published) answer.moderation()).at()))
                        .map(answer -> new Published(answer.question(),
                                ((Moderation.Published) answer.moderation()).text().value()))
                        .limit(MOST_PUBLISHED).toList();
            }
        };
    }

    public RespondentEmails respondentEmails() {
        return new RespondentEmails() {
            @Override
            public void add(ResponseId response, ConsultationId consultation, EmailAddress email) {
                emails.add(new LeftEmail(response, consultation, email));
            }

            @Override
            public List<EmailAddress> forUpdates(ConsultationId consultation) {
                return emails.all().stream().filter(left -> left.consultation().equals(consultation))
                        .map(LeftEmail::email).distinct().toList();
            }

            @Override
            public List<ConsultationId> consultationsOf(EmailAddress email) {
                return emails.all().stream().filter(left -> left.email().equals(email))
                        .map(LeftEmail::consultation).distinct().toList();
            }

            @Override
            public int forget(EmailAddress email) {
                List<LeftEmail> left = emails.all().stream().filter(kept -> kept.email().equals(email)).toList();
                left.forEach(kept -> emails.remove(kept.response()));
                return left.size();
            }
        };
    }
}
