/**
 * The directory: browsing the vanguard, its partners, networks, communities and workstreams, and the staff's
 * use cases that add and correct those records.
 */
package org.bettercaretogether.application.directory;
