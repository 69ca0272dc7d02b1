package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Require;

import java.util.Optional;

/**
 * How to reach the person who gave a view, each part optional. All of it is personal data: it is shown to staff
 * only, never published, never logged (its {@link #toString()} hides it), and removed on erasure.
 */
public record ContactDetails(Optional<String> name, Optional<EmailAddress> email, Optional<PhoneNumber> phone) {

    public ContactDetails {
        name = Require.present(name, "name").map(n -> Require.text(n, "name", 200));
        Require.present(email, "email");
        Require.present(phone, "phone");
    }

    public static ContactDetails none() {
        return new ContactDetails(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean isEmpty() {
        return name.isEmpty() && email.isEmpty() && phone.isEmpty();
    }

    @Override
    public String toString() {
        return "ContactDetails[hidden]";
    }
}
