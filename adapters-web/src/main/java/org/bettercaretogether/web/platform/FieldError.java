package org.bettercaretogether.web.platform;

import java.util.Objects;

/**
 * One invalid field of a request: the field's name as the client sent it (a form field, a query or path
 * parameter, or a JSON property path such as {@code contact.email}) and a message a person can act on
 * ("Enter a postcode, like LA1 1AA"). Appears in the {@code errors} member of a problem document and in the
 * error summary of an HTML error page.
 */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
