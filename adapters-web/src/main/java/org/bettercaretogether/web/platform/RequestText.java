package org.bettercaretogether.web.platform;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;
import tools.jackson.databind.JsonNode;

/**
 * The text a request carries, held to the rules every text is held to before any handler reads it: its address's
 * query and its form or JSON body must be UTF-8 (with well-formed {@code %} escapes; a body said to be in another
 * charset is a 415), and no JSON string may hold
 * what the domain refuses in any text it keeps ({@link Require#isPlainText}: control characters such as NUL, broken
 * characters). A request that breaks them is malformed: 400, naming the field where there is one.
 *
 * <p>Form fields are not refused here: the domain's rules refuse such text in each field it keeps, and the form is
 * shown again with its error summary, as for any other mistake; {@link #formHasControlCharacters} then makes the
 * answer a 400 rather than a 422.
 */
final class RequestText {

    private static final String FORM = "application/x-www-form-urlencoded";

    private RequestText() {
    }

    /** Refuses (400) a query or a form or JSON body that is not UTF-8, or has a {@code %} not followed by two hex digits. */
    static void requireUtf8(Context ctx) {
        String query = ctx.queryString();
        if (query != null && !isEncodedUtf8(query)) {
            throw HttpProblem.badRequest("The query of the address is not valid UTF-8, or has a % that is not "
                    + "followed by two hexadecimal digits.", List.of());
        }
        if (!Requests.changesState(ctx)) {
            return;
        }
        String charset = charset(ctx);
        if (charset != null && !charset.equals("utf-8") && !charset.equals("utf8")) {
            throw HttpProblem.of(415, "Send the request body as UTF-8 (charset=utf-8, or no charset at all).",
                    List.of());
        }
        String type = mediaType(ctx);
        if (!(type.equals(FORM) || type.equals("application/json") || type.endsWith("+json"))) {
            return; // uploads (a CSV file, multipart) are read as a stream, and checked, by the handler that takes them
        }
        byte[] body = ctx.bodyAsBytes();
        String text = strictUtf8(body);
        if (text == null || (type.equals(FORM) && !isEncodedUtf8(text))) {
            throw HttpProblem.badRequest("The request body is not valid UTF-8" + (type.equals(FORM)
                    ? ", or has a % that is not followed by two hexadecimal digits." : "."), List.of());
        }
    }

    /**
     * The members of a JSON body whose text the domain refuses, each named as {@link FieldChecks} names fields
     * ({@code name}, {@code population.people}, {@code identifiers[1].value}); a member name that is itself such
     * text is named by its position.
     */
    static List<FieldError> refusedIn(JsonNode body) {
        List<FieldError> refused = new ArrayList<>();
        collect(body, "", refused);
        return refused;
    }

    /** Whether a field of the request's form (its name or its value) holds text the domain refuses. */
    static boolean formHasControlCharacters(Context ctx) {
        if (!mediaType(ctx).equals(FORM)) {
            return false;
        }
        for (Map.Entry<String, List<String>> field : ctx.formParamMap().entrySet()) {
            if (!Require.isPlainText(field.getKey())
                    || field.getValue().stream().anyMatch(value -> !Require.isPlainText(value))) {
                return true;
            }
        }
        return false;
    }

    private static void collect(JsonNode node, String path, List<FieldError> refused) {
        if (node.isString()) {
            String text = node.asString();
            if (!Require.isPlainText(text)) {
                String field = path.isEmpty() ? "body" : path;
                refused.add(new FieldError(field, ErrorHandling.sentence(field, rule(text))));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", refused);
            }
        } else if (node.isObject()) {
            int position = 0;
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String name = member.getKey();
                if (!Require.isPlainText(name)) {
                    String field = (path.isEmpty() ? "" : path + ".") + "member " + (position + 1);
                    refused.add(new FieldError(field, "The name of " + field + " " + rule(name)));
                } else {
                    collect(member.getValue(), path.isEmpty() ? name : path + "." + name, refused);
                }
                position++;
            }
        }
    }

    /** The domain's own words for what is wrong with {@code text}. */
    private static String rule(String text) {
        try {
            Require.plainText(text, "text");
        } catch (InvalidValueException refused) {
            return refused.rule();
        }
        return Require.CONTROL_CHARACTERS_RULE;
    }

    /**
     * The request's {@code Content-Type} as sent: not {@code ctx.contentType()}, which Jetty answers with an exception
     * when the charset it names is not a charset's name.
     */
    private static String contentType(Context ctx) {
        return ctx.header("Content-Type");
    }

    private static String mediaType(Context ctx) {
        String type = contentType(ctx);
        return type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** The charset the request's {@code Content-Type} names, in lower case without quotes; null when it names none. */
    private static String charset(Context ctx) {
        String type = contentType(ctx);
        if (type == null) {
            return null;
        }
        for (String parameter : type.split(";")) {
            String[] nameAndValue = parameter.split("=", 2);
            if (nameAndValue.length == 2 && nameAndValue[0].strip().equalsIgnoreCase("charset")) {
                return nameAndValue[1].strip().replace("\"", "").toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** The text of {@code bytes} as UTF-8, or null when they are not UTF-8. */
    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    /** Whether {@code encoded} (a query or a form body) has well-formed escapes that come to UTF-8 text. */
    private static boolean isEncodedUtf8(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length() || Character.digit(encoded.charAt(i + 1), 16) < 0
                        || Character.digit(encoded.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.write(Character.digit(encoded.charAt(i + 1), 16) * 16 + Character.digit(encoded.charAt(i + 2), 16));
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                // Already a character (the server read the address or body as text): write it as UTF-8.
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return strictUtf8(bytes.toByteArray()) != null;
    }
}
