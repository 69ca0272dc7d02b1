/**
 * The changes made that views led to ("you said, we did") in PostgreSQL: the {@code change_made} table, with the
 * views ({@code change_view}) and themes ({@code change_theme}) behind each change, both sets.
 */
package org.bettercaretogether.persistence.change;
