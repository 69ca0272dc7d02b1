package org.bettercaretogether.examples.phoneline;

import org.bettercaretogether.domain.shared.Slug;

/** A community that serves where a caller lives, as an operator reads it out: its name and its clinical network. */
public record CommunityForCaller(Slug slug, String name, String network) {
}
