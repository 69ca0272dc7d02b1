package org.bettercaretogether.web.consultation;

import org.bettercaretogether.application.consultation.ConsultationSummary;
import org.bettercaretogether.application.consultation.ConsultationVersions;
import org.bettercaretogether.domain.consultation.AboutYouTopic;
import org.bettercaretogether.domain.consultation.ClosingChange;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.ConsultationState;
import org.bettercaretogether.domain.consultation.DocumentLink;
import org.bettercaretogether.domain.consultation.Option;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionKind;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A consultation as the public API answers it: what it asks and why, who runs it, when it opens and closes (instants
 * in UTC; the pages show them in UK time), its state now, every change to its closing with the reason given, and —
 * when asked for one consultation — its questions. {@code resultsUrl} is given once it has closed. One consultation
 * asked for also names, by slug, the earlier consultation it is a new version of ({@code replaces}) and its own new
 * version once that is scheduled ({@code replacedBy}): answers given to each are counted in its own results.
 *
 * @param state {@code upcoming}, {@code open}, {@code closed} or {@code results-published}
 */
public record ConsultationJson(String slug, String title, String summary, String state, About about, String runBy,
                               String decisionInformed, Instant opensAt, Instant closesAt, List<Document> documents,
                               List<ClosingChangeJson> closingChanges, List<QuestionJson> questions,
                               String resultsUrl, String replaces, String replacedBy) {

    /** What a consultation is about: {@code kind} programme, community, workstream or network, with its slug and name. */
    public record About(String kind, String slug, String name) {
    }

    public record Document(String title, String url) {
    }

    /** @param kind {@code extended} or {@code closed-early} */
    public record ClosingChangeJson(String kind, Instant from, Instant to, String reason, Instant decidedAt) {
    }

    /**
     * One question. {@code kind} is {@code single-choice}, {@code multiple-choice} (with {@code maximum}),
     * {@code scale}, {@code free-text} (with {@code maxLength}) or {@code about-you} (with {@code topic}:
     * {@code respondent-type}, {@code community} or {@code postcode-district}); {@code options} are the codes to answer
     * with (for about-you questions: the respondent types, or the communities by slug).
     */
    public record QuestionJson(String id, String text, String help, boolean required, String kind, Integer maximum,
                               Integer maxLength, String topic, List<OptionJson> options) {
    }

    public record OptionJson(String code, String label) {
    }

    /** The consultation without its questions, as lists give it. */
    static ConsultationJson brief(ConsultationSummary summary) {
        return of(summary, null);
    }

    /** The consultation with its questions, {@code aboutYouOptions} giving the options of "about you" questions. */
    static ConsultationJson whole(ConsultationSummary summary, Function<AboutYouTopic, List<Option>> aboutYouOptions) {
        return of(summary, summary.consultation().questions().stream()
                .map(question -> question(question, aboutYouOptions)).toList());
    }

    /** The same consultation naming the earlier and newer versions of it in {@code versions}. */
    ConsultationJson with(ConsultationVersions versions) {
        return new ConsultationJson(slug, title, summary, state, about, runBy, decisionInformed, opensAt, closesAt,
                documents, closingChanges, questions, resultsUrl,
                versions.earlier().map(earlier -> earlier.consultation().slug().value()).orElse(null),
                versions.newer().map(newer -> newer.consultation().slug().value()).orElse(null));
    }

    static String state(ConsultationState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static ConsultationJson of(ConsultationSummary summary, List<QuestionJson> questions) {
        Consultation consultation = summary.consultation();
        boolean closed = summary.state() == ConsultationState.CLOSED
                || summary.state() == ConsultationState.RESULTS_PUBLISHED;
        return new ConsultationJson(consultation.slug().value(), consultation.title(), consultation.summary(),
                state(summary.state()), new About(summary.about().kind(), summary.about().slug().orElse(null),
                summary.about().name()), summary.runBy(), consultation.decisionInformed(),
                consultation.times().opensAt(), consultation.times().closesAt(),
                consultation.documents().stream().map(ConsultationJson::document).toList(),
                consultation.closingChanges().stream().map(ConsultationJson::closingChange).toList(), questions,
                closed ? ConsultationApiRoutes.results(consultation.slug().value()) : null, null, null);
    }

    private static Document document(DocumentLink link) {
        return new Document(link.title(), link.address().toString());
    }

    private static ClosingChangeJson closingChange(ClosingChange change) {
        return new ClosingChangeJson(change.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), change.from(),
                change.to(), change.reason(), change.decidedAt());
    }

    private static QuestionJson question(Question question, Function<AboutYouTopic, List<Option>> aboutYouOptions) {
        QuestionKind kind = question.kind();
        List<Option> options = kind instanceof QuestionKind.AboutYou about ? aboutYouOptions.apply(about.topic())
                : kind.options();
        return new QuestionJson(question.id().value(), question.text(), question.help().orElse(null),
                question.required(), kind.code(),
                kind instanceof QuestionKind.MultipleChoice multiple ? multiple.maximum() : null,
                kind instanceof QuestionKind.FreeText text ? text.maxLength() : null,
                kind instanceof QuestionKind.AboutYou about
                        ? about.topic().name().toLowerCase(Locale.ROOT).replace('_', '-') : null,
                options.stream().map(option -> new OptionJson(option.code(), option.label())).toList());
    }
}
