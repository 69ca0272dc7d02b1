package org.bettercaretogether.application.feedback;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.shared.Slug;

import java.util.Locale;
import java.util.Optional;

/**
 * What a person says their view is about, as forms and the API name it: the programme, or a community, workstream or
 * network by its slug. The service checks that the community, workstream or network exists.
 */
public record ViewAbout(Kind kind, Optional<Slug> slug) {

    public enum Kind {
        PROGRAMME, COMMUNITY, WORKSTREAM, NETWORK;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** What the programme calls this kind of subject, in a sentence. */
        public String title() {
            return switch (this) {
                case PROGRAMME -> "programme";
                case COMMUNITY -> "Integrated Care Community";
                case WORKSTREAM -> "workstream";
                case NETWORK -> "clinical network";
            };
        }

        public static Kind parse(String text) {
            for (Kind kind : values()) {
                if (kind.key().equals(Require.text(text, "about", 20).toLowerCase(Locale.ROOT))) {
                    return kind;
                }
            }
            throw new InvalidValueException("about", "must be one of programme, community, workstream or network");
        }
    }

    public ViewAbout {
        Require.present(kind, "about");
        Require.present(slug, "slug");
        if (kind == Kind.PROGRAMME && slug.isPresent()) {
            throw new InvalidValueException("slug", "must not be given for the programme as a whole");
        }
        if (kind != Kind.PROGRAMME && slug.isEmpty()) {
            throw new InvalidValueException(kind.key(), "is required: choose which " + kind.key());
        }
    }

    public static ViewAbout programme() {
        return new ViewAbout(Kind.PROGRAMME, Optional.empty());
    }

    public static ViewAbout community(Slug slug) {
        return new ViewAbout(Kind.COMMUNITY, Optional.of(slug));
    }

    public static ViewAbout workstream(Slug slug) {
        return new ViewAbout(Kind.WORKSTREAM, Optional.of(slug));
    }

    public static ViewAbout network(Slug slug) {
        return new ViewAbout(Kind.NETWORK, Optional.of(slug));
    }
}
