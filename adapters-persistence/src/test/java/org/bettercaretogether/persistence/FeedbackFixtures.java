package org.bettercaretogether.persistence;

import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.application.staff.StaffMembers;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.meeting.Meetings;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.community.Coverage;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.community.PostcodeDistrict;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.Origin;
import org.bettercaretogether.domain.feedback.PhoneNumber;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.MeetingHost;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.network.NetworkId;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.partner.PartnerKind;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.domain.workstream.CareSetting;
import org.bettercaretogether.domain.workstream.Workstream;
import org.bettercaretogether.domain.workstream.WorkstreamId;
import org.bettercaretogether.domain.workstream.WorkstreamPhase;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What views are about and who handles them, stored through the adapters, and views to store, for the tests of the
 * feedback loop: the Furness network, the Kendal community, the Elective Care workstream, the Bay Health Trust with
 * Amina (a moderator) and Ben (an administrator) on its staff, and the county council. Views are built through the
 * domain's own methods, so they are views the application could make.
 */
public final class FeedbackFixtures {

    private FeedbackFixtures() {
    }

    /** The directory a view can be about and the staff and partners that handle it, as stored. */
    public record Directory(NetworkId furness, CommunityId kendal, WorkstreamId electiveCare, PartnerId trust,
                            PartnerId council, StaffMemberId amina, StaffMemberId ben) {

        public Subject aboutKendal() {
            return new Subject.AboutCommunity(kendal);
        }

        public Subject aboutElectiveCare() {
            return new Subject.AboutWorkstream(electiveCare);
        }

        public Subject aboutFurness() {
            return new Subject.AboutNetwork(furness);
        }
    }

    /** Stores the directory; once per database, as Amina's and Ben's addresses are unique. */
    public static Directory directory(PostgresAdapters postgres) {
        Provenance approximate = Provenance.unverified("general UK geography");
        NetworkId furness = postgres.port(ClinicalNetworks.class).add(new ClinicalNetwork(NetworkId.random(), new Slug("furness"),
                "Furness", "The Furness peninsula", approximate, 0)).id();
        CommunityId kendal = postgres.port(Communities.class).add(new IntegratedCareCommunity(CommunityId.random(),
                new Slug("kendal"), "Kendal", furness, new Coverage(List.of("Kendal"),
                List.of(new PostcodeDistrict("LA9")), approximate), Optional.empty(), Optional.empty(), 0)).id();
        WorkstreamId electiveCare = postgres.port(Workstreams.class).add(new Workstream(WorkstreamId.random(),
                new Slug("elective-care"), "Elective Care", "Planned operations and outpatient care",
                Set.of(CareSetting.HOSPITAL), Optional.empty(), Set.of(), WorkstreamPhase.ENGAGEMENT, 0)).id();
        StaffFixtures.AminaAndBen staff = StaffFixtures.aminaAndBen(postgres);
        PartnerId trust = postgres.port(StaffMembers.class).find(staff.amina()).orElseThrow().partner();
        PartnerId council = postgres.port(Partners.class).add(Partner.newPartner(PartnerId.random(), "Cumbria County Council",
                PartnerKind.LOCAL_AUTHORITY, List.of(), Optional.empty(), "Adult social care")).id();
        return new Directory(furness, kendal, electiveCare, trust, council, staff.amina(), staff.ben());
    }

    /**
     * A view with every optional part given: taken at a meeting and entered by {@code enteredBy}, from Jo Bloggs,
     * who left a name, an address and a phone number, agreed to be contacted and to publication, and lives in LA9.
     */
    public static Feedback fromJo(Subject about, Instant receivedAt, StaffMemberId enteredBy) {
        return Feedback.receive(FeedbackId.random(), FeedbackReference.random(), about, ContributorRole.PATIENT,
                new Origin(Channel.MEETING, day(receivedAt), Optional.of("Kendal town hall meeting"),
                        Optional.of(enteredBy)),
                new ViewText("I'm Jo Bloggs. The last bus from Kendal leaves the hospital before evening visiting ends."),
                new ContactDetails(Optional.of("Jo Bloggs"), Optional.of(new EmailAddress("jo.bloggs@example.org")),
                        Optional.of(new PhoneNumber("01539 123456"))),
                new Consent(true, true), Optional.of(new PostcodeDistrict("LA9")), trackingHash(), receivedAt);
    }

    /** Stores a public meeting held by the Kendal community, online, starting at {@code startsAt}. */
    public static MeetingId meetingInKendal(PostgresAdapters postgres, Directory directory, Instant startsAt) {
        return postgres.port(Meetings.class).add(Meeting.schedule(MeetingId.random(),
                new MeetingHost.Community(directory.kendal()), "Have your say", "What should change in Kendal?",
                startsAt, startsAt.plus(Duration.ofHours(2)), Optional.empty(),
                Optional.of(URI.create("https://meet.example.org/kendal")), 50)).id();
    }

    /** An anonymous view given at a public {@code meeting}, as {@code enteredBy} entered it. */
    public static Feedback givenAt(MeetingId meeting, Subject about, Instant receivedAt, StaffMemberId enteredBy) {
        return Feedback.receive(FeedbackId.random(), FeedbackReference.random(), about,
                ContributorRole.MEMBER_OF_PUBLIC, new Origin(Channel.MEETING, day(receivedAt),
                        Optional.of("Have your say"), Optional.of(enteredBy), Optional.of(meeting)),
                new ViewText("More appointments in the evening, please."), ContactDetails.none(),
                new Consent(false, true), Optional.empty(), trackingHash(), receivedAt);
    }

    /** A view with no optional part given: online, anonymous, agreeing to publication only. */
    public static Feedback anonymous(Subject about, Instant receivedAt) {
        return Feedback.receive(FeedbackId.random(), FeedbackReference.random(), about,
                ContributorRole.MEMBER_OF_PUBLIC, Origin.online(day(receivedAt)),
                new ViewText("Waiting lists for knee operations are far too long."), ContactDetails.none(),
                new Consent(false, true), Optional.empty(), trackingHash(), receivedAt);
    }

    /** A view from someone who left only their email address, agreeing to be contacted. */
    public static Feedback fromAddress(String email, Subject about, Instant receivedAt) {
        return Feedback.receive(FeedbackId.random(), FeedbackReference.random(), about, ContributorRole.OTHER,
                Origin.online(day(receivedAt)), new ViewText("Please tell me what happens next."),
                new ContactDetails(Optional.empty(), Optional.of(new EmailAddress(email)), Optional.empty()),
                new Consent(true, false), Optional.empty(), trackingHash(), receivedAt);
    }

    private static LocalDate day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static String trackingHash() {
        return Secrets.sha256(UUID.randomUUID().toString());
    }
}
