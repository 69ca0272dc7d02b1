/**
 * In-memory outbound adapters and the application wired to them, shipped as this module's test-jar so that
 * any test can run the use cases without a database.
 */
package org.bettercaretogether.application.testing;
