package org.bettercaretogether.web.moderation;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The changes a member of staff makes to a view from its page, each a form posted to
 * {@code /staff/feedback/{id}/<segment>} and to {@code /api/v1/staff/feedback/{id}/<segment>}: the form field each
 * of the use case's fields is shown against, and the notice shown once it is done.
 */
enum ModerationAction {
    PUBLISH("publish", "public-text", Map.of("publicText", "public-text"), "The view has been published."),
    WITHHOLD("withhold", "withhold-reason", Map.of("reason", "withhold-reason", "note", "withhold-note"),
            "The view has been withheld from the public."),
    THEMES("themes", "themes", Map.of(), "The view's themes have been saved."),
    ASSIGN("assign", "partner", Map.of(), "The view has been assigned for an answer."),
    SAFEGUARDING("safeguarding", "safeguarding-note", Map.of("note", "safeguarding-note"),
            "The view has been flagged as a safeguarding concern, and every administrator is being emailed."),
    RESPOND("response", "response", Map.of("response", "response", "text", "response"),
            "Your organisation's answer has been saved."),
    CLOSE("close", "close-reason", Map.of("reason", "close-reason"), "The view has been closed.");

    /** The query parameter that names the action just done, for the page's notice. */
    static final String DONE = "done";

    private final String segment;
    private final String mainField;
    private final Map<String, String> fields;
    private final String notice;

    ModerationAction(String segment, String mainField, Map<String, String> fields, String notice) {
        this.segment = segment;
        this.mainField = mainField;
        this.fields = fields;
        this.notice = notice;
    }

    String segment() {
        return segment;
    }

    /** The form field a problem of the use case's {@code field} is shown against. */
    String formField(String field) {
        return fields.getOrDefault(field, mainField);
    }

    /** The form's field for what the use case does not name against a field of its own. */
    String mainField() {
        return mainField;
    }

    String notice() {
        return notice;
    }

    /** The action a page's {@value #DONE} parameter names, if it names one. */
    static Optional<ModerationAction> done(String segment) {
        return Stream.of(values()).filter(action -> action.segment.equals(segment)).findFirst();
    }
}
