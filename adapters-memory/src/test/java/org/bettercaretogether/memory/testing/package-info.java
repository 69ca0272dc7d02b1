/**
 * The worlds that scenario tests share: the application in memory holding the reference data, on a clock a test
 * moves, with staff of each role. Shipped in this module's test-jar.
 */
package org.bettercaretogether.memory.testing;
