package org.bettercaretogether.application.meeting;

import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.Optional;

/** A person registering: their name, email address, how many places (1 to 10) and any access needs. */
public record NewRegistration(String name, EmailAddress email, int places, Optional<String> accessNeeds) {

    public NewRegistration {
        name = Require.text(name, "name", 200);
        Require.present(email, "email");
        if (places < 1 || places > 10) {
            throw new InvalidValueException("places", "must be from 1 to 10");
        }
        accessNeeds = Require.present(accessNeeds, "accessNeeds").map(needs -> Require.text(needs, "accessNeeds", 1_000));
    }

    /** Everything the registration says, to tell a retry of it from another registration sent with the same key. */
    String fingerprint() {
        return String.join("\u001f", name, email.value(), String.valueOf(places), accessNeeds.orElse(""));
    }

    @Override
    public String toString() {
        return "NewRegistration[places=" + places + "]";
    }
}
