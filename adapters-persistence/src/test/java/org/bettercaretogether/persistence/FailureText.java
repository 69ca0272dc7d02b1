package org.bettercaretogether.persistence;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Everything a log would show of a failure: its stack trace with every cause and suppressed exception. */
public final class FailureText {

    private FailureText() {
    }

    public static String of(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
