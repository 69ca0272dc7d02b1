/**
 * The vanguard: the programme as a whole, its aim, the triple aim it pursues and the population it serves.
 */
package org.bettercaretogether.domain.vanguard;
