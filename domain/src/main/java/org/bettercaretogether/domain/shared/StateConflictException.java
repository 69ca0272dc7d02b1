package org.bettercaretogether.domain.shared;

/**
 * A change that the record's current state does not allow, such as answering a view that has not been moderated
 * or publishing one twice. The object is left as it was.
 */
public final class StateConflictException extends IllegalStateException {

    public StateConflictException(String message) {
        super(message);
    }
}
