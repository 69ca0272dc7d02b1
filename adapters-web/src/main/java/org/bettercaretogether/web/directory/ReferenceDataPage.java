package org.bettercaretogether.web.directory;

import java.util.List;

/**
 * The model of {@code /staff/reference-data}: every partner, network, community and workstream, each with a link
 * to correct it and the facts about it not yet checked against their source; and a notice after a correction.
 */
public record ReferenceDataPage(List<Row> partners, List<Row> networks, List<Row> communities,
                                List<Row> workstreams, String notice) {

    public static final String HEADING = "Reference data";

    /**
     * One record: its name, where to correct it, its public page, a line about it, and its unverified facts
     * ("coverage", "code RNN").
     */
    public record Row(String name, String editHref, String publicHref, String summary, List<String> unverified) {

        public Row {
            unverified = List.copyOf(unverified);
        }
    }
}
