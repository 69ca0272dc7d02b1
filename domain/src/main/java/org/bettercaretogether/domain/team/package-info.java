/**
 * The integrated team of an Integrated Care Community: its make-up by profession and employing partner, in headcount
 * or whole-time equivalents — a composition, never a list of named people — and the managed list of professions.
 */
package org.bettercaretogether.domain.team;
