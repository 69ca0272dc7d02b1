package org.bettercaretogether.web.keyquestion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bettercaretogether.domain.keyquestion.KeyQuestion;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.web.platform.Formats;

/**
 * The model of the public page {@code /key-questions}: each question with the anchor the contents list links to and
 * its answer as paragraphs, and the day the list last changed (null when there are no questions).
 */
public record KeyQuestionsPage(List<Entry> questions, String lastUpdated) {

    public static final String HEADING = "Key questions";

    /**
     * An address of this site written in an answer ({@code /contact}, {@code /you-said-we-did}): a word of its own (after
     * a space or a bracket, before a space or punctuation) of lower-case letters, digits, hyphens and slashes, so that
     * "24/7", "and/or" or "</b>" stay text.
     */
    private static final Pattern SITE_ADDRESS = Pattern.compile(
            "(?<![^\\s(])/[a-z0-9][a-z0-9-]*(?:/[a-z0-9][a-z0-9-]*)*(?=$|[\\s.,;:!?)])");
    private static final int ANCHOR_LENGTH = 60;

    public KeyQuestionsPage {
        questions = List.copyOf(questions);
    }

    /** One question: the id of its heading, the question, and its answer's paragraphs. */
    public record Entry(String anchor, String question, List<List<Piece>> paragraphs) {
    }

    /** A stretch of a paragraph: text, or an address of this site shown as a link to itself ({@code href} set). */
    public record Piece(String text, String href) {

        public boolean link() {
            return href != null;
        }
    }

    static KeyQuestionsPage of(List<KeyQuestion> questions) {
        Set<String> anchors = new HashSet<>();
        List<Entry> entries = new ArrayList<>();
        for (KeyQuestion question : questions) {
            entries.add(new Entry(anchor(question.question(), anchors), question.question(),
                    question.paragraphs().stream().map(KeyQuestionsPage::pieces).toList()));
        }
        Optional<String> lastUpdated = questions.stream().map(KeyQuestion::changedAt).max(Comparable::compareTo)
                .map(instant -> Formats.date(UkTime.dayOf(instant)));
        return new KeyQuestionsPage(entries, lastUpdated.orElse(null));
    }

    /** The paragraph as text, with each address of this site in it a link. */
    static List<Piece> pieces(String paragraph) {
        List<Piece> pieces = new ArrayList<>();
        Matcher address = SITE_ADDRESS.matcher(paragraph);
        int from = 0;
        while (address.find()) {
            if (address.start() > from) {
                pieces.add(new Piece(paragraph.substring(from, address.start()), null));
            }
            pieces.add(new Piece(address.group(), address.group()));
            from = address.end();
        }
        if (from < paragraph.length()) {
            pieces.add(new Piece(paragraph.substring(from), null));
        }
        return pieces;
    }

    /**
     * An id for the question's heading made from its words ("how-can-i-share-my-view"), so a link to one question
     * survives the list being reordered; a second question with the same words gets "-2", and so on.
     */
    private static String anchor(String question, Set<String> taken) {
        String words = question.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (words.length() > ANCHOR_LENGTH) {
            words = words.substring(0, ANCHOR_LENGTH).replaceAll("-$", "");
        }
        String base = words.isEmpty() ? "question" : words;
        String anchor = base;
        for (int n = 2; !taken.add(anchor); n++) {
            anchor = base + "-" + n;
        }
        return anchor;
    }
}
