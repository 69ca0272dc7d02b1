package org.bettercaretogether.domain.keyquestion;

import org.bettercaretogether.domain.shared.Require;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One of the programme's key questions, as the public reads it: the question, its answer in plain text (paragraphs
 * separated by a blank line, no markup), its place in the list (1 is first) and when it last changed. Staff keep the
 * list; each change quotes the {@link #version()} it was made on, so that one person's edit never silently overwrites
 * another's.
 */
public record KeyQuestion(KeyQuestionId id, String question, String answer, int position, Instant changedAt,
                          long version) {

    /** The longest question, in characters: a question is one sentence, read as a heading. */
    public static final int QUESTION_MAX_LENGTH = 200;

    /** The longest answer, in characters: a few short paragraphs, not a document. */
    public static final int ANSWER_MAX_LENGTH = 4_000;

    public KeyQuestion {
        Require.present(id, "keyQuestionId");
        question = question(question);
        answer = answer(answer);
        Require.positive(position, "position");
        Require.present(changedAt, "changedAt");
        Require.version(version);
    }

    /** A new key question at {@code position}, not yet stored. */
    public static KeyQuestion add(KeyQuestionId id, String question, String answer, int position, Instant at) {
        return new KeyQuestion(id, question, answer, position, at, 0);
    }

    /** The question as it is kept: required, trimmed, at most {@value #QUESTION_MAX_LENGTH} characters. */
    public static String question(String question) {
        return Require.text(question, "question", QUESTION_MAX_LENGTH);
    }

    /**
     * The answer as it is kept: required and trimmed, with its lines ending in {@code \n} whatever the browser sent
     * ({@code \r\n}), so that its length and its paragraphs are the same however it was typed; at most
     * {@value #ANSWER_MAX_LENGTH} characters.
     */
    public static String answer(String answer) {
        Require.present(answer, "answer");
        return Require.text(answer.replace("\r\n", "\n").replace('\r', '\n'), "answer", ANSWER_MAX_LENGTH);
    }

    /** The answer's paragraphs, in order: split at blank lines, each one's lines joined into one. */
    public List<String> paragraphs() {
        return Arrays.stream(answer.split("\n[ \t]*\n"))
                .map(paragraph -> paragraph.strip().replaceAll("[ \t]*\n[ \t]*", " "))
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }

    /** The same key question reworded at {@code at}; its place in the list stays. */
    public KeyQuestion revise(String newQuestion, String newAnswer, Instant at) {
        return new KeyQuestion(id, newQuestion, newAnswer, position, at, version);
    }

    /** The same key question at another place in the list; unchanged when the place is the same. */
    public KeyQuestion atPosition(int newPosition, Instant at) {
        if (newPosition == position) {
            return this;
        }
        return new KeyQuestion(id, question, answer, newPosition, at, version);
    }

    public KeyQuestion withVersion(long newVersion) {
        return new KeyQuestion(id, question, answer, position, changedAt, newVersion);
    }
}
