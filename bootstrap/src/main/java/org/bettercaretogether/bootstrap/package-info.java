/**
 * The composition root: the configuration, the Guice modules (one per adapter and one for the application),
 * the embedded PostgreSQL default, and the {@code bct} command line. The only module that knows all others.
 */
package org.bettercaretogether.bootstrap;
