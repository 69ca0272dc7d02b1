package org.bettercaretogether.web.keyquestion;

import jakarta.inject.Inject;
import org.bettercaretogether.application.keyquestion.ManageKeyQuestions;
import org.bettercaretogether.application.keyquestion.ReadKeyQuestions;
import org.bettercaretogether.web.platform.FeatureRoutes;

/**
 * The key questions: the public page and API (read through {@code read}) and, behind the staff gate, keeping the
 * questions through {@code manage}.
 */
public final class KeyQuestionWeb extends FeatureRoutes {

    @Inject
    public KeyQuestionWeb(ReadKeyQuestions read, ManageKeyQuestions manage) {
        super(new KeyQuestionRoutes(read), new KeyQuestionApiRoutes(read), new StaffKeyQuestionRoutes(read, manage),
                new StaffKeyQuestionApiRoutes(read, manage));
    }
}
