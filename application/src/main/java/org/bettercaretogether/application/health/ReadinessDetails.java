package org.bettercaretogether.application.health;

import org.bettercaretogether.application.mail.OutboxBacklog;

/** What readiness tells operators beyond ready or not: how the mail outbox stands. Nothing in it is personal. */
public record ReadinessDetails(OutboxBacklog outbox) {
}
