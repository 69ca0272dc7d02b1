package org.bettercaretogether.web.privacy;

import org.bettercaretogether.application.mail.HeldMail;
import org.bettercaretogether.application.mail.SentMailCopies.SentCopy;
import org.bettercaretogether.application.privacy.PersonalDataExport;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.feedback.Transition;
import org.bettercaretogether.domain.meeting.Registration;
import org.bettercaretogether.domain.project.Suggester;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A subject access export as one JSON document, as an administrator downloads it from the page or the staff API
 * gives it: the person's views (each with what they said, how to reach them, what they agreed to, what happened to the
 * view and its history), their registrations with their meetings, the community projects they suggested that wait
 * for review, the mail held for them and the copies kept of mail
 * sent to them, and their staff account. A part that does not apply is left out (null), a list with nothing in it is
 * empty. Times are UTC instants, as everywhere in the API.
 *
 * @param export       which export this is, when it was made, and the address or number it was made for
 * @param staffAccount the staff account with the address, or null
 */
public record PersonalDataDocument(Export export, List<View> views, List<MeetingRegistration> registrations,
                                   List<SuggestedProject> projectsSuggested, List<Message> mailHeld, List<SentMessage> mailSent, StaffAccount staffAccount,
                                   List<ConsultationUpdates> consultationUpdates, List<Following> subscriptions) {

    /** The export's id (the audit log names it), when it was made, and the email address or number it was made for. */
    public record Export(String id, Instant madeAt, String email, String phone) {
    }

    public record View(String reference, String about, String givenAs, String channel, LocalDate receivedOn,
                       Instant receivedAt, String eventOrBatch, String words, Contact contact, Consent consent,
                       String postcodeDistrict, String status, String publicText, Withheld withheld, Answer answer,
                       Closure closure, Safeguarding safeguarding, Instant erasedAt, List<Step> history) {
    }

    public record Contact(String name, String email, String phone) {
    }

    public record Consent(boolean toContact, boolean toPublish) {
    }

    public record Withheld(String reason, String note, Instant at) {
    }

    public record Answer(String text, Instant at) {
    }

    public record Closure(Instant at, String reason) {
    }

    public record Safeguarding(Instant at, String note) {
    }

    public record Step(Instant at, String what, String detail) {
    }

    public record MeetingRegistration(String meeting, Instant meetingStartsAt, Instant meetingEndsAt, String name,
                                      String email, int places, String accessNeeds, String status,
                                      Instant registeredAt) {
    }

    /** A community project the person suggested, waiting for review, with what they gave of themselves. */
    public record SuggestedProject(String project, String name, String email, Instant suggestedAt) {
    }

    /** A message held: waiting to be sent, or given up on (then with when). */
    public record Message(String to, String subject, String body, Instant writtenAt, String state,
                          Instant givenUpAt) {
    }

    public record SentMessage(String subject, String body, Instant writtenAt) {
    }

    public record StaffAccount(String name, String email, String organisation, List<String> roles, boolean active) {
    }

    /** An address left with a response to a consultation, to be told about it. */
    public record ConsultationUpdates(String consultation, String email) {
    }

    /** A subscription to follow something by email: what, with which address, when asked and when confirmed. */
    public record Following(String follows, String email, Instant askedAt, Instant confirmedAt) {
    }

    public static PersonalDataDocument of(PersonalDataExport export) {
        return new PersonalDataDocument(
                new Export(export.id().toString(), export.madeAt(),
                        export.subject().email().map(EmailAddress::value).orElse(null),
                        export.subject().phone().map(phone -> phone.value()).orElse(null)),
                export.views().stream().map(PersonalDataDocument::view).toList(),
                export.registrations().stream().map(held -> registration(held.registration(), held)).toList(),
                export.projectsSuggested().stream().map(project -> new SuggestedProject(project.details().name(),
                        project.suggester().flatMap(Suggester::name).orElse(null),
                        project.suggester().flatMap(Suggester::email).map(EmailAddress::value).orElse(null),
                        project.receivedAt())).toList(),
                export.mailHeld().stream().map(PersonalDataDocument::message).toList(),
                export.mailSent().stream().map(PersonalDataDocument::sent).toList(),
                export.staffAccount().map(account -> new StaffAccount(account.member().name(),
                        account.member().email().value(), account.partnerName(),
                        account.member().roles().stream().map(Role::title).sorted().toList(),
                        account.member().active())).orElse(null),
                export.consultationUpdates().stream().map(left -> new ConsultationUpdates(left.consultation(),
                        left.email().value())).toList(),
                export.subscriptions().stream().map(subscription -> new Following(subscription.title(),
                        subscription.email().value(), subscription.askedAt(),
                        subscription.confirmedAt().orElse(null))).toList());
    }

    private static View view(PersonalDataExport.HeldView held) {
        Feedback view = held.view();
        Withheld withheld = view.moderation() instanceof Moderation.Withheld w
                ? new Withheld(w.reason().title(), w.note().orElse(null), w.at()) : null;
        return new View(view.reference().value(), held.about(), view.role().title(), view.origin().channel().title(),
                view.origin().receivedOn(), view.receivedAt(), view.origin().eventOrBatch().orElse(null),
                view.text().map(text -> text.value()).orElse(null),
                new Contact(view.contact().name().orElse(null),
                        view.contact().email().map(EmailAddress::value).orElse(null),
                        view.contact().phone().map(phone -> phone.value()).orElse(null)),
                new Consent(view.consent().toContact(), view.consent().toPublish()),
                view.postcodeDistrict().map(district -> district.value()).orElse(null), view.status().name(),
                view.publicText().map(text -> text.value()).orElse(null), withheld,
                view.response().map(answer -> new Answer(answer.text(), answer.at())).orElse(null),
                view.closure().map(closure -> new Closure(closure.at(), closure.reason().orElse(null))).orElse(null),
                view.safeguarding().map(flag -> new Safeguarding(flag.at(), flag.note())).orElse(null),
                view.erasedAt().orElse(null), view.history().stream().map(PersonalDataDocument::step).toList());
    }

    private static Step step(Transition step) {
        return new Step(step.at(), step.kind().name(), step.detail().isEmpty() ? null : step.detail());
    }

    private static MeetingRegistration registration(Registration registration,
                                                    PersonalDataExport.HeldRegistration held) {
        return new MeetingRegistration(held.meeting().title(), held.meeting().startsAt(), held.meeting().endsAt(),
                registration.name(), registration.email().value(), registration.places(),
                registration.accessNeeds().orElse(null), registration.status().name(), registration.registeredAt());
    }

    private static Message message(HeldMail held) {
        return new Message(held.mail().to().value(), held.mail().subject(), held.mail().body(),
                held.mail().createdAt(), held.givenUpAt().isPresent() ? "given up on" : "waiting to be sent",
                held.givenUpAt().orElse(null));
    }

    private static SentMessage sent(SentCopy copy) {
        return new SentMessage(copy.subject(), copy.body(), copy.writtenAt());
    }
}
