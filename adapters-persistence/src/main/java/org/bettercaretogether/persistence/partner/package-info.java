/**
 * The partner organisations in PostgreSQL: the {@code partner} table with its identifiers
 * ({@code partner_identifier}) and history ({@code partner_event}), both kept in order.
 */
package org.bettercaretogether.persistence.partner;
