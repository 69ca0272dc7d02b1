package org.bettercaretogether.application.feedback;

import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.memory.InMemoryApplication;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.community.PostcodeDistrict;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.PhoneNumber;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feedback loop's world for scenario tests: the whole application in memory with the Morecambe Bay reference
 * data, on a clock that stands at Monday 14 December 2026, 10:00 until a test moves it, and staff of several
 * partners. Views are built with {@link #aView()}.
 */
public final class FeedbackWorld {

    public static final Instant MONDAY_14_DECEMBER_2026 = Instant.parse("2026-12-14T10:00:00Z");
    public static final PartnerId HOSPITALS = MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY;
    public static final PartnerId COUNCIL = MorecambeBay.LANCASHIRE_COUNTY_COUNCIL;

    public final MovableClock clock;
    public final InMemoryApplication app;
    public final Actor moderator = staff(MorecambeBay.CLINICAL_COMMISSIONING_GROUP, Role.MODERATOR);
    public final Actor engagementOfficer = staff(MorecambeBay.CLINICAL_COMMISSIONING_GROUP, Role.ENGAGEMENT_OFFICER);
    public final Actor hospitalResponder = staff(HOSPITALS, Role.RESPONDER);
    public final Actor councilResponder = staff(COUNCIL, Role.RESPONDER);
    public final Actor admin = staff(MorecambeBay.CLINICAL_COMMISSIONING_GROUP, Role.ADMIN);

    public FeedbackWorld() {
        this(MONDAY_14_DECEMBER_2026);
    }

    public FeedbackWorld(Instant start) {
        this.clock = new MovableClock(start);
        this.app = new InMemoryApplication(clock);
        app.loadReferenceData().load();
    }

    public static Actor staff(PartnerId partner, Role... roles) {
        return new Actor(StaffMemberId.random(), partner, Set.of(roles));
    }

    public static ViewBuilder aView() {
        return new ViewBuilder();
    }

    /** Submits a view online without an idempotency key. */
    public SubmissionReceipt submit(ViewBuilder view) {
        return app.submitFeedback().submit(view.build(), Optional.empty()).orElseThrow();
    }

    public Feedback stored(FeedbackReference reference) {
        return app.feedback().feedbackLog().findByReference(reference).orElseThrow();
    }

    /** Every view stored, whatever its state. */
    public List<Feedback> allViews() {
        return app.feedback().allViews();
    }

    public Feedback publish(FeedbackReference reference, String publicText) {
        Feedback view = stored(reference);
        return app.moderateFeedback().publish(moderator, view.id(), view.version(), publicText).orElseThrow().feedback();
    }

    public Feedback assign(FeedbackReference reference, PartnerId partner) {
        Feedback view = stored(reference);
        return app.moderateFeedback().assign(moderator, view.id(), view.version(), partner).orElseThrow().feedback();
    }

    public Feedback answer(FeedbackReference reference, Actor responder, String answer) {
        Feedback view = stored(reference);
        return app.respondToFeedback().respond(responder, view.id(), view.version(), answer).orElseThrow().feedback();
    }

    /** Submits a view, publishes it as it is and assigns it to {@code partner}. */
    public FeedbackReference publishedAndAssigned(ViewBuilder view, PartnerId partner) {
        FeedbackReference reference = submit(view).reference();
        publish(reference, view.text);
        assign(reference, partner);
        return reference;
    }

    public void advance(Duration by) {
        clock.advance(by);
    }

    /** Moves the clock on to {@code instant}, which must not be before now. */
    public void moveTo(Instant instant) {
        Duration by = Duration.between(clock.instant(), instant);
        assertThat(by.isNegative()).as("the clock only moves forward").isFalse();
        clock.advance(by);
    }

    /** The rejection of an outcome that must have been rejected. */
    public static Rejection rejection(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        return ((Outcome.Rejected<?>) outcome).rejection();
    }

    /** The fields named by an outcome that must have been refused as invalid input. */
    public static List<String> invalidFields(Outcome<?> outcome) {
        Rejection rejection = rejection(outcome);
        assertThat(rejection).isInstanceOf(Rejection.InvalidInput.class);
        return ((Rejection.InvalidInput) rejection).problems().stream().map(p -> p.field()).toList();
    }

    /** A view as a person gives it: a patient's view of the programme, no contact details, agreeing to publication. */
    public static final class ViewBuilder {

        private ViewAbout about = ViewAbout.programme();
        private ContributorRole role = ContributorRole.PATIENT;
        private String text = "The last bus from the hospital leaves too early for evening visiting.";
        private ContactDetails contact = ContactDetails.none();
        private Consent consent = new Consent(false, true);
        private Optional<PostcodeDistrict> district = Optional.empty();

        public ViewBuilder about(ViewAbout subject) {
            this.about = subject;
            return this;
        }

        public ViewBuilder aboutCommunity(String slug) {
            return about(ViewAbout.community(new Slug(slug)));
        }

        public ViewBuilder as(ContributorRole given) {
            this.role = given;
            return this;
        }

        public ViewBuilder saying(String words) {
            this.text = words;
            return this;
        }

        public ViewBuilder from(String name, String email, String phone) {
            this.contact = new ContactDetails(Optional.ofNullable(name),
                    Optional.ofNullable(email).map(EmailAddress::new), Optional.ofNullable(phone).map(PhoneNumber::new));
            return this;
        }

        public ViewBuilder consenting(boolean toContact, boolean toPublish) {
            this.consent = new Consent(toContact, toPublish);
            return this;
        }

        public ViewBuilder livingIn(String postcodeDistrict) {
            this.district = Optional.of(new PostcodeDistrict(postcodeDistrict));
            return this;
        }

        public String text() {
            return text;
        }

        public ShareAView build() {
            return new ShareAView(about, role, new ViewText(text), contact, consent, district);
        }
    }
}
