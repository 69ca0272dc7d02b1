package org.bettercaretogether.persistence.privacy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one list of where the schema keeps personal data, and how each place is treated: what subject access gives the
 * person (where in its JSON document), what erasure does, and how long retention keeps it. Every column that can hold
 * what a person typed (text, JSON, bytes), and every column whose name says it could be about a person, is listed
 * here: as {@link #PERSONAL}, or as {@link #NOT_PERSONAL} with why. A test reads the migrated schema and fails on a
 * column that is neither, so a migration cannot add such a column without saying how it is handled; it fails too on
 * an entry that names no column, so the list cannot drift from the schema.
 *
 * <p>A table whose text columns all hold the programme's own words (the directory, priorities, key questions) is
 * listed whole ({@code column} {@link #EVERY_TEXT_COLUMN}); a column in it whose name looks personal must still be
 * listed by name, so that {@code community.contact_email} cannot slip in under {@code community}.
 */
public final class PersonalDataColumns {

    /** In a {@link NotPersonal} entry: every text column of the table whose name does not look personal. */
    public static final String EVERY_TEXT_COLUMN = "*";

    /**
     * Names that say a column could be about a person: a name, an address of any kind, a telephone number, a birth
     * date, an NHS number, contact details, access needs, a network address.
     */
    public static final Pattern LOOKS_PERSONAL = Pattern.compile("(^|_)(name|names|email|e_mail|phone|telephone"
            + "|mobile|address|postcode|post_code|birth|dob|nhs|contact|recipient|access_needs|gender|ethnicity"
            + "|disability|ip)(_|$)");

    /** The PostgreSQL types (as {@code information_schema.columns.data_type} names them) that can hold what a person typed. */
    public static final Set<String> HOLDS_TEXT = Set.of("text", "character varying", "character", "json", "jsonb",
            "bytea", "xml", "ARRAY", "USER-DEFINED", "inet", "cidr");

    /** What erasure does with a personal column's value. */
    public enum Erasure {
        /** Emptied, or removed with its row. */
        REMOVED,
        /**
         * Kept unless a personal detail is found in what the public read of the view; then the view is taken down and
         * the value goes with its publication.
         */
        REMOVED_IF_PERSONAL,
        /** Kept, for the reason the entry gives. */
        KEPT
    }

    /**
     * A column that holds personal data.
     *
     * @param holds      what it holds, in words
     * @param exportedAt where subject access puts it in its JSON document: the members from the top, {@code *} for
     *                   each item of a list, such as {@code views/ * /contact/email}
     * @param erasure    what erasure does with it
     * @param whyKept    why erasure keeps it, when it does
     * @param keptFor    how long retention keeps it
     */
    public record Personal(String table, String column, String holds, String exportedAt, Erasure erasure,
                           Optional<String> whyKept, String keptFor) {

        public Personal {
            if ((erasure == Erasure.KEPT) != whyKept.isPresent()) {
                throw new IllegalArgumentException(table + "." + column + ": a column erasure keeps says why, "
                        + "and only such a column");
            }
        }

        public String name() {
            return table + "." + column;
        }
    }

    /** A column (or, with {@link #EVERY_TEXT_COLUMN}, a table's text columns) that holds no personal data, and why. */
    public record NotPersonal(String table, String column, String why) {

        public String name() {
            return table + "." + column;
        }
    }

    private static final String VIEW = "views/*/";
    private static final String AS_LONG_AS_THE_VIEW = "as long as the view";
    private static final String CONTACT_KEPT = "a year after the view is closed (BCT_RETENTION_VIEW_CONTACT_DETAILS)";
    private static final String REGISTRATION_KEPT = "30 days after the meeting ends (BCT_RETENTION_REGISTRATIONS)";
    private static final String MAIL_KEPT = "until sent; if given up on, 30 days (BCT_RETENTION_UNDELIVERED_MAIL)";
    private static final String STAFF_RECORD = "the staff's record of what they did with the view, which the "
            + "programme must be able to account for";

    public static final List<Personal> PERSONAL = List.of(
            removed("feedback", "contact_name", "the name a person gave with their view", VIEW + "contact/name",
                    CONTACT_KEPT),
            removed("feedback", "contact_email", "the email address a person gave with their view",
                    VIEW + "contact/email", CONTACT_KEPT),
            removed("feedback", "contact_phone", "the telephone number a person gave with their view",
                    VIEW + "contact/phone", CONTACT_KEPT),
            removed("feedback", "original_text", "a person's view in their own words", VIEW + "words",
                    AS_LONG_AS_THE_VIEW),
            new Personal("feedback", "public_text", "the view as the public read it, personal details taken out",
                    VIEW + "publicText", Erasure.REMOVED_IF_PERSONAL, Optional.empty(), AS_LONG_AS_THE_VIEW),
            keptWithTheView("postcode_district", "the first half of a person's postcode (LA9)", "postcodeDistrict",
                    "it counts views by area, an area of thousands of homes"),
            keptWithTheView("response_text", "a partner's answer to the view", "answer/text",
                    "the partner's own words; no longer public once the view is taken down"),
            keptWithTheView("withhold_note", "why a moderator withheld the view", "withheld/note", STAFF_RECORD),
            keptWithTheView("closure_reason", "why the view was closed without an answer", "closure/reason",
                    STAFF_RECORD),
            keptWithTheView("safeguarding_note", "a safeguarding concern about the person", "safeguarding/note",
                    "a safeguarding record, which the programme must keep"),
            removed("registration", "name", "the name a person registered for a meeting with",
                    "registrations/*/name", REGISTRATION_KEPT),
            removed("registration", "email", "the email address a person registered with", "registrations/*/email",
                    REGISTRATION_KEPT),
            removed("registration", "access_needs", "what a person needs to take part in a meeting",
                    "registrations/*/accessNeeds", REGISTRATION_KEPT),
            removed("outgoing_mail", "recipient", "the address a message is written to", "mailHeld/*/to", MAIL_KEPT),
            removed("outgoing_mail", "subject", "a message's subject, which may name their view", "mailHeld/*/subject",
                    MAIL_KEPT),
            removed("outgoing_mail", "body", "a message to a person", "mailHeld/*/body", MAIL_KEPT),
            removed("subscription", "email", "the email address a person follows a consultation, a community or a "
                    + "workstream with", "subscriptions/*/email", "until the person unsubscribes; if never confirmed, "
                    + "7 days"),
            staffAccount("email", "a member of staff's work email address", "staffAccount/email"),
            staffAccount("name", "a member of staff's name", "staffAccount/name"),
            suggester("suggester_name", "the name a person gave with the community project they suggested",
                    "projectsSuggested/*/name"),
            suggester("suggester_email", "the email address a person gave with the community project they suggested",
                    "projectsSuggested/*/email"),
            new Personal("project_report", "details", "what a person wrote to say a project's entry is wrong",
                    "(not exported: a report is taken without contact details, so it cannot be found for a person)",
                    Erasure.KEPT, Optional.of("it is read by staff only, and cannot be told to be a person's: the "
                    + "form takes no name or contact and asks for no personal details"),
                    "as long as the project's entry"),
            removed("consultation_update_email", "email", "the email address a person left to be told about a "
                    + "consultation they answered, kept apart from their answers", "consultationUpdates/*/email",
                    "as long as the consultation's responses"));

    private static final String DIRECTORY = "the programme's directory, written by staff and published";
    private static final String PROGRAMME_WORDS = "the programme's own words, written by staff and published";
    private static final String STAFF_NAMES_NO_ONE = "a code or a state the service sets, naming no one";

    public static final List<NotPersonal> NOT_PERSONAL = List.of(
            // The directory and the programme's own records: published, about organisations and places.
            new NotPersonal("vanguard", EVERY_TEXT_COLUMN, DIRECTORY),
            new NotPersonal("vanguard", "name", "the programme's name"),
            new NotPersonal("vanguard_triple_aim", EVERY_TEXT_COLUMN, DIRECTORY),
            new NotPersonal("partner", EVERY_TEXT_COLUMN, DIRECTORY),
            new NotPersonal("partner", "name", "an organisation's name"),
            new NotPersonal("partner_identifier", EVERY_TEXT_COLUMN, DIRECTORY),
            new NotPersonal("partner_event", EVERY_TEXT_COLUMN, DIRECTORY),
            new NotPersonal("partner_event", "former_name", "an organisation's former name"),
            new NotPersonal("partner_event", "successor_name", "the organisation that took it over"),
            new NotPersonal("clinical_network", EVERY_TEXT_COLUMN, DIRECTORY),
            new NotPersonal("clinical_network", "name", "a clinical network's name"),
            new NotPersonal("community", EVERY_TEXT_COLUMN, DIRECTORY),
            new NotPersonal("community", "name", "a community's name"),
            new NotPersonal("community_town", EVERY_TEXT_COLUMN, DIRECTORY),
            new NotPersonal("community_town", "name", "a town's name"),
            new NotPersonal("community_postcode_district", EVERY_TEXT_COLUMN, "the areas a community serves (LA9)"),
            new NotPersonal("community_history", EVERY_TEXT_COLUMN, DIRECTORY),
            new NotPersonal("community_history", "merged_into_name", "the community it merged into"),
            new NotPersonal("community_history_renaming", EVERY_TEXT_COLUMN, DIRECTORY),
            new NotPersonal("community_history_renaming", "from_name", "a community's former name"),
            new NotPersonal("community_history_renaming", "to_name", "a community's new name"),
            new NotPersonal("community_history_stage", EVERY_TEXT_COLUMN, DIRECTORY),
            new NotPersonal("workstream", EVERY_TEXT_COLUMN, DIRECTORY),
            new NotPersonal("workstream", "name", "a workstream's name"),
            new NotPersonal("workstream_care_setting", EVERY_TEXT_COLUMN, DIRECTORY),
            new NotPersonal("reference_data_release", EVERY_TEXT_COLUMN, "which release of the reference data is loaded"),
            new NotPersonal("local_priority", EVERY_TEXT_COLUMN, PROGRAMME_WORDS),
            new NotPersonal("local_priority_dimension", EVERY_TEXT_COLUMN, PROGRAMME_WORDS),
            new NotPersonal("local_priority_event", EVERY_TEXT_COLUMN, PROGRAMME_WORDS),
            new NotPersonal("local_priority_status_step", EVERY_TEXT_COLUMN, PROGRAMME_WORDS),
            new NotPersonal("profession", EVERY_TEXT_COLUMN, PROGRAMME_WORDS),
            new NotPersonal("profession", "name", "a profession's name, such as district nurse"),
            new NotPersonal("key_question", EVERY_TEXT_COLUMN, PROGRAMME_WORDS),
            new NotPersonal("theme", EVERY_TEXT_COLUMN, PROGRAMME_WORDS),
            new NotPersonal("theme", "name", "a theme's name, such as travel"),
            new NotPersonal("change_made", EVERY_TEXT_COLUMN, PROGRAMME_WORDS),
            new NotPersonal("meeting", EVERY_TEXT_COLUMN, "a public meeting as staff describe it, published"),
            new NotPersonal("meeting", "venue_name", "a public venue's name, published"),
            new NotPersonal("meeting", "venue_address", "a public venue's address, published"),
            new NotPersonal("meeting_access_feature", EVERY_TEXT_COLUMN, "a venue's access, published"),
            new NotPersonal("community_project", EVERY_TEXT_COLUMN, "a community project as its organiser publishes "
                    + "it, checked by staff before the public reads it"),
            new NotPersonal("community_project", "name", "a community project's name"),
            new NotPersonal("community_project", "venue_name", "a public venue's name, published"),
            new NotPersonal("community_project", "venue_address", "a public venue's address, published"),
            new NotPersonal("project_report", "problem", STAFF_NAMES_NO_ONE),
            new NotPersonal("online_consultation_guide", EVERY_TEXT_COLUMN, PROGRAMME_WORDS),
            new NotPersonal("online_consultation_guide", "nhs_service", "the address of a public NHS website, not "
                    + "anyone's NHS number"),
            new NotPersonal("moderation_tally", EVERY_TEXT_COLUMN, "counts of views"),
            new NotPersonal("insight_tally", EVERY_TEXT_COLUMN, "counts of views"),
            new NotPersonal("insight_answer_time_tally", EVERY_TEXT_COLUMN, "counts of views"),
            // A view's facts, which identify no one and which the figures count.
            new NotPersonal("feedback", "reference", "a reference the service makes"),
            new NotPersonal("feedback", "subject_kind", STAFF_NAMES_NO_ONE),
            new NotPersonal("feedback", "contributor_role", STAFF_NAMES_NO_ONE),
            new NotPersonal("feedback", "channel", STAFF_NAMES_NO_ONE),
            new NotPersonal("feedback", "moderation", STAFF_NAMES_NO_ONE),
            new NotPersonal("feedback", "withhold_reason", STAFF_NAMES_NO_ONE),
            new NotPersonal("feedback", "tracking_token_hash", "a hash of the private link's token"),
            new NotPersonal("feedback", "event_or_batch", "where or in which batch staff entered a view (a meeting, "
                    + "a day's letters), about the occasion, not the person; exported with the view"),
            new NotPersonal("feedback", "consent_to_contact", "a yes or no, exported with the view, emptied on erasure"),
            new NotPersonal("feedback_transition", EVERY_TEXT_COLUMN, "a view's history, which the domain keeps free "
                    + "of personal data (Transition); exported with the view"),
            // Mail, registrations and staff: the columns that are not the person's.
            new NotPersonal("outgoing_mail", "last_failure", "the mail adapter's reason, every address taken out"),
            new NotPersonal("registration", "status", STAFF_NAMES_NO_ONE),
            new NotPersonal("registration", "cancel_token_hash", "a hash of the private link's token"),
            new NotPersonal("staff_member_role", EVERY_TEXT_COLUMN, STAFF_NAMES_NO_ONE),
            new NotPersonal("staff_password", EVERY_TEXT_COLUMN, "an Argon2id hash of a password"),
            new NotPersonal("staff_session", EVERY_TEXT_COLUMN, "hashes and secrets of a session, gone when it ends"),
            new NotPersonal("api_token", EVERY_TEXT_COLUMN, "a token's hash and the label its owner gave it, gone 30 "
                    + "days after it ends"),
            new NotPersonal("staff_authenticator", EVERY_TEXT_COLUMN, "the shared secret of a member's authenticator "
                    + "app, which says nothing of the person; removed by an administrator's reset"),
            new NotPersonal("staff_recovery_code", EVERY_TEXT_COLUMN, "SHA-256 hashes of one-time recovery codes"),
            // What search reads: copied from what is already public, never from contact details.
            new NotPersonal("search_entry", EVERY_TEXT_COLUMN, "the kind of a public record and a view's contributor "
                    + "role, both from fixed lists; the words are a tsvector of text already published"),
            // Records the service keeps about its own work.
            new NotPersonal("audit_entry", EVERY_TEXT_COLUMN, "who did what, by id and reference: the audit trail "
                    + "records no email address, name, password or token"),
            new NotPersonal("audit_field_change", EVERY_TEXT_COLUMN, "the fields a change touched: names and "
                    + "addresses are recorded as changed, never as what they were or became"),
            new NotPersonal("rate_limit_bucket", EVERY_TEXT_COLUMN, "a hash of a network address or an account, and "
                    + "the limit's counters"),
            new NotPersonal("submission_replay", EVERY_TEXT_COLUMN, "hashes of a key and a request, and the answer "
                    + "given (a reference and the private link), kept a day (BCT_RETENTION_IDEMPOTENCY_KEYS)"),
            new NotPersonal("consultation", EVERY_TEXT_COLUMN, PROGRAMME_WORDS),
            new NotPersonal("consultation_document", EVERY_TEXT_COLUMN, PROGRAMME_WORDS),
            new NotPersonal("consultation_document", "address", "the web address of a document the programme published"),
            new NotPersonal("consultation_closing_change", EVERY_TEXT_COLUMN, PROGRAMME_WORDS),
            new NotPersonal("consultation_question", EVERY_TEXT_COLUMN, PROGRAMME_WORDS),
            new NotPersonal("consultation_option", EVERY_TEXT_COLUMN, PROGRAMME_WORDS),
            new NotPersonal("consultation_response", "respondent_type", STAFF_NAMES_NO_ONE),
            new NotPersonal("consultation_response", "token_hash", "a hash of the private link's token"),
            new NotPersonal("consultation_answer", "question_key", STAFF_NAMES_NO_ONE),
            new NotPersonal("consultation_answer", "value", "an anonymous answer: the options chosen, a postcode "
                    + "district, or words written without any name, address or contact details beside them, so no "
                    + "person's answers can be found to export or erase; never published word for word, only as a "
                    + "moderator's public text of a free-text answer given with consent (consultation_free_text)"),
            new NotPersonal("consultation_response", "channel", STAFF_NAMES_NO_ONE),
            new NotPersonal("consultation_response", "event_or_batch", "the event or batch staff name a response "
                    + "that came in other than online by, such as a public meeting or a postbag"),
            new NotPersonal("consultation_free_text", "question_key", STAFF_NAMES_NO_ONE),
            new NotPersonal("consultation_free_text", "moderation", STAFF_NAMES_NO_ONE),
            new NotPersonal("consultation_free_text", "withhold_reason", STAFF_NAMES_NO_ONE),
            new NotPersonal("consultation_free_text", "public_text", "an anonymous answer as a moderator published "
                    + "it, with the writer's consent, no email address, phone number, postcode or NHS number left in "
                    + "it, and nothing beside it that names the writer"),
            new NotPersonal("consultation_free_text", "withhold_note", "a moderator's note on why an anonymous "
                    + "answer is not published"),
            new NotPersonal("unsent_response", "token_hash", "a hash of the token a browser holds while answering"),
            new NotPersonal("unsent_answer", "token_hash", "a hash of the token a browser holds while answering"),
            new NotPersonal("unsent_answer", "question_key", STAFF_NAMES_NO_ONE),
            new NotPersonal("unsent_answer", "value", "an anonymous answer not yet sent, as consultation_answer.value, "
                    + "under no name or contact details; removed once sent or a day after its last change"),
            new NotPersonal("subscription", "followed_kind", STAFF_NAMES_NO_ONE),
            new NotPersonal("subscription", "title", "the name of what is followed: a consultation, a community or "
                    + "a workstream"),
            new NotPersonal("subscription", "confirm_token_hash", "a hash of the confirmation link's token"),
            new NotPersonal("subscription", "unsubscribe_token", "the token of the link that ends the subscription, "
                    + "which can do nothing else"),
            new NotPersonal("consultation_notice_sent", "notice", STAFF_NAMES_NO_ONE),
            new NotPersonal("outgoing_mail", "unsubscribe_address", "the site's address that ends the subscription a "
                    + "message belongs to, naming no one"));

    private PersonalDataColumns() {
    }

    private static Personal removed(String table, String column, String holds, String exportedAt, String keptFor) {
        return new Personal(table, column, holds, exportedAt, Erasure.REMOVED, Optional.empty(), keptFor);
    }

    /** A column of a view that erasure keeps, as long as the view is kept. */
    private static Personal keptWithTheView(String column, String holds, String exportedAt, String whyKept) {
        return new Personal("feedback", column, holds, VIEW + exportedAt, Erasure.KEPT, Optional.of(whyKept),
                AS_LONG_AS_THE_VIEW);
    }

    /**
     * A column of who suggested a community project: needed only while the suggestion is reviewed, and emptied when an
     * engagement officer accepts or declines it, or when the person asks.
     */
    private static Personal suggester(String column, String holds, String exportedAt) {
        return new Personal("community_project", column, holds, exportedAt, Erasure.REMOVED, Optional.empty(),
                "until the suggestion is accepted or declined");
    }

    /** A column of a staff account, exported when the address asked about is the account's. */
    private static Personal staffAccount(String column, String holds, String exportedAt) {
        return new Personal("staff_member", column, holds, exportedAt, Erasure.KEPT,
                Optional.of("a staff account is switched off by an administrator, not erased: the audit log names "
                        + "who did what"), "while the account exists");
    }
}
