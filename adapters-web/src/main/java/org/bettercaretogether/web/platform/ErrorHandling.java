package org.bettercaretogether.web.platform;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.router.EndpointNotFound;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.StoreUnavailableException;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one error plugin: every failure that escapes a handler — our {@link HttpProblem}, the application's
 * rejections ({@link RejectedException}), the domain's {@link InvalidValueException} for a malformed value in
 * an address or query, Javalin's own {@code HttpResponseException}s (unknown routes included) and validation
 * errors, malformed JSON bodies, and anything unexpected — is answered here, as an RFC 9457 {@code application/problem+json} document for
 * requests under {@code /api/} and as an HTML error page in the common layout for everything else.
 *
 * <p>What a failure means is decided in one place, {@link #classify(Exception)}; how it is written, in
 * {@link #respond} (in the {@link FailureFormat} of a feature that has one for the address). Unexpected failures
 * are logged with a short incident id that is also given to the client; their message and stack trace never reach
 * the client. A {@linkplain PrivateAddresses private address} is logged
 * without its secret.
 */
final class ErrorHandling {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    private static final String ERROR_TEMPLATE = "platform/error.jte";

    private final JteRenderer renderer;
    private final JsonMapper json;
    private final List<FailureFormat> formats;

    ErrorHandling(JteRenderer renderer, JsonMapper json, List<FailureFormat> formats) {
        this.renderer = renderer;
        this.json = json;
        this.formats = List.copyOf(formats);
    }

    /**
     * Registers the handlers. Javalin looks exception handlers up by the nearest registered superclass and
     * pre-registers its own for {@code HttpResponseException} (plain text) and {@code ValidationException}
     * (a bare JSON map), so both are replaced explicitly, besides the catch-all for {@code Exception}.
     */
    void install(JavalinConfig cfg) {
        cfg.routes.exception(Exception.class, this::handle);
        cfg.routes.exception(HttpResponseException.class, this::handle);
        cfg.routes.exception(ValidationException.class, this::handle);
        cfg.router.javaLangErrorHandler(this::handleError);
    }

    /**
     * What a failure means for the client. {@code detail} is null when the status alone says it all;
     * {@code headers} are the ones the status calls for ({@code Retry-After}, {@code WWW-Authenticate}).
     */
    record Failure(int status, String detail, List<FieldError> errors, Map<String, String> headers) {

        static final Failure UNEXPECTED = new Failure(500, null, List.of());

        /**
         * The records cannot be reached just now: not a fault of this request, nor one to report per request (the
         * store's adapter logs the outage once), so no incident; the client may try again shortly.
         */
        static final Failure UNAVAILABLE = new Failure(503,
                "The service cannot reach its records just now. Try again in a few seconds.", List.of(),
                Map.of("Retry-After", "5"));

        Failure {
            errors = List.copyOf(errors);
            headers = Map.copyOf(headers);
        }

        Failure(int status, String detail, List<FieldError> errors) {
            this(status, detail, errors, Map.of());
        }

        /** A fault on our side to look into: logged with an incident id that the client is given. */
        boolean serverFault() {
            return status >= 500 && status != 503;
        }
    }

    /**
     * The one mapping from failures to HTTP answers.
     *
     * <p>The application's rejections: not found 404, invalid input 422 with its field errors, conflict 409,
     * forbidden 403, not signed in 401 (with {@code WWW-Authenticate: Bearer}, the one scheme the service
     * accepts where it answers 401: its staff API), too many attempts 429 (with {@code Retry-After} in whole
     * seconds, rounded up), each with the rejection's own sentence as the detail. A domain value that cannot be made
     * from what the client sent (a malformed slug or id in the address, a place that cannot be one) is a 400
     * naming the field. Handlers therefore parse path and query values with the domain's own constructors and
     * let the exception through. A store that cannot be reached just now is a 503 with {@code Retry-After}.
     */
    static Failure classify(Exception e) {
        return switch (e) {
            case HttpProblem p -> new Failure(p.status(), p.detail(), p.errors());
            case StoreUnavailableException ignored -> Failure.UNAVAILABLE;
            case RejectedException r -> switch (r.rejection()) {
                case Rejection.NotFound notFound -> new Failure(404, notFound.message(), List.of());
                case Rejection.InvalidInput invalid -> new Failure(422,
                        "The request breaks " + (invalid.problems().size() == 1 ? "a rule" : "some rules")
                                + " of the programme.",
                        invalid.problems().stream().map(ErrorHandling::fieldError).toList());
                case Rejection.Conflict conflict -> new Failure(409, conflict.message(), List.of());
                case Rejection.Forbidden forbidden -> new Failure(403, forbidden.message(), List.of());
                case Rejection.NotSignedIn notSignedIn -> new Failure(401, notSignedIn.message(), List.of(),
                        Map.of("WWW-Authenticate", "Bearer"));
                case Rejection.Throttled throttled -> new Failure(429, throttled.message(), List.of(),
                        Map.of("Retry-After", retryAfterSeconds(throttled.retryAfter())));
            };
            case InvalidValueException v -> new Failure(400, "The request has an invalid value.",
                    List.of(new FieldError(v.field(), sentence(v.field(), v.rule()))));
            case ValidationException v -> new Failure(400, "The request has invalid fields.", fieldErrors(v));
            case EndpointNotFound ignored -> new Failure(404, null, List.of());
            case HttpResponseException h when h.getStatus() >= 500 -> Failure.UNEXPECTED;
            case HttpResponseException h -> new Failure(h.getStatus(), specificMessage(h), detailErrors(h));
            case StreamConstraintsException ignored -> new Failure(400, "The request body is nested more than "
                    + JsonMapping.LIMITS.getMaxNestingDepth() + " levels deep, or has a number longer than "
                    + JsonMapping.LIMITS.getMaxNumberLength() + " digits.", List.of());
            case StreamReadException ignored -> new Failure(400, "The request body is not valid JSON.", List.of());
            case ServletException s when causedBy(s, "max file size exceeded", "max request size exceeded") ->
                    new Failure(413, "The upload is too large: a file must be smaller than 2 MB.", List.of());
            case ServletException s when causedBy(s, BadMessageException.class) ->
                    new Failure(400, "The request could not be read.", List.of());
            case Exception x when causedBy(x, EofException.class) ->
                    new Failure(400, "The request ended before all of its body arrived.", List.of());
            case MismatchedInputException m -> new Failure(400,
                    "The request body does not have the expected structure.", jsonPathError(m));
            default -> Failure.UNEXPECTED;
        };
    }

    /**
     * {@code failure} as this request makes it: input at fault on a form that sent text no field takes (a control
     * character such as NUL, which the domain's rules refuse) is malformed, a 400, not a 422.
     */
    static Failure forRequest(Context ctx, Failure failure) {
        if (failure.status() == 422 && !failure.errors().isEmpty() && RequestText.formHasControlCharacters(ctx)) {
            return new Failure(400, "The request has invalid fields.", failure.errors(), failure.headers());
        }
        return failure;
    }

    /** Whether Jetty refused the request body with a message that starts with one of {@code messages}. */
    private static boolean causedBy(Throwable failure, String... messages) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && Arrays.stream(messages).anyMatch(message::startsWith)) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private void handle(Exception e, Context ctx) {
        if (e instanceof HttpResponseException h && h.getStatus() < 400) {
            ctx.status(h.getStatus()); // a redirect or similar thrown as an exception: not a failure
            return;
        }
        Failure failure = forRequest(ctx, classify(e));
        String incident = null;
        if (failure.serverFault()) {
            incident = newIncidentId();
            LOG.error("Incident {}: {} {} failed", incident, ctx.method(), PrivateAddresses.forLog(ctx.path()), e);
        } else if (PrivateAddresses.isPrivate(ctx.path())) {
            // Javalin's own exceptions name the path they failed on ("Endpoint POST /track/... not found").
            LOG.debug("{} {} answered {} ({})", ctx.method(), PrivateAddresses.forLog(ctx.path()), failure.status(),
                    e.getClass().getSimpleName());
        } else {
            LOG.debug("{} {} answered {}", ctx.method(), ctx.path(), failure.status(), e);
        }
        if (e instanceof HttpResponseException h && h.getStatus() == 405) {
            String allowed = h.getDetails().get("availableMethods");
            if (allowed != null) {
                ctx.header("Allow", allowed);
            }
        }
        respond(ctx, failure, incident);
    }

    private void respond(Context ctx, Failure failure, String incident) {
        ctx.status(failure.status());
        failure.headers().forEach(ctx::header);
        if (failure.status() >= 500) {
            ctx.header("Cache-Control", "no-store");
        }
        for (FailureFormat format : formats) {
            if (format.covers(ctx.path())) {
                format.write(ctx, failure.status(), apiDetail(failure, incident));
                return;
            }
        }
        if (isApi(ctx.path())) {
            var problem = new Problem(Problem.ABOUT_BLANK, statusPhrase(failure.status()), failure.status(),
                    apiDetail(failure, incident), ctx.path(), failure.errors(), incident);
            // bytes, as JSON is always UTF-8: a string would be encoded in the response's charset, which for this
            // media type (it has no charset parameter) is ISO-8859-1, turning "–" or "é" into "?"
            ctx.contentType(Problem.MEDIA_TYPE).result(json.writeValueAsBytes(problem));
        } else {
            ctx.html(errorPage(JteRenderer.pageContext(ctx), failure, incident));
        }
    }

    private String errorPage(PageContext page, Failure failure, String incident) {
        try {
            return renderer.render(ERROR_TEMPLATE, Map.of("error", pageFor(failure, incident)), page);
        } catch (RuntimeException renderingFailed) {
            LOG.error("Incident {}: the error page itself failed to render", incident, renderingFailed);
            return "<!DOCTYPE html><html lang=\"en-GB\"><title>Error</title>"
                    + "<h1>Sorry, there is a problem with the service</h1></html>";
        }
    }

    /** Java errors (e.g. a stack overflow) bypass exception handlers; they still get an incident and no detail. */
    private void handleError(HttpServletResponse res, Error error) {
        String incident = newIncidentId();
        LOG.error("Incident {}: unrecoverable error while serving a request", incident, error);
        if (res.isCommitted()) {
            return;
        }
        try {
            res.resetBuffer();
            res.setStatus(500);
            res.setContentType("text/plain;charset=utf-8");
            res.getOutputStream().write(("Sorry, there is a problem with the service. Incident reference: "
                    + incident + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException | IllegalStateException e) {
            LOG.debug("Could not write the error answer for incident {}", incident, e);
        }
    }

    static boolean isApi(String path) {
        // /metrics is read by a program too, never a person
        return path.equals("/api") || path.startsWith("/api/") || path.equals(MetricsEndpoint.PATH);
    }

    private static String apiDetail(Failure failure, String incident) {
        if (failure.serverFault()) {
            return "Something went wrong on our side. If you contact us about it, quote incident " + incident + ".";
        }
        if (failure.detail() != null) {
            return failure.detail();
        }
        return switch (failure.status()) {
            case 400 -> "The request is not valid.";
            case 401 -> "You need to sign in to do this.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not support this method.";
            case 409 -> "The request conflicts with the current state of the resource.";
            default -> statusPhrase(failure.status()) + ".";
        };
    }

    private static ErrorPage pageFor(Failure failure, String incident) {
        int status = failure.status();
        List<String> paragraphs = new ArrayList<>();
        if (failure.serverFault()) {
            paragraphs.add("Try again later.");
            paragraphs.add("If you contact us about this, quote incident reference " + incident + ".");
            return new ErrorPage("Sorry, there is a problem with the service", paragraphs, List.of());
        }
        if (failure.detail() != null) {
            paragraphs.add(failure.detail());
        }
        return switch (status) {
            case 404, 405 -> {
                paragraphs.add("If you typed the web address, check it is correct.");
                paragraphs.add("If you pasted the web address, check you copied the entire address.");
                yield new ErrorPage("Page not found", paragraphs, List.of());
            }
            case 401, 403 -> new ErrorPage("You cannot see this page", paragraphs, List.of());
            case 503 -> new ErrorPage("Sorry, the service is unavailable", paragraphs, List.of());
            case 429 -> new ErrorPage("Sorry, there have been too many attempts", paragraphs, List.of());
            case 409 -> {
                paragraphs.add("The information may have changed since you opened the page. "
                        + "Go back, refresh the page and try again.");
                yield new ErrorPage("Your request could not be completed", paragraphs, List.of());
            }
            default -> new ErrorPage("There is a problem with your request", paragraphs, failure.errors());
        };
    }

    private static List<FieldError> fieldErrors(ValidationException v) {
        List<FieldError> errors = new ArrayList<>();
        v.getErrors().forEach((field, list) -> {
            for (ValidationError<Object> error : list) {
                errors.add(fieldError(field, error.getMessage()));
            }
        });
        return errors;
    }

    /** Javalin's validators report codes; give people words. Messages from custom checks pass as written. */
    private static FieldError fieldError(String field, String message) {
        return switch (message) {
            case "TYPE_CONVERSION_FAILED" -> new FieldError(field, field + " is not valid");
            case "NULLCHECK_FAILED" -> new FieldError(field, field + " is required");
            case "DESERIALIZATION_FAILED" ->
                    new FieldError("body", "The request body is not valid JSON or does not have the expected structure");
            default -> new FieldError(field, message);
        };
    }

    private static FieldError fieldError(FieldProblem problem) {
        return new FieldError(problem.field(), sentence(problem.field(), problem.problem()));
    }

    /**
     * The domain and the application name a field and state its rule apart ({@code "partnerId"}, {@code "must
     * be a UUID"}); a person reads them together: "Partner id must be a UUID". A rule already written as a
     * sentence of its own (it starts with a capital: "Enter your current password correctly") is left as it is.
     */
    static String sentence(String field, String rule) {
        if (!rule.isEmpty() && Character.isUpperCase(rule.charAt(0))) {
            return rule;
        }
        String words = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        String subject = words.isEmpty() ? "The value" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        return subject + " " + rule;
    }

    /** Javalin's own {@code new BadRequestResponse(message)}: its message is meant for the client. */
    private static String specificMessage(HttpResponseException h) {
        String message = h.getMessage();
        return message == null || message.isBlank() || message.equals(statusPhrase(h.getStatus())) ? null : message;
    }

    private static List<FieldError> detailErrors(HttpResponseException h) {
        if (h.getStatus() == 405) {
            return List.of();
        }
        return h.getDetails().entrySet().stream().map(d -> new FieldError(d.getKey(), d.getValue())).toList();
    }

    private static List<FieldError> jsonPathError(MismatchedInputException m) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : m.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? List.of() : List.of(new FieldError(path.toString(), path + " has an unexpected value"));
    }

    /** {@code Retry-After} in whole seconds, rounded up, and at least one. */
    static String retryAfterSeconds(Duration retryAfter) {
        long millis = Math.max(0, retryAfter.toMillis());
        return Long.toString(Math.max(1, (millis + 999) / 1000));
    }

    private static String statusPhrase(int status) {
        HttpStatus known = HttpStatus.forStatus(status);
        return known == HttpStatus.UNKNOWN ? "Error" : known.getMessage();
    }

    private static String newIncidentId() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }
}
