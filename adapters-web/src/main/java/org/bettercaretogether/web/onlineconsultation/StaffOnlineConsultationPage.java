package org.bettercaretogether.web.onlineconsultation;

import org.bettercaretogether.web.platform.FormErrors;

import java.util.List;

/**
 * The models of the staff pages of online consultations: the list of communities, each with whether it has a guide,
 * and one community's form, as read or as typed, with its errors and a notice once saved.
 */
public final class StaffOnlineConsultationPage {

    public static final String HEADING = "Online consultations";

    private StaffOnlineConsultationPage() {
    }

    /** {@code /staff/online-consultations}: every community and whether its guide is written. */
    public record List_(List<Row> communities) {
        public List_ {
            communities = List.copyOf(communities);
        }
    }

    /** A community, the page of its guide, and when the guide was last changed (null while there is none). */
    public record Row(String name, String href, String changed) {
    }

    /** {@code /staff/online-consultations/{slug}}: the form. */
    public record Form(String community, String action, String version, String explanation, String nhsService,
                       FormErrors errors, String notice) {

        public String title() {
            return (errors.isEmpty() ? "" : "Error: ") + HEADING + " in " + community;
        }
    }
}
