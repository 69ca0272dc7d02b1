package org.bettercaretogether.application.mail;

/** Sends the messages that are due. Run on a schedule by the host; safe to run on several nodes at once. */
public interface DeliverMail {

    /** Sends up to {@code limit} due messages, each on its own; answers how many were sent. */
    int deliverDue(int limit);
}
