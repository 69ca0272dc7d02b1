package org.bettercaretogether.application.meeting;

import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.meeting.Registration;
import org.bettercaretogether.domain.meeting.RegistrationId;
import org.bettercaretogether.domain.shared.EmailAddress;

import java.util.List;
import java.util.Optional;

/** Every registration for every meeting. */
public interface Registrations {

    /** Stores a new registration at version 1. */
    Registration add(Registration registration);

    Optional<Registration> find(RegistrationId id);

    /** The registration whose private cancel link carries a token with this SHA-256. */
    Optional<Registration> findByCancelHash(String tokenHash);

    /** Stores a changed registration if its version is the stored one; empty otherwise. */
    Optional<Registration> update(Registration registration);

    /** A meeting's registrations, cancelled ones included, in order of arrival. */
    List<Registration> of(MeetingId meeting);

    /** Every registration made with this email address, for any meeting, cancelled ones included. */
    List<Registration> withEmail(EmailAddress email);

    /** Removes the registration (on the person's request for erasure); nothing when there is none. */
    void remove(RegistrationId id);
}
