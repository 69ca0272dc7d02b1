package org.bettercaretogether.domain.project;

import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Require;

import java.util.Optional;

/**
 * The person who suggested a project, so that an engagement officer can ask them about it: a name and an email
 * address, each optional. Personal data: shown to staff only, never published nor logged (its {@link #toString()}
 * hides it).
 */
public record Suggester(Optional<String> name, Optional<EmailAddress> email) {

    public Suggester {
        name = Require.present(name, "suggesterName").map(given -> Require.text(given, "suggesterName", 200));
        Require.present(email, "suggesterEmail");
    }

    public static Suggester anonymous() {
        return new Suggester(Optional.empty(), Optional.empty());
    }

    public boolean isEmpty() {
        return name.isEmpty() && email.isEmpty();
    }

    @Override
    public String toString() {
        return "Suggester[hidden]";
    }
}
