package org.bettercaretogether.application.feedback;

import org.bettercaretogether.domain.feedback.ListeningScorecard;

import java.time.LocalDate;

/** A listening scorecard for a community or the whole programme, over the days {@code from} to {@code to} inclusive. */
public record ScorecardReport(String scope, LocalDate from, LocalDate to, ListeningScorecard scorecard) {
}
