package org.bettercaretogether.web.directory;

/**
 * Where a record lives: its JSON address ({@code self}) and its public page ({@code page}), both as paths on
 * this server.
 */
public record Links(String self, String page) {
}
