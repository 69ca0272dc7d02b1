package org.bettercaretogether.memory.contract;

import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.directory.DirectoryAdministrationService;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.referencedata.ReferenceDataReleases;
import org.bettercaretogether.application.referencedata.ReferenceDataService;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.staff.PasswordHash;
import org.bettercaretogether.application.staff.PasswordHasher;
import org.bettercaretogether.application.staff.StaffMembers;
import org.bettercaretogether.application.vanguard.VanguardRecord;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMember;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

/**
 * What every contract shares: a fresh set of ports for each case, from the adapter set under test, closed after it
 * even when the case fails.
 */
public abstract class PortContract {

    /** A moment every case starts from, in whole microseconds, as PostgreSQL keeps times. */
    protected static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    protected OutboundPorts ports;

    /** A new set of the ports under test over an empty store (its schema migrated, where it has one). */
    protected abstract OutboundPorts freshPorts();

    @BeforeEach
    final void openPorts() {
        ports = freshPorts();
    }

    @AfterEach
    final void closePorts() {
        ports.close();
    }

    protected <T> T port(Class<T> type) {
        return ports.port(type);
    }

    protected Transactions transactions() {
        return port(Transactions.class);
    }

    /** Loads the Morecambe Bay reference data through the ports, as the service does at its start. */
    protected void loadReferenceData() {
        var directory = new DirectoryAdministrationService(transactions(), port(VanguardRecord.class),
                port(Partners.class), port(ClinicalNetworks.class), port(Communities.class), port(Workstreams.class));
        new ReferenceDataService(transactions(), port(ReferenceDataReleases.class), directory, port(VanguardRecord.class),
                port(Partners.class), port(ClinicalNetworks.class), port(Communities.class), port(Workstreams.class),
                Clock.fixed(MONDAY, ZoneOffset.UTC)).load();
    }

    /**
     * A member of staff stored with the reference data their partner belongs to, whose password is
     * {@code correct horse battery staple}.
     */
    protected StaffMember storedStaffMember(String email) {
        loadReferenceData();
        PasswordHash password = port(PasswordHasher.class).hash("correct horse battery staple");
        StaffMember member = new StaffMember(StaffMemberId.random(), new EmailAddress(email), "A Moderator",
                MorecambeBay.CLINICAL_COMMISSIONING_GROUP, Set.of(Role.MODERATOR), true, false, 0);
        return transactions().inTransaction(() -> port(StaffMembers.class).add(member, password));
    }

    /** A stored moderator's id, for a view that is published by one. */
    protected StaffMemberId moderator() {
        return storedStaffMember("moderator-" + UUID.randomUUID() + "@example.nhs.uk").id();
    }

    protected static Instant at(long minutesAfterMonday) {
        return MONDAY.plus(minutesAfterMonday, ChronoUnit.MINUTES);
    }
}
