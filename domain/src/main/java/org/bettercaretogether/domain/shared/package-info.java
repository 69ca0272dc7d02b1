/**
 * Building blocks every part of the model shares: the slug that addresses a record, the provenance that says
 * how far a fact can be trusted, and the checks that keep an invalid value from ever existing.
 */
package org.bettercaretogether.domain.shared;
