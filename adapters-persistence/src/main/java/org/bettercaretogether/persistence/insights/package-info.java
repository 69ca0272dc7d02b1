/**
 * The counts insights are read from: {@code insight_tally} and {@code insight_answer_time_tally}, kept by triggers as
 * views and their themes change (V16), read with one pass of grouping sets for the breakdowns, and the changes made
 * by month.
 */
package org.bettercaretogether.persistence.insights;
