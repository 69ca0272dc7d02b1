package org.bettercaretogether.bootstrap;

import picocli.CommandLine.ParseResult;

/** How the command line words a failure for the person who ran it. */
final class Failures {

    private Failures() {
    }

    /**
     * The failure's own message, or the first message among its causes; a failure that says nothing at all is named by
     * its kind, so that the person is never told just "null".
     */
    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && !message.isBlank()) {
                return message.strip();
            }
        }
        return "an unexpected " + failure.getClass().getSimpleName() + ", with no message";
    }

    /** Whether {@code --verbose} was given, to the command or to any subcommand on the way to it. */
    static boolean verbose(ParseResult parsed) {
        for (ParseResult step = parsed; step != null; step = step.hasSubcommand() ? step.subcommand() : null) {
            if (step.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
