/**
 * Clinical networks: the three groups of Integrated Care Communities across which professionals work together.
 */
package org.bettercaretogether.domain.network;
