/**
 * Every outbound port of the application held in memory ({@link org.bettercaretogether.memory.InMemoryPorts}), bound
 * by {@link org.bettercaretogether.memory.InMemoryModule} for a Guice injector, and the application wired to them by
 * hand ({@link org.bettercaretogether.memory.InMemoryApplication}): the use cases without a database, for the tests of
 * this project and of a service that embeds it. Nothing here survives the process.
 */
package org.bettercaretogether.memory;
