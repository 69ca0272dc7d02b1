package org.bettercaretogether.persistence.meeting;

import org.bettercaretogether.application.meeting.Registrations;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.meeting.Registration;
import org.bettercaretogether.domain.meeting.RegistrationId;
import org.bettercaretogether.domain.meeting.RegistrationStatus;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.persistence.jooq.tables.records.RegistrationRecord;
import org.bettercaretogether.persistence.shared.DatabaseRefusal;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.exception.DataAccessException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static org.bettercaretogether.persistence.jooq.Tables.REGISTRATION;

/**
 * The registrations for the meetings in the {@code registration} table, one row each. Each method is one statement,
 * joining the caller's transaction (which holds the meeting locked while a registration is counted, see
 * {@code JooqMeetings#lock}). A meeting's registrations are read in order of arrival through the unique index on
 * {@code (meeting_id, arrival)}, which also refuses two registrations with one place in the order; the cancel link's
 * hash is unique too. Times keep PostgreSQL's precision, microseconds. The rows become registrations in
 * {@link #registration} and registrations become rows in {@link #registrationRow}, nowhere else.
 *
 * <p>A write the database refuses never carries PostgreSQL's own message, which would quote the person's name, email
 * address or access needs: it becomes a {@link DataAccessException} naming only the constraint (see
 * {@link DatabaseRefusal}).
 */
public final class JooqRegistrations implements Registrations {

    private final DSLContext dsl;

    public JooqRegistrations(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Registration add(Registration registration) {
        Registration stored = registration.withVersion(1);
        return refusedWithoutValues("storing a registration", () -> {
            dsl.insertInto(REGISTRATION).set(registrationRow(stored)).execute();
            return stored;
        });
    }

    @Override
    public Optional<Registration> find(RegistrationId id) {
        return registrationsWhere(REGISTRATION.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public Optional<Registration> findByCancelHash(String tokenHash) {
        return registrationsWhere(REGISTRATION.CANCEL_TOKEN_HASH.eq(tokenHash)).stream().findFirst();
    }

    @Override
    public Optional<Registration> update(Registration registration) {
        Registration stored = registration.withVersion(registration.version() + 1);
        return refusedWithoutValues("updating a registration", () -> {
            int updated = dsl.update(REGISTRATION).set(registrationRow(stored))
                    .where(REGISTRATION.ID.eq(registration.id().value())
                            .and(REGISTRATION.VERSION.eq(registration.version())))
                    .execute();
            return updated == 1 ? Optional.of(stored) : Optional.empty();
        });
    }

    @Override
    public List<Registration> of(MeetingId meeting) {
        return registrationsWhere(REGISTRATION.MEETING_ID.eq(meeting.value()));
    }

    /** {@inheritDoc} Read by the index on the email address; meeting by meeting, in order of arrival. */
    @Override
    public List<Registration> withEmail(EmailAddress email) {
        return registrationsWhere(REGISTRATION.EMAIL.eq(email.value()));
    }

    @Override
    public void remove(RegistrationId id) {
        dsl.deleteFrom(REGISTRATION).where(REGISTRATION.ID.eq(id.value())).execute();
    }

    /** In order of arrival; a meeting's arrivals are unique. */
    private List<Registration> registrationsWhere(Condition condition) {
        return dsl.select(REGISTRATION.ID, REGISTRATION.MEETING_ID, REGISTRATION.NAME, REGISTRATION.EMAIL,
                        REGISTRATION.PLACES, REGISTRATION.ACCESS_NEEDS, REGISTRATION.STATUS,
                        REGISTRATION.REGISTERED_AT, REGISTRATION.ARRIVAL, REGISTRATION.CANCEL_TOKEN_HASH,
                        REGISTRATION.VERSION)
                .from(REGISTRATION)
                .where(condition)
                .orderBy(REGISTRATION.MEETING_ID, REGISTRATION.ARRIVAL)
                .fetch(Records.mapping(JooqRegistrations::registration));
    }

    private static <T> T refusedWithoutValues(String what, Supplier<T> write) {
        try {
            return write.get();
        } catch (DataAccessException refused) {
            throw DatabaseRefusal.of(refused).withoutValues(what);
        }
    }

    // Rows to registrations -------------------------------------------------------------------------------------

    private static Registration registration(UUID id, UUID meeting, String name, String email, Integer places,
                                             String accessNeeds, String status, OffsetDateTime registeredAt,
                                             Integer arrival, String cancelTokenHash, Long version) {
        return new Registration(new RegistrationId(id), new MeetingId(meeting), name, new EmailAddress(email), places,
                Optional.ofNullable(accessNeeds), RegistrationStatus.valueOf(status), registeredAt.toInstant(),
                arrival, cancelTokenHash, version);
    }

    // Registrations to rows -------------------------------------------------------------------------------------

    private RegistrationRecord registrationRow(Registration registration) {
        RegistrationRecord row = dsl.newRecord(REGISTRATION);
        row.setId(registration.id().value());
        row.setMeetingId(registration.meeting().value());
        row.setName(registration.name());
        row.setEmail(registration.email().value());
        row.setPlaces(registration.places());
        row.setAccessNeeds(registration.accessNeeds().orElse(null));
        row.setStatus(registration.status().name());
        row.setRegisteredAt(time(registration.registeredAt()));
        row.setArrival(registration.arrival());
        row.setCancelTokenHash(registration.cancelTokenHash());
        row.setVersion(registration.version());
        return row;
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
