package org.bettercaretogether.web.staff;

import java.util.List;

/**
 * The model of {@code /staff/accounts}: every staff account, by name, and a notice after a change. The names and
 * email addresses are personal data, shown to administrators here and nowhere else.
 */
public record AccountsPage(List<Row> accounts, String notice) {

    public static final String HEADING = "Staff accounts";

    /** One account as the table shows it. */
    public record Row(String href, String name, String email, String organisation, String roles, boolean active,
                      boolean mustChangePassword) {

        @Override
        public String toString() {
            return "Row[" + href + "]";
        }
    }

    @Override
    public String toString() {
        return "AccountsPage[" + accounts.size() + " accounts]";
    }
}
