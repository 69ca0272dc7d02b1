/**
 * What the repositories of several feature packages share: how a refused write is described without the values it
 * quoted ({@link org.bettercaretogether.persistence.shared.DatabaseRefusal DatabaseRefusal}), the managed list of
 * named things ({@link org.bettercaretogether.persistence.shared.NamedList NamedList}), any number of rows bound as
 * arrays ({@link org.bettercaretogether.persistence.shared.UnnestedRows UnnestedRows}), and the statements run for
 * every view or message past jOOQ's execution
 * ({@link org.bettercaretogether.persistence.shared.DirectStatement DirectStatement}). It uses no feature package, so
 * any of them may use it.
 */
package org.bettercaretogether.persistence.shared;
