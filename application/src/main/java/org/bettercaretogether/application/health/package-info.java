/**
 * Readiness: whether the service can reach what it needs to answer, and, for operators, how its work stands (the mail
 * outbox's backlog).
 */
package org.bettercaretogether.application.health;
