package org.bettercaretogether.application.feedback;

import java.time.LocalDate;

/** An official answer as the public sees it: the organisation that gave it, its words and the day. */
public record PublishedAnswer(String partnerName, String text, LocalDate answeredOn) {
}
