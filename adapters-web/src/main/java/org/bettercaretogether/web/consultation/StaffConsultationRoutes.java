package org.bettercaretogether.web.consultation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.bettercaretogether.application.consultation.ConsultationSummary;
import org.bettercaretogether.application.consultation.ConsultationVersions;
import org.bettercaretogether.application.consultation.RunConsultations;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.consultation.AboutYouTopic;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.ConsultationState;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Option;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.StaffForms;

/**
 * Engagement officers and administrators run consultations as pages:
 * {@code GET /staff/consultations}: every one, drafts included; {@code GET/POST /staff/consultations/new}: draft one
 * (its questions are added on its page); {@code GET /staff/consultations/{id}}: one, with the forms its state allows;
 * {@code POST .../{id}/questions}: add a question at the end, {@code POST .../{id}/questions/remove}: take one out,
 * {@code POST .../{id}/questions/move-up}: ask one a place earlier (each refused, 409 on the page, once the first
 * answer has locked the questions);
 * {@code POST .../{id}/new-version}: draft a new version of a scheduled consultation at a new address, then go to
 * its page (409 on the page for a draft or one that already has a newer version);
 * {@code POST .../{id}/schedule}, {@code .../{id}/extend} (a new closing in UK time and the reason the public is
 * shown), {@code .../{id}/close-early} (the reason) and {@code .../{id}/results} (the summary published). Every
 * form carries the version it was read at, so a change made meanwhile is refused rather than overwritten; a step
 * the consultation's state does not allow is shown on the page as the error of that form. {@link RunConsultations}
 * decides who may and audits each step; each handler first makes sure the person may use these pages at all (else
 * 403). The staff API does the same in JSON ({@link StaffConsultationApiRoutes}).
 */
record StaffConsultationRoutes(RunConsultations run, BrowseDirectory directory) implements Routes {

    static final String PAGES = StaffAddresses.PAGES + "/consultations";
    private static final String SAVED = "saved";
    private static final Map<String, String> NOTICES = Map.of(
            "drafted", "The consultation has been drafted. Add its questions, then schedule it.",
            "question-added", "The question has been added.",
            "question-removed", "The question has been taken out.",
            "question-moved", "The question has been moved up.",
            "scheduled", "The consultation has been scheduled: the public can see it now.",
            "extended", "The closing has been extended.",
            "closed-early", "The consultation has been closed.",
            "results", "The results have been published.",
            "new-version", "This new version has been drafted from the earlier consultation. Change its questions, "
                    + "wording and times, then schedule it.");

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGES, this::list);
        routes.get(PAGES + "/new", this::newForm);   // before /{id}, which would otherwise take "new"
        routes.post(PAGES + "/new", this::draft);
        routes.get(PAGES + "/{id}", this::page);
        routes.post(PAGES + "/{id}/questions", ctx -> step(ctx, StaffConsultationPage.QUESTION, "question-added",
                (form, checks) -> {
                    Long version = form.version(checks);
                    Optional<Question> question = form.question(checks).question(checks, "");
                    ConsultationSummary current = current(ctx);
                    return checks.outcome(question::orElseThrow).flatMap(added -> {
                        List<Question> questions = new ArrayList<>(current.consultation().questions());
                        questions.add(added);
                        return run.changeQuestions(actor(ctx), id(ctx), version, questions);
                    });
                }));
        routes.post(PAGES + "/{id}/questions/remove", ctx -> step(ctx, StaffConsultationPage.QUESTION,
                "question-removed", (form, checks) -> {
                    Long version = form.version(checks);
                    Optional<QuestionId> removed = checks.check(QuestionBody.ID, "The question",
                            () -> new QuestionId(form.value("question")));
                    return checks.outcome(removed::orElseThrow).flatMap(gone -> run.changeQuestions(actor(ctx),
                            id(ctx), version, current(ctx).consultation().questions().stream()
                                    .filter(question -> !question.id().equals(gone)).toList()));
                }));
        routes.post(PAGES + "/{id}/questions/move-up", ctx -> step(ctx, StaffConsultationPage.QUESTION,
                "question-moved", (form, checks) -> {
                    Long version = form.version(checks);
                    Optional<QuestionId> moved = checks.check(QuestionBody.ID, "The question",
                            () -> new QuestionId(form.value("question")));
                    return checks.outcome(moved::orElseThrow).flatMap(up -> run.changeQuestions(actor(ctx), id(ctx),
                            version, movedUp(current(ctx).consultation().questions(), up)));
                }));
        routes.post(PAGES + "/{id}/schedule", ctx -> step(ctx, StaffConsultationPage.SCHEDULE, "scheduled",
                (form, checks) -> {
                    Long version = form.version(checks);
                    return checks.outcome(() -> version).flatMap(read -> run.schedule(actor(ctx), id(ctx), read));
                }));
        routes.post(PAGES + "/{id}/new-version", ctx -> step(ctx, StaffConsultationPage.NEW_VERSION, "new-version",
                (form, checks) -> {
                    Long version = form.version(checks);
                    Optional<Slug> slug = ConsultationBody.address(checks, form.value(ConsultationBody.SLUG));
                    return checks.outcome(slug::orElseThrow).flatMap(address -> run.newVersion(actor(ctx), id(ctx),
                            version, address));
                }));
        routes.post(PAGES + "/{id}/extend", ctx -> step(ctx, StaffConsultationPage.EXTEND, "extended",
                (form, checks) -> {
                    Long version = form.version(checks);
                    Optional<Instant> closing = form.moment(checks, "closes-at", "the new closing day").flatMap(
                            reading -> checks.check("closes-at", "The new closing",
                                    () -> OpeningTimes.ukInstant(reading,
                                            "closesAt")));
                    checks.required(ConsultationStep.REASON, form.value(ConsultationStep.REASON),
                            "Give the reason, which the public is shown");
                    return checks.outcome(closing::orElseThrow).flatMap(closesAt -> run.extend(actor(ctx), id(ctx),
                            version, closesAt, form.value(ConsultationStep.REASON)));
                }));
        routes.post(PAGES + "/{id}/close-early", ctx -> step(ctx, StaffConsultationPage.CLOSE_EARLY, "closed-early",
                (form, checks) -> {
                    Long version = form.version(checks);
                    checks.required(ConsultationStep.REASON, form.value(ConsultationStep.REASON),
                            "Give the reason, which the public is shown");
                    return checks.outcome(() -> version).flatMap(read -> run.closeEarly(actor(ctx), id(ctx), read,
                            form.value(ConsultationStep.REASON)));
                }));
        routes.post(PAGES + "/{id}/results", ctx -> step(ctx, StaffConsultationPage.RESULTS, "results",
                (form, checks) -> {
                    Long version = form.version(checks);
                    checks.required(ConsultationStep.SUMMARY, form.value(ConsultationStep.SUMMARY),
                            "Give the summary of what was heard, which the public is shown");
                    return checks.outcome(() -> version).flatMap(read -> run.publishResults(actor(ctx), id(ctx),
                            read, form.value(ConsultationStep.SUMMARY)));
                }));
    }

    private void list(Context ctx) {
        List<StaffConsultationPage.Row> rows = run.all(actor(ctx)).orElseThrow().stream().map(summary -> {
            Consultation consultation = summary.consultation();
            return new StaffConsultationPage.Row(PAGES + "/" + consultation.id(), consultation.title(),
                    summary.state().title(), ConsultationPage.tagColour(summary.state()),
                    Formats.dateTime(consultation.times().opensAt()), Formats.dateTime(consultation.times().closesAt()));
        }).toList();
        ctx.render("consultation/staff-consultations.jte", Map.of("consultations", rows));
    }

    private void newForm(Context ctx) {
        actor(ctx);
        render(ctx, null, StaffConsultationForm.empty(), null, FormErrors.none());
    }

    private void draft(Context ctx) {
        Actor actor = actor(ctx);
        StaffConsultationForm form = StaffConsultationForm.read(ctx);
        StaffForms.answer(ctx, checks -> form.draft(checks).draft(checks).flatMap(draft -> run.draft(actor, draft)),
                drafted -> saved(drafted, "drafted"),
                refused -> render(ctx, null, form, null, FormErrors.onFields(refused, ConsultationBody.SLUG)
                        .inOrder(StaffConsultationForm.DRAFT_FIELDS)));
    }

    private void page(Context ctx) {
        render(ctx, current(ctx), StaffConsultationForm.empty(), null, FormErrors.none());
    }

    /**
     * Answers the form {@code name} through {@code step}; done, back to the page saying {@code saved}; refused,
     * the page again with the form's errors (a conflict — a stale form, a step the state does not allow — too).
     */
    private void step(Context ctx, String name, String saved,
                      BiFunction<StaffConsultationForm, FieldChecks, Outcome<ConsultationSummary>> step) {
        actor(ctx);
        StaffConsultationForm form = StaffConsultationForm.read(ctx);
        StaffForms.answer(ctx, checks -> step.apply(form, checks), changed -> saved(changed, saved),
                refused -> render(ctx, current(ctx), form, name, FormErrors.onFields(refused, name)
                        .inOrder(StaffConsultationForm.QUESTION_FIELDS)), Rejection.Conflict.class);
    }

    /** The questions with {@code up} asked one place earlier (the first stays first). */
    private static List<Question> movedUp(List<Question> questions, QuestionId up) {
        List<Question> reordered = new ArrayList<>(questions);
        for (int i = 1; i < reordered.size(); i++) {
            if (reordered.get(i).id().equals(up)) {
                reordered.add(i - 1, reordered.remove(i));
                break;
            }
        }
        return reordered;
    }

    private static String saved(ConsultationSummary summary, String what) {
        return PAGES + "/" + summary.consultation().id() + "?" + SAVED + "=" + what;
    }

    private void render(Context ctx, ConsultationSummary current, StaffConsultationForm form, String failed,
                        FormErrors errors) {
        StaffConsultationPage.Summary summary = null;
        List<StaffConsultationPage.QuestionRow> questions = List.of();
        boolean questionsOpen = false;
        StaffConsultationPage.Link earlier = null;
        StaffConsultationPage.Link newer = null;
        if (current != null) {
            ConsultationVersions versions = run.versions(actor(ctx), current.consultation().id()).orElseThrow();
            earlier = versions.earlier().map(version -> link(version.consultation())).orElse(null);
            newer = versions.newer().map(version -> link(version.consultation())).orElse(null);
            Consultation consultation = current.consultation();
            ConsultationState state = current.state();
            summary = new StaffConsultationPage.Summary(consultation.id().toString(), consultation.version(),
                    consultation.slug().value(), consultation.title(), state.title(),
                    ConsultationPage.tagColour(state), current.about().name(), current.runBy(),
                    Formats.dateTime(consultation.times().opensAt()), Formats.dateTime(consultation.times().closesAt()),
                    state == ConsultationState.DRAFT, state == ConsultationState.OPEN,
                    state == ConsultationState.CLOSED, state == ConsultationState.RESULTS_PUBLISHED,
                    state.isPublic() ? ConsultationPageRoutes.PAGES + "/" + consultation.slug() : null);
            questions = consultation.questions().stream().map(question -> new StaffConsultationPage.QuestionRow(
                    question.id().value(), question.text(), question.kind().code(), question.required(),
                    question.help().orElse(null), question.kind().options().stream()
                            .map(Option::label).toList())).toList();
            questionsOpen = !consultation.questionsLocked() && state != ConsultationState.RESULTS_PUBLISHED;
        }
        var choices = new StaffConsultationPage.Choices(
                directory.communities().stream().map(profile -> new Choice(profile.community().slug().value(),
                        profile.community().name())).toList(),
                directory.workstreams().stream().map(profile -> new Choice(profile.workstream().slug().value(),
                        profile.workstream().name())).toList(),
                directory.networks().stream().map(profile -> new Choice(profile.network().slug().value(),
                        profile.network().name())).toList(),
                directory.partners().stream().map(partner -> new Choice(partner.id().toString(), partner.name()))
                        .toList(),
                QuestionBody.KINDS.stream().map(kind -> new Choice(kind, KIND_NAMES.get(kind))).toList(),
                Arrays.stream(AboutYouTopic.values()).map(topic -> new Choice(QuestionBody.topicCode(topic),
                        topic.usualWording())).toList());
        ctx.render(current == null ? "consultation/staff-new.jte" : "consultation/staff-consultation.jte",
                Map.of("consultation", new StaffConsultationPage(summary, questions, questionsOpen, earlier, newer,
                        form, failed, errors, choices,
                        NOTICES.get(Objects.requireNonNullElse(ctx.queryParam(SAVED), "")))));
    }

    private static StaffConsultationPage.Link link(Consultation consultation) {
        return new StaffConsultationPage.Link(PAGES + "/" + consultation.id(), consultation.title(),
                consultation.slug().value());
    }

    private static final Map<String, String> KIND_NAMES = Map.of(
            "single-choice", "Single choice: one of the options",
            "multiple-choice", "Multiple choice: up to a maximum of the options",
            "scale", "Scale: one point, such as from strongly agree to strongly disagree",
            "free-text", "Free text, up to a length",
            "about-you", "About you: respondent type, community or postcode district");

    private ConsultationSummary current(Context ctx) {
        return run.consultation(actor(ctx), id(ctx)).orElseThrow();
    }

    private static Actor actor(Context ctx) {
        return StaffAccess.engagementOfficer(ctx);
    }

    private static ConsultationId id(Context ctx) {
        return ConsultationId.parse(ctx.pathParam("id"));
    }
}
