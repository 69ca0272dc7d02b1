/**
 * The directory in open standards that other NHS and council systems read: what the two standards share, the towns
 * and postcode districts each community serves as places in their own right ({@link CoveredPlace}), with ids that
 * stay the same from one answer to the next. Open Referral HSDS 3.0 ({@code hsds}) and FHIR R4 ({@code fhir}) each
 * write the same directory in their own form.
 */
package org.bettercaretogether.web.standards;
