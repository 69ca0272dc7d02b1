package org.bettercaretogether.application.priority;

import org.bettercaretogether.domain.priority.LocalPriority;

import java.util.Optional;

/** A priority with the names a reader needs: its theme's and its owner's. */
public record PriorityDetails(LocalPriority priority, Optional<String> themeName, String ownerName) {
}
