/** Readiness: whether the service can reach what it needs to answer. */
package org.bettercaretogether.application.health;
