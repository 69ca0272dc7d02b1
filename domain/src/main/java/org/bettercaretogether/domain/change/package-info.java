/**
 * Changes made: the decisions and changes to services that people's views led to — "you said, we did". Each is
 * linked to the views and themes behind it and moves from planned, to in progress, to made.
 */
package org.bettercaretogether.domain.change;
