/**
 * Partners: the health and care organisations that make up the vanguard, their identifiers in public code
 * lists, and the dated history of their renames, mergers and abolition.
 */
package org.bettercaretogether.domain.partner;
