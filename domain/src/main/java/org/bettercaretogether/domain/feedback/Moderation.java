package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.time.Instant;
import java.util.Optional;

/** A moderator's decision on a view: none yet, published with the text the public may read, or withheld. */
public sealed interface Moderation {

    record Pending() implements Moderation {
    }

    record Published(PublicText text, Instant at, StaffMemberId by) implements Moderation {
        public Published {
            Require.present(text, "publicText");
            Require.present(at, "at");
            Require.present(by, "by");
        }
    }

    record Withheld(WithholdReason reason, Optional<String> note, Instant at, StaffMemberId by) implements Moderation {
        public Withheld {
            Require.present(reason, "reason");
            note = Require.present(note, "note").map(n -> Require.text(n, "note", 2_000));
            Require.present(at, "at");
            Require.present(by, "by");
        }
    }
}
