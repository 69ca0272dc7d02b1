package org.bettercaretogether.application.security;

/** End a session on the server, so its cookie is worthless from now on, wherever it is replayed. */
public interface SignOut {

    void signOut(String sessionToken);
}
