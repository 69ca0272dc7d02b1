package org.bettercaretogether.application.privacy;

import org.bettercaretogether.domain.feedback.PhoneNumber;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Require;

import java.util.Optional;

/**
 * The person a request about personal data is about, known by what they gave: an email address (their views, their
 * registrations for meetings, the mail written to them, a staff account) or a telephone number (their views, the only
 * place one is kept). Its {@code toString()} shows which, never the address or the number.
 */
public sealed interface DataSubject {

    /** The email address, when the person is known by one. */
    Optional<EmailAddress> email();

    /** The telephone number, when the person is known by one. */
    Optional<PhoneNumber> phone();

    /** How the person is known, in words for the audit log and the pages: "an email address" or "a telephone number". */
    String knownBy();

    record ByEmail(EmailAddress address) implements DataSubject {

        public ByEmail {
            Require.present(address, "email");
        }

        @Override
        public Optional<EmailAddress> email() {
            return Optional.of(address);
        }

        @Override
        public Optional<PhoneNumber> phone() {
            return Optional.empty();
        }

        @Override
        public String knownBy() {
            return "an email address";
        }

        @Override
        public String toString() {
            return "DataSubject[by email]";
        }
    }

    record ByPhone(PhoneNumber number) implements DataSubject {

        public ByPhone {
            Require.present(number, "phone");
        }

        @Override
        public Optional<EmailAddress> email() {
            return Optional.empty();
        }

        @Override
        public Optional<PhoneNumber> phone() {
            return Optional.of(number);
        }

        @Override
        public String knownBy() {
            return "a telephone number";
        }

        @Override
        public String toString() {
            return "DataSubject[by phone]";
        }
    }
}
