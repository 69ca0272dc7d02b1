package org.bettercaretogether.memory;

import org.bettercaretogether.application.keyquestion.KeyQuestions;
import org.bettercaretogether.domain.keyquestion.KeyQuestion;
import org.bettercaretogether.domain.keyquestion.KeyQuestionId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The key questions held in memory (empty until added; the seeded questions come with the database's migrations).
 * Their records join the transactions of {@link InMemoryAdapters}, which run one at a time, so holding the list
 * needs nothing more.
 */
public final class InMemoryKeyQuestions {

    private final InMemoryRecords<KeyQuestionId, KeyQuestion> questions = new InMemoryRecords<>(
            KeyQuestion::id, KeyQuestion::version, KeyQuestion::withVersion,
            Comparator.comparingInt(KeyQuestion::position));

    List<InMemoryRecords<?, ?>> records() {
        return List.of(questions);
    }

    public KeyQuestions keyQuestions() {
        return new KeyQuestions() {
            @Override
            public List<KeyQuestion> all() {
                return questions.all();
            }

            @Override
            public List<KeyQuestion> allHeld() {
                return questions.all();
            }

            @Override
            public Optional<KeyQuestion> find(KeyQuestionId id) {
                return questions.find(id);
            }

            @Override
            public KeyQuestion add(KeyQuestion question) {
                return questions.add(question);
            }

            @Override
            public Optional<KeyQuestion> update(KeyQuestion question) {
                return questions.update(question);
            }

            @Override
            public boolean remove(KeyQuestion question) {
                Optional<KeyQuestion> stored = questions.find(question.id());
                if (stored.isEmpty() || stored.get().version() != question.version()) {
                    return false;
                }
                questions.remove(question.id());
                return true;
            }
        };
    }
}
