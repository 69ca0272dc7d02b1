/**
 * The PostgreSQL of a run: the embedded server (the same artifact the service embeds) or one given on the command
 * line, and the fresh database created on it for the run.
 */
package org.bettercaretogether.benchmarks.database;
