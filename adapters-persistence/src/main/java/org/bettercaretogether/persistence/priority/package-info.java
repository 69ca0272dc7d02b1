/**
 * The local priorities in PostgreSQL: the {@code local_priority} table, one row per priority with its rank in its
 * community, the triple-aim dimensions each serves ({@code local_priority_dimension}, a set), the dated steps of its
 * status ({@code local_priority_status_step}) and its history ({@code local_priority_event}), both in order and both
 * only ever growing.
 */
package org.bettercaretogether.persistence.priority;
