package org.bettercaretogether.web.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.web.platform.FieldChecks;

/**
 * A consultation's questions as the staff API takes them ({@code PUT /api/v1/staff/consultations/{id}/questions}):
 * all of them, in order ({@link QuestionBody}), quoting the {@code version} read.
 */
public record QuestionsBody(Long version, List<QuestionBody> questions) {

    public QuestionsBody {
        questions = questions == null ? List.of() : questions.stream().filter(Objects::nonNull).toList();
    }

    /** The questions, or those that could be made with every problem of the others recorded. */
    List<Question> asked(FieldChecks checks) {
        List<Question> asked = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).question(checks, ConsultationBody.QUESTIONS + "[" + i + "].").ifPresent(asked::add);
        }
        return asked;
    }
}
