/**
 * Following by email: asking to follow a consultation, a community or a workstream, confirming it from the mailed
 * link, ending it in one click, and the notices each confirmed subscription is mailed once — a consultation has opened,
 * closes within a week, has published its results — written to the outbox by whichever instance of the service finds
 * them due first.
 */
package org.bettercaretogether.application.follow;
