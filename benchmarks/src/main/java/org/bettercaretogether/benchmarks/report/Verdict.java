package org.bettercaretogether.benchmarks.report;

/**
 * Whether a figure meets its target of issue 11, and why not when it does not.
 *
 * @param outcome met, missed, or no target for this figure
 * @param reason  for a miss, which rule was broken (empty otherwise)
 */
public record Verdict(Outcome outcome, String reason) {

    /** The three answers a figure can get. */
    public enum Outcome { MET, MISSED, NO_TARGET }

    public static final Verdict MET = new Verdict(Outcome.MET, "");
    public static final Verdict NO_TARGET = new Verdict(Outcome.NO_TARGET, "");

    public static Verdict missed(String reason) {
        return new Verdict(Outcome.MISSED, reason);
    }

    public boolean met() {
        return outcome == Outcome.MET;
    }

    /** As a table cell: "met", "**missed**: why", or nothing. */
    public String cell() {
        return switch (outcome) {
            case MET -> "met";
            case MISSED -> "**missed**" + (reason.isEmpty() ? "" : ": " + reason);
            case NO_TARGET -> "";
        };
    }
}
