package org.bettercaretogether.domain.follow;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.workstream.WorkstreamId;

import java.util.Locale;
import java.util.UUID;

/**
 * What a person follows: one consultation, one Integrated Care Community (with every consultation about it) or one
 * workstream of the review (with every consultation about it).
 */
public record Followed(Kind kind, UUID id) {

    /** The kinds of thing that can be followed, as they are written in storage. */
    public enum Kind {
        CONSULTATION, COMMUNITY, WORKSTREAM;

        /** The kind as stored: {@code consultation}, {@code community}, {@code workstream}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind ofCode(String code) {
            for (Kind kind : values()) {
                if (kind.code().equals(code)) {
                    return kind;
                }
            }
            throw new InvalidValueException("followed", "must be a consultation, a community or a workstream");
        }
    }

    public Followed {
        Require.present(kind, "followed");
        Require.present(id, "followedId");
    }

    public static Followed consultation(ConsultationId consultation) {
        return new Followed(Kind.CONSULTATION, consultation.value());
    }

    public static Followed community(CommunityId community) {
        return new Followed(Kind.COMMUNITY, community.value());
    }

    public static Followed workstream(WorkstreamId workstream) {
        return new Followed(Kind.WORKSTREAM, workstream.value());
    }
}
