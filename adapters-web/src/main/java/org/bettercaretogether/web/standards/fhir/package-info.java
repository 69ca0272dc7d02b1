/**
 * The directory as FHIR R4 resources under {@code /fhir/}, in {@code application/fhir+json}: the partners, the
 * clinical networks and the communities as {@code Organization}s (a partner with its NHS ODS code, a community part of
 * its network), the towns and postcode districts each community serves as {@code Location}s it manages, searchset
 * {@code Bundle}s for the lists, and every failure under {@code /fhir/} as an {@code OperationOutcome}.
 */
package org.bettercaretogether.web.standards.fhir;
