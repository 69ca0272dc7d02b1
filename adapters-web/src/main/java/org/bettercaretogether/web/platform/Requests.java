package org.bettercaretogether.web.platform;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bettercaretogether.domain.shared.Slug;
import tools.jackson.databind.JsonNode;

/** Reading what a request sent, the same way in every feature: its form fields, its JSON body, its method. */
public final class Requests {

    /** What a ticked checkbox sends. */
    public static final String TICKED = "true";

    private static final String JSON = "application/json";

    private static final Set<HandlerType> STATE_CHANGING =
            Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

    private Requests() {
    }

    /** The form field {@code name}, stripped; empty when it was not sent. */
    public static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value.strip();
    }

    /** Whether the checkbox {@code name} was ticked. */
    public static boolean ticked(Context ctx, String name) {
        return TICKED.equals(ctx.formParam(name));
    }

    /**
     * The JSON body as {@code type}; no body at all (or {@code null}) is a 400, and so is a string anywhere in it that
     * holds what the domain refuses in any text (a control character such as NUL), naming each member that does.
     */
    public static <T> T body(Context ctx, Class<T> type) {
        // Javalin's Jackson bridge is Kotlin: a body of JSON null fails its non-null check with a
        // NullPointerException (a 500) before a null could be returned here, so it is refused before reading.
        if (ctx.body().isBlank() || ctx.body().strip().equals("null")) {
            throw HttpProblem.badRequest("Send a JSON object as the request body.", List.of());
        }
        List<FieldError> refused = RequestText.refusedIn(ctx.jsonMapper().fromJsonString(ctx.body(), JsonNode.class));
        if (!refused.isEmpty()) {
            throw HttpProblem.invalidFields(refused);
        }
        T body = ctx.bodyAsClass(type);
        if (body == null) {
            throw HttpProblem.badRequest("Send a JSON object as the request body.", List.of());
        }
        return body;
    }

    /**
     * A body of another type than JSON is 415 Unsupported Media Type (RFC 9110, section 15.5.16), naming the one
     * accepted; {@code what} is what the API takes ("the view").
     */
    public static void requireJson(Context ctx, String what) {
        String type = ctx.contentType();
        String mediaType = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals(JSON)) {
            ctx.header("Accept-Post", JSON);
            throw HttpProblem.of(415, "Send " + what + " as JSON, with Content-Type: application/json.", List.of());
        }
    }

    /**
     * The JSON body as {@code type}, refusing members other than {@code members} (400, naming each), so a
     * misspelt member is not silently dropped; {@code what} names one ("a view").
     */
    @SuppressWarnings("unchecked")
    public static <T> T strictBody(Context ctx, Class<T> type, Collection<String> members, String what) {
        Map<String, Object> sent = body(ctx, Map.class);
        List<FieldError> unknown = sent.keySet().stream().filter(name -> !members.contains(name))
                .map(name -> new FieldError(name, name + " is not a member of " + what + ": leave it out, or "
                        + "check its spelling"))
                .toList();
        if (!unknown.isEmpty()) {
            throw HttpProblem.badRequest("The request body has members " + what + " does not have.", unknown);
        }
        return ctx.jsonMapper().fromJsonString(ctx.body(), type);
    }

    /** The slug the address names ({@code {slug}}); one that cannot be a slug is a 400 naming it. */
    public static Slug slug(Context ctx) {
        return new Slug(ctx.pathParam("slug"));
    }

    /** Whether the request is a POST, PUT, PATCH or DELETE. */
    public static boolean changesState(Context ctx) {
        return STATE_CHANGING.contains(ctx.method());
    }
}
