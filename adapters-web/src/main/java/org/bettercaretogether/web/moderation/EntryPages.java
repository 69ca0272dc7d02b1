package org.bettercaretogether.web.moderation;

import java.util.List;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FormErrors;

/** The models of the pages where staff enter views: one at a time, or a CSV file of them. */
public final class EntryPages {

    private EntryPages() {
    }

    /**
     * {@code /staff/feedback/new}: the form, its choices (the meetings among them), the problems of the last attempt,
     * a notice after success.
     */
    public record Entry(EntryForm form, List<Choice> subjects, List<Choice> roles, List<Choice> channels,
                        List<Choice> meetings, FormErrors errors, String notice) {

        public static final String HEADING = "Enter a view";

        public String title() {
            return errors.isEmpty() ? HEADING : "Error: " + HEADING;
        }

        public List<Choice> consents() {
            return List.of(new Choice(EntryForm.TO_CONTACT, "They agreed to be contacted about their view"),
                    new Choice(EntryForm.TO_PUBLISH, "They agreed to their view being published, with personal "
                            + "details removed"));
        }
    }

    /** {@code /staff/feedback/import}: the upload form, what the file must hold, and the problems of the last file. */
    public record Import(FormErrors errors, String notice) {

        public static final String HEADING = "Import views from a CSV file";
        public static final String SAMPLE = ModerationAddresses.SAMPLE_CSV;

        public String title() {
            return errors.isEmpty() ? HEADING : "Error: " + HEADING;
        }

        /** Each column the file may hold: its name, whether it must be there, and what goes in it. */
        public List<Column> columns() {
            return COLUMNS;
        }
    }

    /** A column of the CSV file. */
    public record Column(String name, boolean required, String what) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("about", true, "programme, community, workstream or network"),
            new Column("slug", false, "which community, workstream or network, as in its web address (such as kendal "
                    + "or elective-care); empty for the programme"),
            new Column("role", true, "patient, member_of_public, clinician, nhs_staff, elected_member, "
                    + "voluntary_organisation or other"),
            new Column("text", true, "the view in the person's words, up to 5,000 characters"),
            new Column("channel", true, "meeting, email, letter, phone, paper_form or social_media"),
            new Column("received_on", true, "the day it was received, written YYYY-MM-DD; not in the future"),
            new Column("event_or_batch", false, "the meeting or postbag it came with"),
            new Column("name", false, "the person's name"),
            new Column("email", false, "their email address"),
            new Column("phone", false, "their telephone number"),
            new Column("consent_to_contact", false, "yes or no (empty is no)"),
            new Column("consent_to_publish", false, "yes or no (empty is no)"),
            new Column("postcode_district", false, "the first half of their postcode, such as LA9"),
            new Column("meeting", false, "for a view given at one of our public meetings, the meeting's id: the end "
                    + "of the address of its page, /meetings/...; the channel is then meeting"));
}
