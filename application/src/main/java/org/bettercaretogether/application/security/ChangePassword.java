package org.bettercaretogether.application.security;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;

/**
 * Replace one's own password, giving the current one. The new one must be at least 12 characters. Every
 * session of the person ends, and a new one is started for the browser that made the change.
 */
public interface ChangePassword {

    int MINIMUM_LENGTH = 12;
    int MAXIMUM_LENGTH = 256;

    Outcome<SignedIn> change(Actor actor, String currentPassword, String newPassword);
}
