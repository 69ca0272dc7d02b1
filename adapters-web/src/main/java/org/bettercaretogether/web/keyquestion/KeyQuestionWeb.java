package org.bettercaretogether.web.keyquestion;

import java.util.List;
import java.util.Objects;
import org.bettercaretogether.application.keyquestion.ManageKeyQuestions;
import org.bettercaretogether.application.keyquestion.ReadKeyQuestions;
import org.bettercaretogether.web.platform.Routes;

/** The key questions: their route groups, for the composition of the web server. */
public final class KeyQuestionWeb {

    private KeyQuestionWeb() {
    }

    /**
     * The public page and API (read through {@code read}) and, behind the staff gate, keeping the questions through
     * {@code manage}.
     */
    public static List<Routes> routes(ReadKeyQuestions read, ManageKeyQuestions manage) {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(manage, "manage");
        return List.of(new KeyQuestionRoutes(read), new StaffKeyQuestionRoutes(read, manage));
    }
}
