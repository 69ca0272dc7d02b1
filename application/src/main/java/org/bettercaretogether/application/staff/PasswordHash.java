package org.bettercaretogether.application.staff;

import java.util.Objects;

/** A password as stored: the encoded output of a slow hash, never the password. Not shown by {@link #toString()}. */
public record PasswordHash(String encoded) {

    public PasswordHash {
        Objects.requireNonNull(encoded, "encoded");
    }

    @Override
    public String toString() {
        return "PasswordHash[hidden]";
    }
}
