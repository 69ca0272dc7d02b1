package org.bettercaretogether.domain.shared;

/**
 * A value broke one of the programme's rules, so the object that would have held it was never made.
 *
 * <p>It names the field at fault so that a form or an API answer can point a person to it.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The name of the field at fault, as the domain calls it (for example {@code "odsCode"}). */
    public String field() {
        return field;
    }

    /** The rule that was broken, without the field's name. */
    public String rule() {
        return getMessage().substring(field.length() + 2);
    }
}
