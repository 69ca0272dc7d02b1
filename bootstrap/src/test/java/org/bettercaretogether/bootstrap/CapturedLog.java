package org.bettercaretogether.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Every line the log receives while it is open, from every logger at the levels the log configuration lets through:
 * what an operator reading the log would see.
 */
final class CapturedLog implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    CapturedLog() {
        appender.start();
        root.addAppender(appender);
    }

    /** The lines logged so far at {@code level} or above. */
    List<ILoggingEvent> atLeast(Level level) {
        synchronized (appender) {
            return appender.list.stream().filter(event -> event.getLevel().isGreaterOrEqual(level)).toList();
        }
    }

    /** The lines logged so far by the logger named {@code name} (a class's full name). */
    List<ILoggingEvent> from(String name) {
        synchronized (appender) {
            return appender.list.stream().filter(event -> event.getLoggerName().equals(name)).toList();
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
