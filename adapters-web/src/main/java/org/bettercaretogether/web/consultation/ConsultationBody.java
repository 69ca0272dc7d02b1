package org.bettercaretogether.web.consultation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bettercaretogether.application.consultation.ConsultationDraft;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.consultation.DocumentLink;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FieldChecks.Field;

/**
 * A consultation as staff draft it, in the staff API ({@code POST /api/v1/staff/consultations}) and on the staff
 * page alike: its address ({@code slug}), what it is {@code about} ({@code programme}, {@code community},
 * {@code workstream} or {@code network}, with the {@code aboutSlug} of the one meant), its {@code title},
 * {@code summary}, background {@code documents} (each a title and address), the {@code decisionInformed}, the partner
 * that runs it ({@code runBy}, by id), its opening and closing moments in UK time ({@code "2027-04-01T09:00"}) and its
 * {@code questions} ({@link QuestionBody}; none yet is allowed for a draft). Missing lists are empty lists.
 */
public record ConsultationBody(String slug, String about, String aboutSlug, String title, String summary,
                               List<Document> documents, String decisionInformed, String runBy,
                               LocalDateTime opensAt, LocalDateTime closesAt, List<QuestionBody> questions) {

    static final String SLUG = "slug";
    static final String ABOUT = "about";
    static final String ABOUT_SLUG = "aboutSlug";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String DOCUMENTS = "documents";
    static final String DECISION = "decisionInformed";
    static final String RUN_BY = "runBy";
    static final String OPENS_AT = "opensAt";
    static final String CLOSES_AT = "closesAt";
    static final String QUESTIONS = "questions";

    /** A background document: what it is called and where it is read. */
    public record Document(String title, String address) {
    }

    public ConsultationBody {
        documents = documents == null ? List.of() : documents.stream().filter(Objects::nonNull).toList();
        questions = questions == null ? List.of() : questions.stream().filter(Objects::nonNull).toList();
    }

    /** The consultation's address typed as {@code slug}; empty, with the problem recorded, when none or a bad one. */
    static Optional<Slug> address(FieldChecks checks, String slug) {
        return checks.required(SLUG, slug, "Enter the consultation's address, such as maternity-review")
                ? checks.check(SLUG, "The address", () -> new Slug(slug.strip())) : Optional.empty();
    }

    /** The draft this body describes, or every problem of its fields at once. */
    Outcome<ConsultationDraft> draft(FieldChecks checks) {
        Optional<Slug> address = address(checks, slug);
        Optional<ViewAbout> subject = aboutOf(checks);
        checks.required(TITLE, title, "Enter the title");
        checks.required(SUMMARY, summary, "Enter the summary");
        checks.required(DECISION, decisionInformed, "Enter the decision the consultation informs");
        List<DocumentLink> links = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            checks.check(DOCUMENTS, "Document " + (i + 1), () -> DocumentLink.of(document.title(), document.address()))
                    .ifPresent(links::add);
        }
        Optional<PartnerId> partner = checks.required(RUN_BY, runBy, "Choose the partner that runs the consultation")
                ? checks.check(RUN_BY, "The partner", () -> PartnerId.parse(runBy)) : Optional.empty();
        Optional<Instant> opens = moment(checks, OPENS_AT, opensAt, "opening");
        Optional<Instant> closes = moment(checks, CLOSES_AT, closesAt, "closing");
        List<Question> asked = new QuestionsBody(null, questions).asked(checks);
        return checks.outcome(() -> new ConsultationDraft(address.orElseThrow(), subject.orElseThrow(), title, summary,
                        links, decisionInformed, partner.orElseThrow(), new OpeningTimes(opens.orElseThrow(),
                        closes.orElseThrow()), asked),
                new Field("title", TITLE, "The title"), new Field("summary", SUMMARY, "The summary"),
                new Field("decisionInformed", DECISION, "The decision"), new Field("closesAt", CLOSES_AT,
                        "The closing"), new Field("questions", QUESTIONS, "The questions"));
    }

    private Optional<ViewAbout> aboutOf(FieldChecks checks) {
        if (!checks.required(ABOUT, about, "Choose what the consultation is about")) {
            return Optional.empty();
        }
        return checks.check(ABOUT, "What it is about", () -> {
            ViewAbout.Kind kind = ViewAbout.Kind.parse(about);
            return new ViewAbout(kind, kind == ViewAbout.Kind.PROGRAMME || aboutSlug == null || aboutSlug.isBlank()
                    ? Optional.empty() : Optional.of(new Slug(aboutSlug.strip())));
        });
    }

    private static Optional<Instant> moment(FieldChecks checks, String field, LocalDateTime reading, String what) {
        if (!checks.required(field, reading, "Give the " + what + " time, in UK time, such as 2027-04-01T09:00")) {
            return Optional.empty();
        }
        return checks.check(field, "The " + what + " time", () -> OpeningTimes.ukInstant(reading, field));
    }
}
