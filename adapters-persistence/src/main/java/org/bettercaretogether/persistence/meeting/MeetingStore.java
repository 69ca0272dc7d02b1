package org.bettercaretogether.persistence.meeting;

import org.bettercaretogether.application.meeting.Meetings;
import org.bettercaretogether.application.meeting.Registrations;
import org.jooq.DSLContext;

/**
 * Where {@code PostgresAdapters} gets the public meetings' repositories, which are not public themselves: Java lets
 * no other package construct them. The composition root uses {@code PostgresAdapters}, not this.
 */
public final class MeetingStore {

    private MeetingStore() {
    }

    /** The public meetings, kept in PostgreSQL through {@code dsl}. */
    public static Meetings meetings(DSLContext dsl) {
        return new JooqMeetings(dsl);
    }

    /** The registrations for the meetings, kept in PostgreSQL through {@code dsl}. */
    public static Registrations registrations(DSLContext dsl) {
        return new JooqRegistrations(dsl);
    }
}
