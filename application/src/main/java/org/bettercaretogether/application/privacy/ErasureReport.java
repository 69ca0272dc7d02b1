package org.bettercaretogether.application.privacy;

/**
 * What an erasure removed: the views whose personal data went (none when it went before), the registrations for
 * meetings, the messages the outbox still held for the person, and the copies of mail written to them in the
 * mail-drop folder, the community projects they suggested whose review still needed to know who they were, and the
 * addresses they left to be told about consultations they answered (their answers, anonymous, stay).
 */
public record ErasureReport(int views, int registrations, int messages, int sentCopies, int projectSuggestions,
                            int consultationUpdates) {

    /** Nothing at all was held about the person, or it was all erased before. */
    public boolean nothing() {
        return views + registrations + messages + sentCopies + projectSuggestions + consultationUpdates == 0;
    }

    ErasureReport withSentCopies(int copies) {
        return new ErasureReport(views, registrations, messages, copies, projectSuggestions, consultationUpdates);
    }
}
