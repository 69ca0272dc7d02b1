package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.community.PostcodeDistrict;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Views for tests: a member of the public's view, received online, agreeing to everything, unless told otherwise. */
final class FeedbackBuilder {

    static final Instant RECEIVED_AT = Instant.parse("2026-12-14T10:00:00Z");
    static final StaffMemberId MODERATOR = StaffMemberId.random();
    static final StaffMemberId RESPONDER = StaffMemberId.random();
    static final PartnerId PARTNER = PartnerId.random();

    private String text = "The bus to the hospital runs twice a day, so I missed my appointment.";
    private ContactDetails contact = ContactDetails.none();
    private Consent consent = new Consent(true, true);
    private Instant receivedAt = RECEIVED_AT;

    static FeedbackBuilder aView() {
        return new FeedbackBuilder();
    }

    FeedbackBuilder saying(String words) {
        this.text = words;
        return this;
    }

    FeedbackBuilder from(String name, String email, String phone) {
        this.contact = new ContactDetails(Optional.ofNullable(name), Optional.ofNullable(email).map(EmailAddress::new),
                Optional.ofNullable(phone).map(PhoneNumber::new));
        return this;
    }

    FeedbackBuilder consenting(boolean toContact, boolean toPublish) {
        this.consent = new Consent(toContact, toPublish);
        return this;
    }

    Feedback received() {
        return Feedback.receive(FeedbackId.random(), FeedbackReference.random(), Subject.programme(),
                ContributorRole.PATIENT, Origin.online(LocalDate.of(2026, 12, 14)), new ViewText(text), contact, consent,
                Optional.of(new PostcodeDistrict("LA9")), "a".repeat(64), receivedAt);
    }

    Feedback published() {
        return received().publish(new PublicText("The bus to the hospital runs twice a day."), later(1), MODERATOR);
    }

    Feedback withheld() {
        return received().withhold(WithholdReason.OFF_TOPIC, Optional.empty(), later(1), MODERATOR);
    }

    Feedback assigned() {
        return published().assign(new Assignment(PARTNER, LocalDate.of(2027, 1, 14), later(2), MODERATOR));
    }

    Feedback answered() {
        return assigned().respond(answer(PARTNER));
    }

    static Response answer(PartnerId partner) {
        return new Response(partner, "We are adding a third bus from March.", later(3), RESPONDER);
    }

    static Instant later(int hours) {
        return RECEIVED_AT.plus(Duration.ofHours(hours));
    }
}
