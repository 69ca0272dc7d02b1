/**
 * The vanguard's profile in PostgreSQL: the single row of the {@code vanguard} table with the triple aim it pursues
 * ({@code vanguard_triple_aim}, a set).
 */
package org.bettercaretogether.persistence.vanguard;
