package org.bettercaretogether.web.platform;

import java.util.Objects;

/**
 * One option a form offers: an item of a select, or one box of a group of checkboxes. {@code value} is what
 * the form sends back, {@code text} what the person reads.
 */
public record Choice(String value, String text) {

    public Choice {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
    }
}
