/**
 * The library wired for a service that embeds it: {@link org.bettercaretogether.core.BetterCareTogether} and the Guice
 * modules it is made of (the use cases, the PostgreSQL ports, mail), with the schedules that empty the mail outbox and
 * remove what is kept past its time. Nothing of the web: the runnable service in {@code bct-bootstrap} adds it.
 */
package org.bettercaretogether.core;
