package org.bettercaretogether.web.moderation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.EnterFeedback;
import org.bettercaretogether.application.feedback.EnteredView;
import org.bettercaretogether.application.meeting.BrowseMeetings;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.platform.FieldError;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.StaffForms;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.FieldChecks;

/**
 * Staff enter views that did not come in online (moderators, engagement officers and administrators):
 * <ul>
 *   <li>{@code GET/POST /staff/feedback/new}: one view, by a form;</li>
 *   <li>a view given at one of the programme's public meetings names it (the form offers them in a select, the file
 *       by id): a meeting that is unknown, or named for a view that did not come in at a meeting, is a problem of the
 *       field {@code meeting} (422);</li>
 *   <li>{@code GET/POST /staff/feedback/import}: a CSV file of views (multipart upload, field {@code file}), with a
 *       sample file at {@code /staff/feedback/import/sample.csv}.</li>
 * </ul>
 * The staff API enters views as JSON and files as CSV ({@link EntryApiRoutes}).
 * A file is entered whole or not at all: every problem of every row is listed ("Row 3: text – must not be blank").
 * After a view is entered its page cannot be found by its reference, so staff go back where they can see it: the
 * moderation queue for those who moderate, the form again for the others.
 */
record EntryRoutes(EnterFeedback enter, BrowseDirectory directory, BrowseMeetings meetings,
                   Clock clock) implements Routes {

    /** The most problems a page lists of one file: the rest are counted. */
    static final int PROBLEMS_SHOWN = 50;
    static final String FILE = CsvImport.FILE;
    static final Role[] ENTERING = {Role.MODERATOR, Role.ENGAGEMENT_OFFICER, Role.ADMIN};

    @Override
    public void register(RoutesConfig routes) {
        routes.get(ModerationAddresses.ENTER, this::entryForm);
        routes.post(ModerationAddresses.ENTER, this::enterOne);
        routes.get(ModerationAddresses.IMPORT, this::importForm);
        routes.post(ModerationAddresses.IMPORT, this::importFile);
        routes.get(ModerationAddresses.SAMPLE_CSV, this::sample);
    }

    // --- one view ---

    private void entryForm(Context ctx) {
        StaffAccess.actorHolding(ctx, ENTERING);
        renderEntry(ctx, EntryForm.empty(), FormErrors.none(), EntryNotices.entered(ctx));
    }

    private void enterOne(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, ENTERING);
        EntryForm form = EntryForm.read(ctx);
        FieldChecks problems = new FieldChecks();
        Optional<EnteredView> view = form.entry(problems).read(problems);
        Outcome<FeedbackReference> outcome = view.isPresent() ? enter.enter(actor, view.get())
                : Outcome.rejected(new Rejection.InvalidInput(problems.problems()));
        StaffForms.answer(ctx, outcome, reference -> (moderates(actor) ? ModerationAddresses.QUEUE
                        : ModerationAddresses.ENTER) + "?" + EntryNotices.ENTERED + "=" + reference.value(),
                refused -> renderEntry(ctx, form, form.errors((Rejection.InvalidInput) refused), null));
    }

    private void renderEntry(Context ctx, EntryForm form, FormErrors errors, String notice) {
        ctx.render("moderation/new.jte", Map.of("entry", new EntryPages.Entry(form, EntryForm.subjects(directory),
                EntryForm.roles(), EntryForm.channels(), EntryForm.meetings(meetings, directory, clock.instant()),
                errors, notice)));
    }

    // --- a file of views ---

    private void importForm(Context ctx) {
        StaffAccess.actorHolding(ctx, ENTERING);
        renderImport(ctx, FormErrors.none(), EntryNotices.imported(ctx));
    }

    private void importFile(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, ENTERING);
        UploadedFile file = ctx.uploadedFile(FILE);
        Outcome<List<FeedbackReference>> outcome;
        if (file == null || (file.size() == 0 && (file.filename() == null || file.filename().isBlank()))) {
            outcome = Outcome.rejected(Rejection.InvalidInput.of(FILE, "Select a CSV file to import"));
        } else if (file.size() == 0) {
            outcome = Outcome.rejected(Rejection.InvalidInput.of(FILE, "The selected file is empty"));
        } else if (file.size() > CsvImport.MAXIMUM_BYTES) {
            outcome = Outcome.rejected(Rejection.InvalidInput.of(FILE,
                    "The file must be smaller than 2 MB: split it into smaller files"));
        } else {
            outcome = enterAll(enter, actor, read(file.content(), CsvImport.MAXIMUM_BYTES));
        }
        StaffForms.answer(ctx, outcome, references -> (moderates(actor) ? ModerationAddresses.QUEUE
                        : ModerationAddresses.IMPORT) + "?" + EntryNotices.IMPORTED + "=" + references.size(),
                refused -> renderImport(ctx, fileErrors(((Rejection.InvalidInput) refused).problems()), null));
    }

    /** The views of a file entered together, or the problems of the file in its own words. */
    static Outcome<List<FeedbackReference>> enterAll(EnterFeedback enter, Actor actor, byte[] file) {
        return ViewsFile.enter(enter, actor, file, ViewsFile.Progress.NONE);
    }

    private void sample(Context ctx) {
        StaffAccess.actorHolding(ctx, ENTERING);
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"views-to-import.csv\"")
                .result(CsvImport.sample());
    }

    private static void renderImport(Context ctx, FormErrors errors, String notice) {
        ctx.render("moderation/import.jte", Map.of("upload", new EntryPages.Import(errors, notice)));
    }

    /** Every problem against the file field, the first {@value #PROBLEMS_SHOWN} listed and the others counted. */
    private static FormErrors fileErrors(List<FieldProblem> problems) {
        List<FieldError> errors = new ArrayList<>();
        problems.stream().limit(PROBLEMS_SHOWN).forEach(problem -> errors.add(new FieldError(FILE, problem.problem())));
        if (problems.size() > PROBLEMS_SHOWN) {
            errors.add(new FieldError(FILE, "And " + (problems.size() - PROBLEMS_SHOWN)
                    + " more problems: fix these, then import the file again to see the rest"));
        }
        return new FormErrors(errors);
    }

    // --- reading ---

    /** At most {@code limit} + 1 bytes, so that one too many shows the file is too large without reading it all. */
    static byte[] read(InputStream in, int limit) {
        try (in) {
            return in.readNBytes(limit + 1);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static boolean moderates(Actor actor) {
        return actor.holds(Role.MODERATOR) || actor.holds(Role.ADMIN);
    }

}
