package org.bettercaretogether.application.staff;


/** Turns passwords into slow, salted hashes (Argon2id in production) and checks a password against one. */
public interface PasswordHasher {

    PasswordHash hash(String password);

    boolean matches(String password, PasswordHash hash);
}
