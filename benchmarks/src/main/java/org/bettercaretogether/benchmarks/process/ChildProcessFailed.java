package org.bettercaretogether.benchmarks.process;

import java.nio.file.Path;

/** A child process ended with a non-zero exit code; the message holds its last lines and where its log is. */
public final class ChildProcessFailed extends RuntimeException {

    private final int exitCode;
    private final String tail;

    public ChildProcessFailed(String name, int exitCode, String tail, Path log) {
        super(name + " failed with exit code " + exitCode + "; its last lines (the whole output is in " + log + "):"
                + System.lineSeparator() + tail);
        this.exitCode = exitCode;
        this.tail = tail;
    }

    public int exitCode() {
        return exitCode;
    }

    public String tail() {
        return tail;
    }
}
