/**
 * What the repositories of several feature packages share: how a refused write is described without the values it
 * quoted ({@link org.bettercaretogether.persistence.shared.DatabaseRefusal DatabaseRefusal}), and the managed list of
 * named things ({@link org.bettercaretogether.persistence.shared.NamedList NamedList}). It uses no feature package, so
 * any of them may use it.
 */
package org.bettercaretogether.persistence.shared;
