/**
 * Integrated Care Communities: the twelve local areas of Morecambe Bay, the places each serves, how many
 * people live there, how far each has developed, and how a person finds theirs by town or postcode.
 */
package org.bettercaretogether.domain.community;
