package org.bettercaretogether.web.platform;

import java.util.List;

/**
 * The model of the HTML error page ({@code platform/error.jte}): a heading that says what happened in plain
 * words, what the person can do about it, and the invalid fields, if any.
 */
public record ErrorPage(String heading, List<String> paragraphs, List<FieldError> errors) {

    public ErrorPage {
        paragraphs = List.copyOf(paragraphs);
        errors = List.copyOf(errors);
    }

    /** The page title: GOV.UK pages with errors start their title with "Error: ". */
    public String title() {
        return errors.isEmpty() ? heading : "Error: " + heading;
    }
}
