package org.bettercaretogether.application.keyquestion;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.shared.AccessPolicy;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.ReadCache;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.StoredData;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.shared.VersionedChange;
import org.bettercaretogether.domain.keyquestion.KeyQuestion;
import org.bettercaretogether.domain.keyquestion.KeyQuestionId;
import org.bettercaretogether.domain.keyquestion.KeyQuestionOrder;
import org.bettercaretogether.domain.staff.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Keeps the programme's key questions for staff, and serves them, in order, to anyone. */
public final class KeyQuestionService implements ReadKeyQuestions, ManageKeyQuestions {

    private static final String RECORD_TYPE = "key-question";

    /** The parts of the stored data its kept answers are read from. */
    private static final Set<StoredData> READ_FROM = Set.of(StoredData.COMMUNITY_LIFE);

    private final Transactions transactions;
    private final KeyQuestions keyQuestions;
    private final VersionedChange<KeyQuestion> versioned;
    private final AuditTrail audit;
    private final Clock clock;
    private final ReadCache cache;

    @Inject
    public KeyQuestionService(Transactions transactions, KeyQuestions keyQuestions, AuditTrail audit, ReadCache cache, Clock clock) {
        this.cache = cache;
        this.transactions = transactions;
        this.keyQuestions = keyQuestions;
        this.versioned = VersionedChange.of("key question", KeyQuestion::version, keyQuestions::update);
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<KeyQuestion> all() {
        return cache.get(List.of("key questions"), READ_FROM, () -> transactions.inTransaction(keyQuestions::all));
    }

    @Override
    public Outcome<KeyQuestion> keyQuestion(Actor actor, KeyQuestionId id) {
        return asKeeper(actor, () -> Outcome.found(keyQuestions.find(id), "key question", id));
    }

    @Override
    public Outcome<KeyQuestion> add(Actor actor, KeyQuestionDraft draft) {
        return asKeeper(actor, () -> {
            int position = keyQuestions.allHeld().size() + 1;
            KeyQuestion added = keyQuestions.add(KeyQuestion.add(KeyQuestionId.random(), draft.question(),
                    draft.answer(), position, clock.instant()));
            record(actor, "key-question.added", added.id(), Map.of(), described(added));
            return Outcome.done(added);
        });
    }

    @Override
    public Outcome<KeyQuestion> revise(Actor actor, KeyQuestionId id, long version, KeyQuestionDraft draft) {
        return asKeeper(actor, () -> versioned.apply(keyQuestions.find(id), id, version,
                was -> was.revise(draft.question(), draft.answer(), clock.instant())).map(changed -> {
            record(actor, "key-question.revised", id, described(changed.was()), described(changed.is()));
            return changed.is();
        }));
    }

    @Override
    public Outcome<List<KeyQuestion>> moveUp(Actor actor, KeyQuestionId id, long version) {
        return reorder(actor, id, version, "key-question.moved",
                (all, at) -> KeyQuestionOrder.moveUp(all, id, at));
    }

    @Override
    public Outcome<List<KeyQuestion>> moveDown(Actor actor, KeyQuestionId id, long version) {
        return reorder(actor, id, version, "key-question.moved",
                (all, at) -> KeyQuestionOrder.moveDown(all, id, at));
    }

    @Override
    public Outcome<List<KeyQuestion>> remove(Actor actor, KeyQuestionId id, long version) {
        return reorder(actor, id, version, "key-question.removed",
                (all, at) -> KeyQuestionOrder.without(all, id, at));
    }

    /**
     * Changes the order of the list as {@code reordering} says, once the question {@code id} is found at
     * {@code version}: the questions whose positions changed are stored, and the one the list no longer holds is
     * removed. Any of them changed meanwhile undoes all of it.
     */
    private Outcome<List<KeyQuestion>> reorder(Actor actor, KeyQuestionId id, long version, String action,
                                               BiFunction<List<KeyQuestion>, Instant, List<KeyQuestion>> reordering) {
        return asKeeper(actor, () -> {
            List<KeyQuestion> before = keyQuestions.allHeld();
            Map<KeyQuestionId, KeyQuestion> stored = before.stream()
                    .collect(Collectors.toMap(KeyQuestion::id, Function.identity()));
            return versioned.current(Optional.ofNullable(stored.get(id)), id, version).map(was -> {
                List<KeyQuestion> after = reordering.apply(before, clock.instant());
                Optional<KeyQuestion> staying = after.stream().filter(question -> question.id().equals(id)).findFirst();
                if (staying.isEmpty() && !keyQuestions.remove(was)) {
                    throw new RejectedException(versioned.changedSinceRead());
                }
                for (KeyQuestion question : after) {
                    if (stored.get(question.id()).position() != question.position()) {
                        versioned.storeOrUndo(question);
                    }
                }
                // a move changes only the position; a removal takes every field away
                record(actor, action, id, staying.isPresent() ? position(was) : described(was),
                        staying.map(KeyQuestionService::position).orElse(Map.of()));
                return keyQuestions.all();
            });
        });
    }

    private void record(Actor actor, String action, KeyQuestionId id, Map<String, String> before,
                        Map<String, String> after) {
        audit.record(Optional.of(actor.id()), action, RECORD_TYPE, id.toString(), AuditTrail.changes(before, after));
    }

    /** The fields of a key question the audit log compares, before and after a change. */
    private static Map<String, String> described(KeyQuestion question) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("question", question.question());
        fields.put("answer", question.answer());
        fields.putAll(position(question));
        return fields;
    }

    private static Map<String, String> position(KeyQuestion question) {
        return Map.of("position", Integer.toString(question.position()));
    }

    private <T> Outcome<T> asKeeper(Actor actor, Supplier<Outcome<T>> work) {
        return AccessPolicy.inTransactionAs(actor, transactions, work, Role.ENGAGEMENT_OFFICER, Role.ADMIN);
    }
}
