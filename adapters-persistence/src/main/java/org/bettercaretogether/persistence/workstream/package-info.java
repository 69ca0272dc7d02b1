/**
 * The service review's workstreams in PostgreSQL: the {@code workstream} table with the care settings
 * ({@code workstream_care_setting}) and involved partners ({@code workstream_partner}) of each, both sets.
 */
package org.bettercaretogether.persistence.workstream;
