package org.bettercaretogether.application.insights;

import org.bettercaretogether.application.shared.Outcome;

/**
 * Reading the insights, as anyone may. An unknown community, network, workstream or theme is not found; a first month
 * after the last, or a period longer than {@link #MOST_MONTHS} months, is invalid input.
 */
public interface ReadInsights {

    /** The longest period one answer covers: ten years of months, each a row of its charts. */
    int MOST_MONTHS = 120;

    Outcome<Insights> insights(InsightsRequest request);
}
