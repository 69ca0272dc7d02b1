package org.bettercaretogether.web.platform;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Set;

/** Reading what a request sent, the same way in every feature: its form fields, its JSON body, its method. */
public final class Requests {

    /** What a ticked checkbox sends. */
    public static final String TICKED = "true";

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

    /** The JSON body as {@code type}; no body at all (or {@code null}) is a 400. */
    public static <T> T body(Context ctx, Class<T> type) {
        // Javalin's Jackson bridge is Kotlin: a body of JSON null fails its non-null check with a
        // NullPointerException (a 500) before a null could be returned here, so it is refused before reading.
        if (ctx.body().isBlank() || ctx.body().strip().equals("null")) {
            throw HttpProblem.badRequest("Send a JSON object as the request body.", List.of());
        }
        T body = ctx.bodyAsClass(type);
        if (body == null) {
            throw HttpProblem.badRequest("Send a JSON object as the request body.", List.of());
        }
        return body;
    }

    /** Whether the request is a POST, PUT, PATCH or DELETE. */
    public static boolean changesState(Context ctx) {
        return STATE_CHANGING.contains(ctx.method());
    }
}
