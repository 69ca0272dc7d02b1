package org.bettercaretogether.domain.consultation;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.net.URI;
import java.net.URISyntaxException;

/** A background document a consultation points readers to: its title and its https address. */
public record DocumentLink(String title, URI address) {

    public DocumentLink {
        title = Require.text(title, "documents", 200);
        Require.present(address, "documents");
        if (!"https".equalsIgnoreCase(address.getScheme()) || address.getHost() == null) {
            throw new InvalidValueException("documents", "must be https addresses, such as https://example.org/review.pdf");
        }
    }

    /** A link from its title and address as typed; anything that is not an https address is refused. */
    public static DocumentLink of(String title, String address) {
        try {
            return new DocumentLink(title, new URI(Require.text(address, "documents", 2_000)));
        } catch (URISyntaxException notAnAddress) {
            throw new InvalidValueException("documents", "must be https addresses, such as https://example.org/review.pdf");
        }
    }
}
