package org.bettercaretogether.bootstrap;

/**
 * Sets up the logging of the runnable service before anything logs, through the system properties its
 * {@code logback.xml} reads: the format ({@code BCT_LOG_FORMAT}), the access log ({@code BCT_ACCESS_LOG}), and for a
 * command other than {@code serve} only warnings, on standard error, so that what the command prints (a one-time
 * password, a report) is all a person or a script reads on standard output.
 *
 * <p>A property already set (with {@code -D}) is left as it is; a program embedding the service configures its own
 * logging, and these properties mean nothing to it.
 */
final class LogSetup {

    static final String FORMAT = "bct.log.format";
    static final String LEVEL = "bct.log.level";
    static final String TARGET = "bct.log.target";
    static final String ACCESS_LEVEL = "bct.access.level";

    private LogSetup() {
    }

    static void configure(OperationsSettings operations, boolean serving) {
        setUnlessGiven(FORMAT, operations.logFormat() == OperationsSettings.LogFormat.JSON ? "json" : "text");
        setUnlessGiven(ACCESS_LEVEL, operations.accessLog() ? "INFO" : "OFF");
        if (!serving) {
            setUnlessGiven(LEVEL, "WARN");
            setUnlessGiven(TARGET, "System.err");
        }
    }

    private static void setUnlessGiven(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
