package org.bettercaretogether.application.mail;

import java.util.List;
import java.util.Optional;

/** One page of the undelivered messages, the ones given up on last first, and the cursor of the next page if any. */
public record UndeliveredPage(List<UndeliveredMail> messages, Optional<String> next) {

    public UndeliveredPage {
        messages = List.copyOf(messages);
    }
}
