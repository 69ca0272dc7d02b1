package org.bettercaretogether.web.feedback;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.Subjects;
import org.bettercaretogether.application.feedback.SubmissionReceipt;
import org.bettercaretogether.application.feedback.SubmitFeedback;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.web.platform.IdempotentRequests;
import org.bettercaretogether.web.platform.FieldError;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.OwnOrigin;
import org.bettercaretogether.web.platform.Routes;

/**
 * Giving a view, without an account, by a form: {@code GET /share-your-view[?about=community&slug=kendal]}, the form,
 * the subject chosen when the link says one; {@code POST /share-your-view}, every problem at once on the form again
 * (422, answers kept), or 303 to the view's private tracking page, which confirms it was received
 * ({@code /track/{token}?new=1}). The API takes a view as JSON ({@link FeedbackApiRoutes}).
 *
 * <p>The form has no account or session to protect, so no CSRF token: a browser that says where the form comes from
 * ({@code Origin}, {@code Sec-Fetch-Site}) must say it comes from this service, else 403 and nothing is stored.
 */
record ShareRoutes(SubmitFeedback submit, BrowseDirectory directory) implements Routes {

    static final String PAGE = "/share-your-view";
    static final String IDEMPOTENCY_KEY = IdempotentRequests.KEY;
    private static final String TEMPLATE = "feedback/share.jte";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGE, this::form);
        routes.post(PAGE, this::share);
    }

    private void form(Context ctx) {
        render(ctx, ShareForm.start(ctx.queryParam("about"), ctx.queryParam("slug")), FormErrors.none());
    }

    private void share(Context ctx) {
        OwnOrigin.require(ctx, "The form did not come from this service. "
                + "Go to " + PAGE + " on this service and send your view from there.");
        ShareForm form = ShareForm.read(ctx);
        switch (form.request().toView(form.slugField(), submit::subjectProblem)
                .flatMap(view -> submit.submit(view, form.key()))) {
            case Outcome.Done<SubmissionReceipt>(SubmissionReceipt receipt) ->
                    ctx.redirect(TrackRoutes.confirmation(receipt.trackingToken()), HttpStatus.SEE_OTHER);
            case Outcome.Rejected<SubmissionReceipt>(Rejection.InvalidInput invalid) -> {
                FormErrors.answerStatus(ctx, invalid);
                boolean keyUsed = invalid.problems().stream().anyMatch(p -> p.field().equals(IDEMPOTENCY_KEY));
                render(ctx, keyUsed ? form.withNewSubmission() : form, errors(invalid, form.slugField()));
            }
            case Outcome.Rejected<SubmissionReceipt>(Rejection other) -> throw new RejectedException(other);
        }
    }

    /**
     * The problems against the form's fields: the address of the subject is the list of the kind chosen
     * ({@code slugField}); a key already used means this form already sent another view.
     */
    private static FormErrors errors(Rejection.InvalidInput invalid, String slugField) {
        List<FieldProblem> others = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (FieldProblem problem : invalid.problems()) {
            if (problem.field().equals(Subjects.FIELD)) {
                others.add(new FieldProblem(slugField, problem.problem()));
            } else if (problem.field().equals(IDEMPOTENCY_KEY)) {
                errors.add(new FieldError(ShareForm.TEXT, "This form has already sent a different view. "
                        + "To send this one as well, check your answers and send the form again"));
            } else {
                others.add(problem);
            }
        }
        if (!others.isEmpty()) {
            errors.addAll(FormErrors.onFields(new Rejection.InvalidInput(others), ShareForm.ABOUT).list());
        }
        return new FormErrors(errors).inOrder(ShareForm.FIELDS);
    }

    private void render(Context ctx, ShareForm form, FormErrors errors) {
        ctx.render(TEMPLATE, Map.of("share", new ShareFormPage(form, SubjectChoices.of(directory), errors)));
    }

}
