package org.bettercaretogether.web.keyquestion;

import java.util.List;

/** The model of {@code /staff/key-questions}: every key question in order, with what staff can do to each. */
public record StaffKeyQuestionsPage(List<Row> questions, String notice) {

    public static final String HEADING = "Key questions";

    public StaffKeyQuestionsPage {
        questions = List.copyOf(questions);
    }

    /**
     * One question: its place, its words, the day it last changed, the version its buttons send, and where they post
     * (the move buttons only where the question can move that way).
     */
    public record Row(int position, String question, String changed, String version, String href, boolean canMoveUp,
                      boolean canMoveDown) {

        public String moveUpAction() {
            return href + "/move-up";
        }

        public String moveDownAction() {
            return href + "/move-down";
        }

        public String removeAction() {
            return href + "/remove";
        }
    }

    public String newHref() {
        return StaffKeyQuestionRoutes.PAGES + "/new";
    }
}
