/**
 * What a run asks of the service: the addresses it times one by one (public pages and API lists, the staff lists
 * first page and deep), the requests it drives under load against their baseline twins, found through the
 * service's own API and signed in as the sample staff.
 */
package org.bettercaretogether.benchmarks.scenario;
