/**
 * The directory as Open Referral's Human Services Data Specification (HSDS) 3.0, under {@code /api/hsds/}, following
 * its API reference: the partners, the clinical networks and the communities as organizations, each community's
 * integrated care as a service with the towns and postcode districts it serves as its areas and locations, and every
 * list paged in HSDS's {@code Page} envelope.
 */
package org.bettercaretogether.web.standards.hsds;
