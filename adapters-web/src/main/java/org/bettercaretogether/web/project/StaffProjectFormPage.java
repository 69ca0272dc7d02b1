package org.bettercaretogether.web.project;

/**
 * The model of the staff's project forms, {@code /staff/projects/new} and {@code /staff/projects/{id}/edit}: the
 * project's fields (as on the suggestion form, without the suggester), where the form posts, and the version read
 * (empty for a new one).
 */
public record StaffProjectFormPage(String heading, String action, String version, SuggestPage fields) {

    public String title() {
        return fields.errors().isEmpty() ? heading : "Error: " + heading;
    }
}
