package org.bettercaretogether.core;

/** The configuration cannot be used; the message says which setting and why. */
public final class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }
}
