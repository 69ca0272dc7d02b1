/**
 * The directory: browsing the vanguard, its partners, networks, communities and workstreams, finding the community
 * for a place, and the staff's use cases that add and correct those records.
 */
package org.bettercaretogether.application.directory;
