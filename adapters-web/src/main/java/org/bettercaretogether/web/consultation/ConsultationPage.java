package org.bettercaretogether.web.consultation;

import org.bettercaretogether.application.consultation.ConsultationSummary;
import org.bettercaretogether.application.consultation.ConsultationVersions;
import org.bettercaretogether.domain.consultation.AboutYouTopic;
import org.bettercaretogether.domain.consultation.ClosingChange;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.ConsultationState;
import org.bettercaretogether.domain.consultation.Option;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.web.platform.Formats;

import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.function.Function;

/**
 * The model of a consultation's public page ({@code /consultations/{slug}}), and of its card in lists: its words, its
 * state as a tag, when it opens and closes in UK time, each change to its closing with the reason given, its
 * documents, its questions as the person answering would read them, and while it is open the way to answer them.
 */
public record ConsultationPage(String slug, String title, String summary, String state, String tagColour,
                               String about, String aboutHref, String runBy, String decisionInformed, String opens,
                               String closes, String when, List<Change> closingChanges, List<Document> documents,
                               List<QuestionShown> questions, boolean resultsShown, boolean open) {

    /** A change to the closing: what was done ("Extended to ..."), when it was decided, and why. */
    public record Change(String what, String decided, String reason) {
    }

    public record Document(String title, String href) {
    }

    /** A question as it reads: its words, help, whether it must be answered, and the answers offered. */
    public record QuestionShown(String text, String help, boolean required, String how, List<String> answers) {
    }

    /**
     * The versions either side of a consultation on its page: the earlier one it is a new version of, and its own new
     * version once scheduled ({@code newerWhen} saying whether that is open, coming up or closed), each if any.
     */
    public record Versions(String earlierTitle, String earlierHref, String newerTitle, String newerHref,
                           String newerWhen) {

        static Versions of(ConsultationVersions versions) {
            Optional<Consultation> earlier = versions.earlier().map(ConsultationVersions.Version::consultation);
            Optional<Consultation> newer = versions.newer().map(ConsultationVersions.Version::consultation);
            return new Versions(earlier.map(Consultation::title).orElse(null),
                    earlier.map(found -> href(found.slug().value())).orElse(null),
                    newer.map(Consultation::title).orElse(null),
                    newer.map(found -> href(found.slug().value())).orElse(null),
                    versions.newer().map(version -> switch (version.state()) {
                        case OPEN -> "is open";
                        case UPCOMING -> "is coming up";
                        case CLOSED, RESULTS_PUBLISHED, DRAFT -> "has run since";
                    }).orElse(null));
        }
    }

    /** Where answering it starts, while it is open. */
    public String respondHref() {
        return AnswerRoutes.start(slug);
    }

    static String href(String slug) {
        return ConsultationPageRoutes.PAGES + "/" + slug;
    }

    static ConsultationPage of(ConsultationSummary summary, Function<AboutYouTopic, List<Option>> aboutYouOptions) {
        Consultation consultation = summary.consultation();
        return new ConsultationPage(consultation.slug().value(), consultation.title(), consultation.summary(),
                summary.state().title(), tagColour(summary.state()), summary.about().name(),
                summary.about().slug().map(slug -> "/" + plural(summary.about().kind()) + "/" + slug).orElse(null),
                summary.runBy(), consultation.decisionInformed(), Formats.dateTime(consultation.times().opensAt()),
                Formats.dateTime(consultation.times().closesAt()), when(summary),
                consultation.closingChanges().stream().map(ConsultationPage::change).toList(),
                consultation.documents().stream().map(document -> new Document(document.title(),
                        document.address().toString())).toList(),
                aboutYouOptions == null ? List.of() : consultation.questions().stream().map(question -> {
                    QuestionKind kind = question.kind();
                    List<Option> options = kind instanceof QuestionKind.AboutYou about
                            ? aboutYouOptions.apply(about.topic()) : kind.options();
                    return new QuestionShown(question.text(), question.help().orElse(null), question.required(),
                            how(kind), options.stream().map(Option::label).toList());
                }).toList(),
                summary.state() == ConsultationState.CLOSED || summary.state() == ConsultationState.RESULTS_PUBLISHED,
                summary.state() == ConsultationState.OPEN);
    }

    /** The page of a consultation as lists show it: no questions. */
    static ConsultationPage card(ConsultationSummary summary) {
        return of(summary, null);
    }

    /** The sentence a list gives a consultation, by its state. */
    private static String when(ConsultationSummary summary) {
        Consultation consultation = summary.consultation();
        return switch (summary.state()) {
            case UPCOMING -> "Opens " + Formats.dateTime(consultation.times().opensAt());
            case OPEN -> "Closes " + Formats.dateTime(consultation.times().closesAt());
            case CLOSED, RESULTS_PUBLISHED, DRAFT -> "Closed " + Formats.dateTime(consultation.times().closesAt());
        };
    }

    static String tagColour(ConsultationState state) {
        return switch (state) {
            case OPEN -> "govuk-tag--green";
            case UPCOMING -> "govuk-tag--blue";
            case RESULTS_PUBLISHED -> "govuk-tag--purple";
            case CLOSED, DRAFT -> "govuk-tag--grey";
        };
    }

    private static Change change(ClosingChange change) {
        String what = change.kind() == ClosingChange.Kind.EXTENDED
                ? "Extended from " + Formats.dateTime(change.from()) + " to " + Formats.dateTime(change.to())
                : "Closed early, at " + Formats.dateTime(change.to()) + " instead of " + Formats.dateTime(change.from());
        return new Change(what, Formats.dateTime(change.decidedAt()), change.reason());
    }

    private static String how(QuestionKind kind) {
        return switch (kind) {
            case QuestionKind.SingleChoice ignored -> "Choose one answer.";
            case QuestionKind.Scale ignored -> "Choose one point of the scale.";
            case QuestionKind.MultipleChoice multiple -> "Choose up to " + multiple.maximum() + ".";
            case QuestionKind.FreeText text -> "Write up to " + Formats.number(text.maxLength()) + " characters.";
            case QuestionKind.AboutYou about -> about.topic() == AboutYouTopic.POSTCODE_DISTRICT
                    ? "Give the first half of your postcode, such as LA9." : "Choose one answer.";
        };
    }

    private static String plural(String kind) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "community" -> "communities";
            case "workstream" -> "workstreams";
            case "network" -> "networks";
            default -> kind;
        };
    }
}
