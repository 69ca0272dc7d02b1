/**
 * Sample data: a coherent, realistic programme made up for trying the service out and for measuring it at any size —
 * staff of every role for several partners, each community's priorities and team, public meetings with their
 * registrations, changes made, and as many views as asked for, spread over the last three years in every state of
 * their life. What the sample is (who, what, when, in which proportions) is decided here, from a seed, so the same
 * seed gives the same programme; the views are handed in a stream to an outbound port that writes them in bulk.
 */
package org.bettercaretogether.application.sampledata;
